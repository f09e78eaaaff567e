#include "render/Background.hpp"

#include "render/SceneDrawer.hpp"
#include "render/ShaderFile.hpp"

#include <SFML/Graphics/Sprite.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace lantern::render {

Background::Background(const std::string& shaderDir, float scale)
    : m_shader(loadFragmentShader(shaderDir, "background.frag")),
      m_scale(std::clamp(scale, 0.05f, 1.f)) {}

Background::~Background() = default;

bool Background::ensureTexture(sf::Vector2u targetSize) {
    const sf::Vector2u size(
        std::max(1u, static_cast<unsigned>(std::ceil(static_cast<float>(targetSize.x) * m_scale))),
        std::max(1u, static_cast<unsigned>(std::ceil(static_cast<float>(targetSize.y) * m_scale))));
    if (m_small.getSize() == size) return true;
    if (m_textureFailed) return false;
    if (!m_small.create(size.x, size.y)) {
        spdlog::error("render: cannot create the background texture; using a solid colour");
        m_shader.reset();
        m_textureFailed = true;
        return false;
    }
    m_small.setSmooth(true);
    return true;
}

void Background::shadeSmall(Color base, float seconds) {
    const auto smallSize = sf::Vector2f(m_small.getSize());
    if (m_shader) {
        m_shader->setUniform("base",
                             sf::Glsl::Vec3(base.r / 255.f, base.g / 255.f, base.b / 255.f));
        m_shader->setUniform("time", seconds);
        m_shader->setUniform("resolution", smallSize);
        m_quad.setSize(smallSize);
        m_quad.setFillColor(sf::Color::White);
        m_small.draw(m_quad, m_shader.get());
    } else {
        m_small.clear(toSfColor(Color{base.r, base.g, base.b, 255}));
    }
    m_small.display();
}

const sf::Texture* Background::shade(sf::Vector2u targetSize, Color base, float seconds) {
    if (!ensureTexture(targetSize)) return nullptr;
    shadeSmall(base, seconds);
    return &m_small.getTexture();
}

void Background::draw(sf::RenderTarget& target, Color base, float seconds) {
    const sf::View previous = target.getView();
    target.setView(target.getDefaultView());
    const auto targetSize = sf::Vector2f(target.getSize());
    if (m_shader && ensureTexture(target.getSize())) {
        shadeSmall(base, seconds);
        const auto smallSize = sf::Vector2f(m_small.getSize());
        sf::Sprite sprite(m_small.getTexture());
        sprite.setScale(targetSize.x / smallSize.x, targetSize.y / smallSize.y);
        target.draw(sprite, sf::BlendNone);
    } else {
        m_quad.setSize(targetSize);
        m_quad.setFillColor(toSfColor(Color{base.r, base.g, base.b, 255}));
        target.draw(m_quad, sf::BlendNone);
    }
    target.setView(previous);
}

} // namespace lantern::render
