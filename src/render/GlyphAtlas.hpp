#pragma once
// GlyphAtlas rasterizes the glyphs of shaped runs (Scene GlyphRun: font file, face, px, glyph
// id) with FreeType into texture pages and remembers where each one is. Core shapes and places;
// the atlas only draws what it is told, with the same unhinted outlines core measured.
//
// Contract: a glyph's slot never moves and a page is never freed while the atlas lives, so
// vertex arrays built from slots stay valid. A font file that cannot be opened, or a glyph
// that cannot be rasterized, gets an empty slot (drawn as nothing) and one log line per file.
// Pages need a GL context, as every sf::Texture does.
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/Texture.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace lantern::render {

struct GlyphSlot {
    const sf::Texture* page = nullptr; // nullptr: nothing to draw (a space, or a failure)
    sf::IntRect rect;                  // in the page, in pixels
    int left = 0;                      // bitmap's left edge from the glyph origin, px
    int top = 0;                       // bitmap's top edge above the baseline, px
};

class GlyphAtlas {
public:
    // Square pages of `pageSize` px (clamped to the GPU's maximum texture size).
    explicit GlyphAtlas(unsigned pageSize = 1024);
    ~GlyphAtlas();
    GlyphAtlas(const GlyphAtlas&) = delete;
    GlyphAtlas& operator=(const GlyphAtlas&) = delete;

    [[nodiscard]] const GlyphSlot& glyph(const std::string& font, int face, int px,
                                         std::uint32_t id);

    [[nodiscard]] std::size_t pageCount() const { return m_pages.size(); }
    [[nodiscard]] std::size_t glyphCount() const { return m_slots.size(); }

private:
    struct Faces;
    using Key = std::tuple<std::string, int, int, std::uint32_t>;

    GlyphSlot place(const std::vector<std::uint8_t>& rgba, unsigned w, unsigned h);

    std::unique_ptr<Faces> m_faces;
    std::map<Key, GlyphSlot> m_slots;
    std::vector<std::unique_ptr<sf::Texture>> m_pages;
    unsigned m_pageSize;
    // Shelf packing on the newest page.
    unsigned m_shelfX = 0, m_shelfY = 0, m_shelfH = 0;
};

} // namespace lantern::render
