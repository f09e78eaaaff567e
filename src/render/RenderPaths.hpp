#pragma once
// Where the renderer finds its shaders and the media folder. The defaults are the source-tree
// folders the build was configured with (LANTERN_SHADER_DIR / LANTERN_MEDIA_DIR in CMake), so the
// player runs from the build tree; the app overrides them for an installed layout.
#include <string>

namespace lantern::render {

[[nodiscard]] std::string defaultShaderDir();
[[nodiscard]] std::string defaultMediaDir();

struct RenderPaths {
    std::string shaderDir = defaultShaderDir(); // holds background.frag and crossfade.frag
    std::string mediaDir = defaultMediaDir();   // SceneImage::source is relative to this
};

} // namespace lantern::render
