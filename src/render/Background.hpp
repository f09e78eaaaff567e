#pragma once
// The calm animated backdrop behind every slide: shaders/background.frag rendered into a small
// texture (a fraction of the target's size) and scaled up smoothly, because a full-resolution
// fragment shader is too costly on a software renderer. Motion is slow enough to look right at
// 5-10 frames per second. Without the shader it is the solid base colour.
#include "core/model/Color.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Shader.hpp>

#include <memory>
#include <string>

namespace lantern::render {

class Background {
public:
    // `scale` is the size of the shaded texture relative to the target (0.05..1).
    explicit Background(const std::string& shaderDir, float scale = 0.25f);
    ~Background();
    Background(const Background&) = delete;
    Background& operator=(const Background&) = delete;

    // Fills the whole target (in its default view) around `base` at time `seconds`.
    void draw(sf::RenderTarget& target, Color base, float seconds);
    // Renders the small texture for a target of `targetSize` (plain `base` without the shader)
    // for a caller that scales it up itself; null when no texture can be created. The texture
    // is smooth and stays valid until the next call.
    [[nodiscard]] const sf::Texture* shade(sf::Vector2u targetSize, Color base, float seconds);
    [[nodiscard]] bool animated() const { return m_shader != nullptr; }

private:
    bool ensureTexture(sf::Vector2u targetSize);
    void shadeSmall(Color base, float seconds);

    std::unique_ptr<sf::Shader> m_shader;
    sf::RenderTexture m_small;
    sf::RectangleShape m_quad; // kept so a frame allocates nothing
    float m_scale;
    bool m_textureFailed = false;
};

} // namespace lantern::render
