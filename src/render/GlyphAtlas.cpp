#include "render/GlyphAtlas.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <spdlog/spdlog.h>

#include <algorithm>
#include <set>

namespace lantern::render {

namespace {
constexpr unsigned kPadding = 1; // keeps linear filtering from bleeding between glyphs
} // namespace

// FreeType faces by (file, face index); a file that failed once is not tried again.
struct GlyphAtlas::Faces {
    FT_Library library = nullptr;
    std::map<std::pair<std::string, int>, FT_Face> open;
    std::set<std::pair<std::string, int>> failed;

    Faces() {
        if (FT_Init_FreeType(&library) != 0) {
            library = nullptr;
            spdlog::error("render: FreeType could not start; shaped text is not drawn");
        }
    }
    ~Faces() {
        for (auto& [key, face] : open)
            FT_Done_Face(face);
        if (library) FT_Done_FreeType(library);
    }
    Faces(const Faces&) = delete;
    Faces& operator=(const Faces&) = delete;

    FT_Face get(const std::string& file, int index) {
        const auto key = std::make_pair(file, index);
        if (auto it = open.find(key); it != open.end()) return it->second;
        if (!library || failed.contains(key)) return nullptr;
        FT_Face face = nullptr;
        if (FT_New_Face(library, file.c_str(), index, &face) != 0) {
            spdlog::warn("render: font '{}' face {} cannot be opened; its text is not drawn", file,
                         index);
            failed.insert(key);
            return nullptr;
        }
        open.emplace(key, face);
        return face;
    }
};

GlyphAtlas::GlyphAtlas(unsigned pageSize)
    : m_faces(std::make_unique<Faces>()),
      m_pageSize(std::clamp(pageSize, 64u, sf::Texture::getMaximumSize())) {}

GlyphAtlas::~GlyphAtlas() = default;

const GlyphSlot& GlyphAtlas::glyph(const std::string& font, int face, int px, std::uint32_t id) {
    Key key{font, face, px, id};
    if (auto it = m_slots.find(key); it != m_slots.end()) return it->second;
    GlyphSlot slot;
    FT_Face ft = m_faces->get(font, face);
    // Unhinted, as core measured: the outline lands where the shaped advances put it.
    if (ft && FT_Set_Pixel_Sizes(ft, 0, static_cast<FT_UInt>(std::max(px, 1))) == 0 &&
        FT_Load_Glyph(ft, id, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) == 0 &&
        FT_Render_Glyph(ft->glyph, FT_RENDER_MODE_NORMAL) == 0) {
        const FT_Bitmap& bm = ft->glyph->bitmap;
        if (bm.width > 0 && bm.rows > 0 && bm.pixel_mode == FT_PIXEL_MODE_GRAY) {
            std::vector<std::uint8_t> rgba(static_cast<std::size_t>(bm.width) * bm.rows * 4, 255);
            for (unsigned y = 0; y < bm.rows; ++y)
                for (unsigned x = 0; x < bm.width; ++x)
                    rgba[(static_cast<std::size_t>(y) * bm.width + x) * 4 + 3] =
                        bm.buffer[static_cast<std::ptrdiff_t>(y) * bm.pitch + x];
            slot = place(rgba, bm.width, bm.rows);
            slot.left = ft->glyph->bitmap_left;
            slot.top = ft->glyph->bitmap_top;
        }
    }
    return m_slots.emplace(std::move(key), slot).first->second;
}

GlyphSlot GlyphAtlas::place(const std::vector<std::uint8_t>& rgba, unsigned w, unsigned h) {
    const unsigned need = std::max(w, h) + 2 * kPadding;
    if (need > m_pageSize) return {};               // larger than a page: never at Scene sizes
    if (m_shelfX + w + 2 * kPadding > m_pageSize) { // next shelf
        m_shelfY += m_shelfH;
        m_shelfX = 0;
        m_shelfH = 0;
    }
    if (m_pages.empty() || m_shelfY + h + 2 * kPadding > m_pageSize) {
        auto page = std::make_unique<sf::Texture>();
        if (!page->create(m_pageSize, m_pageSize)) {
            spdlog::error("render: a {} px glyph page cannot be created", m_pageSize);
            return {};
        }
        const std::vector<std::uint8_t> clear(static_cast<std::size_t>(m_pageSize) * m_pageSize * 4,
                                              0);
        page->update(clear.data());
        page->setSmooth(true);
        m_pages.push_back(std::move(page));
        m_shelfX = m_shelfY = m_shelfH = 0;
    }
    sf::Texture& page = *m_pages.back();
    const unsigned x = m_shelfX + kPadding, y = m_shelfY + kPadding;
    page.update(rgba.data(), w, h, x, y);
    m_shelfX += w + 2 * kPadding;
    m_shelfH = std::max(m_shelfH, h + 2 * kPadding);
    return {&page,
            sf::IntRect(static_cast<int>(x), static_cast<int>(y), static_cast<int>(w),
                        static_cast<int>(h)),
            0, 0};
}

} // namespace lantern::render
