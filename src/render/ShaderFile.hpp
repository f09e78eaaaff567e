#pragma once
// Loading the fragment shaders in shaders/. Any failure (no shader support, missing file,
// compile error) is logged once and returns null: callers then draw their plain fallback.
#include <SFML/Graphics/Shader.hpp>

#include <memory>
#include <string>

namespace lantern::render {

[[nodiscard]] std::unique_ptr<sf::Shader> loadFragmentShader(const std::string& shaderDir,
                                                             const std::string& fileName);

} // namespace lantern::render
