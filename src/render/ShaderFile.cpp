#include "render/ShaderFile.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>

namespace lantern::render {

std::unique_ptr<sf::Shader> loadFragmentShader(const std::string& shaderDir,
                                               const std::string& fileName) {
    if (!sf::Shader::isAvailable()) {
        spdlog::warn("render: GLSL shaders unavailable; using the plain fallback for {}", fileName);
        return nullptr;
    }
    const auto path = std::filesystem::path(shaderDir) / fileName;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        spdlog::warn("render: shader '{}' not found; using the plain fallback", path.string());
        return nullptr;
    }
    auto shader = std::make_unique<sf::Shader>();
    if (!shader->loadFromFile(path.string(), sf::Shader::Fragment)) {
        spdlog::error("render: shader '{}' failed to compile; using the plain fallback",
                      path.string());
        return nullptr;
    }
    return shader;
}

} // namespace lantern::render
