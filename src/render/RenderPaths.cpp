#include "render/RenderPaths.hpp"

#ifndef LANTERN_DEFAULT_SHADER_DIR
#define LANTERN_DEFAULT_SHADER_DIR "shaders"
#endif
#ifndef LANTERN_DEFAULT_MEDIA_DIR
#define LANTERN_DEFAULT_MEDIA_DIR "media"
#endif

namespace lantern::render {

std::string defaultShaderDir() {
    return LANTERN_DEFAULT_SHADER_DIR;
}
std::string defaultMediaDir() {
    return LANTERN_DEFAULT_MEDIA_DIR;
}

} // namespace lantern::render
