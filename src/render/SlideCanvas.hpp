#pragma once
// One slide drawn once into an offscreen texture; a frame then only composites it.
//
// The canvas is transparent where the Scene draws nothing (the animated background shows
// through) and holds premultiplied alpha: composite it with kPremultipliedBlend.
#include "core/Scene.hpp"
#include "render/FontSet.hpp"

#include <SFML/Graphics/BlendMode.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include <string>

namespace lantern::render {

inline const sf::BlendMode kPremultipliedBlend{sf::BlendMode::One, sf::BlendMode::OneMinusSrcAlpha};

class SlideCanvas {
public:
    // Draws `scene` into the canvas, reusing its texture when the size is unchanged. False when
    // no texture could be created (no GL context); the canvas is then empty.
    bool render(const Scene& scene, const FontSet& fonts, const std::string& mediaDir);

    [[nodiscard]] bool empty() const { return !m_ready; }
    [[nodiscard]] const sf::Texture& texture() const { return m_texture.getTexture(); }
    [[nodiscard]] Color background() const { return m_background; }
    [[nodiscard]] sf::Vector2u size() const { return m_texture.getSize(); }
    // Filtering for the canvas texture: on when it is drawn scaled, off when it is read texel
    // for texel (the single-pass composite).
    void setSmooth(bool smooth) { m_texture.setSmooth(smooth); }

private:
    sf::RenderTexture m_texture;
    Color m_background;
    bool m_ready = false;
};

} // namespace lantern::render
