#pragma once
// One slide drawn once into an offscreen texture; a frame then only composites it.
//
// The canvas is transparent where the Scene draws nothing (the animated background shows
// through) and holds premultiplied alpha: composite it with kPremultipliedBlend.
//
// A Scene whose items enter (SceneEnter) rendered with `enter` starts with them at their
// entrance pose (ms 0); advanceEnter(ms) redraws the canvas as they stand ms after the slide
// appeared, each frame, until every item has entered; then the canvas holds the final picture
// and is never redrawn again.
#include "core/model/Scene.hpp"
#include "render/FontSet.hpp"

#include <SFML/Graphics/BlendMode.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <memory>
#include <string>

namespace lantern::render {

class SceneDrawer;

inline const sf::BlendMode kPremultipliedBlend{sf::BlendMode::One, sf::BlendMode::OneMinusSrcAlpha};

class SlideCanvas {
public:
    SlideCanvas();
    ~SlideCanvas();
    SlideCanvas(const SlideCanvas&) = delete;
    SlideCanvas& operator=(const SlideCanvas&) = delete;

    // Draws `scene` into the canvas, reusing its texture when the size is unchanged. False when
    // no texture could be created (no GL context); the canvas is then empty.
    bool render(const Scene& scene, const FontSet& fonts, const std::string& mediaDir,
                bool enter = false);
    // Redraws an entering canvas as it stands `ms` after the slide appeared.
    void advanceEnter(float ms);
    [[nodiscard]] bool entering() const { return m_entering != nullptr; }

    [[nodiscard]] bool empty() const { return !m_ready; }
    [[nodiscard]] const sf::Texture& texture() const { return m_texture.getTexture(); }
    [[nodiscard]] Color background() const { return m_background; }
    [[nodiscard]] sf::Vector2u size() const { return m_texture.getSize(); }
    // Filtering for the canvas texture: on when it is drawn scaled, off when it is read texel
    // for texel (the single-pass composite).
    void setSmooth(bool smooth) { m_texture.setSmooth(smooth); }

private:
    void redraw(const SceneDrawer& drawer);

    sf::RenderTexture m_texture;
    std::unique_ptr<SceneDrawer> m_entering; // kept while items are still entering
    Color m_background;
    bool m_ready = false;
};

} // namespace lantern::render
