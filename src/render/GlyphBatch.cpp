#include "render/GlyphBatch.hpp"

#include <SFML/Graphics/RenderTarget.hpp>

#include <algorithm>
#include <cmath>

namespace lantern::render {

GlyphBatch::GlyphBatch(const std::vector<GlyphRun>& runs, GlyphAtlas& atlas, sf::Color color)
    : m_color(color) {
    for (const auto& run : runs) {
        for (const auto& g : run.glyphs) {
            const GlyphSlot& slot = atlas.glyph(run.font, run.face, run.px, g.id);
            if (!slot.page) continue;
            auto part = std::find_if(m_pages.begin(), m_pages.end(),
                                     [&](const auto& p) { return p.first == slot.page; });
            if (part == m_pages.end()) {
                m_pages.emplace_back(slot.page, sf::VertexArray(sf::Triangles));
                part = std::prev(m_pages.end());
            }
            const float x0 = std::round(g.x) + static_cast<float>(slot.left);
            const float y0 = std::round(g.y) - static_cast<float>(slot.top);
            const auto w = static_cast<float>(slot.rect.width);
            const auto h = static_cast<float>(slot.rect.height);
            const auto u = static_cast<float>(slot.rect.left);
            const auto v = static_cast<float>(slot.rect.top);
            const sf::Vertex tl({x0, y0}, color, {u, v});
            const sf::Vertex tr({x0 + w, y0}, color, {u + w, v});
            const sf::Vertex bl({x0, y0 + h}, color, {u, v + h});
            const sf::Vertex br({x0 + w, y0 + h}, color, {u + w, v + h});
            for (const auto& vertex : {tl, tr, bl, tr, br, bl})
                part->second.append(vertex);
        }
    }
}

void GlyphBatch::setFillColor(sf::Color color) {
    m_color = color;
    for (auto& [page, vertices] : m_pages)
        for (std::size_t i = 0; i < vertices.getVertexCount(); ++i)
            vertices[i].color = color;
}

sf::FloatRect GlyphBatch::bounds() const {
    sf::FloatRect all;
    bool any = false;
    for (const auto& [page, vertices] : m_pages) {
        const sf::FloatRect b = vertices.getBounds();
        if (!any) {
            all = b;
            any = true;
            continue;
        }
        const float left = std::min(all.left, b.left), top = std::min(all.top, b.top);
        const float right = std::max(all.left + all.width, b.left + b.width);
        const float bottom = std::max(all.top + all.height, b.top + b.height);
        all = {left, top, right - left, bottom - top};
    }
    return all;
}

void GlyphBatch::draw(sf::RenderTarget& target, sf::RenderStates states) const {
    for (const auto& [page, vertices] : m_pages) {
        states.texture = page;
        target.draw(vertices, states);
    }
}

} // namespace lantern::render
