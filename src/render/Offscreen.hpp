#pragma once
// Offscreen rendering of one Scene to pixels, for `lantern render --out` and contact sheets.
// The background is drawn at the fixed time t = 0, so the same Scene always gives the same
// pixels. Without a display these return an empty image / false and log why (never abort).
#include "core/model/Scene.hpp"
#include "render/FontSet.hpp"
#include "render/RenderPaths.hpp"

#include <SFML/Graphics/Image.hpp>

#include <string>

namespace lantern::render {

// The Scene at its own size (Scene::width x height); an empty (0x0) image on failure.
[[nodiscard]] sf::Image renderSceneToImage(const Scene& scene, const FontSet& fonts,
                                           const RenderPaths& paths = {});

// renderSceneToImage, written as PNG to `path`. False (and a log line) on any failure.
[[nodiscard]] bool saveScenePng(const Scene& scene, const FontSet& fonts, const std::string& path,
                                const RenderPaths& paths = {});

} // namespace lantern::render
