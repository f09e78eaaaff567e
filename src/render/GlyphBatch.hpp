#pragma once
// The shaped runs of one Scene text as textured quads, one vertex array per atlas page, so a
// line of any script draws in a few calls. Glyph origins are rounded to whole pixels, where
// core's positions (1/64 px) round to, so edges stay crisp.
#include "core/model/Scene.hpp"
#include "render/GlyphAtlas.hpp"

#include <SFML/Graphics/Drawable.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <utility>
#include <vector>

namespace lantern::render {

class GlyphBatch : public sf::Drawable {
public:
    GlyphBatch(const std::vector<GlyphRun>& runs, GlyphAtlas& atlas, sf::Color color);

    [[nodiscard]] sf::Color getFillColor() const { return m_color; }
    void setFillColor(sf::Color color);
    // The ink's bounds in Scene px (empty when nothing is drawn).
    [[nodiscard]] sf::FloatRect bounds() const;

private:
    void draw(sf::RenderTarget& target, sf::RenderStates states) const override;

    std::vector<std::pair<const sf::Texture*, sf::VertexArray>> m_pages;
    sf::Color m_color;
};

} // namespace lantern::render
