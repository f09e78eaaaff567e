#include "core/layout/FontMetrics.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

namespace lantern {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

int sequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 0;
}

// Decodes one code point at `i`, advancing `i`; returns U+FFFD for a malformed sequence.
char32_t decodeOne(std::string_view s, std::size_t& i) {
    auto lead = static_cast<unsigned char>(s[i]);
    int len = sequenceLength(lead);
    if (len == 0 || i + len > s.size()) {
        ++i;
        return kReplacement;
    }
    char32_t cp = len == 1 ? lead : (lead & (0x7F >> len));
    for (int k = 1; k < len; ++k) {
        auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) {
            ++i;
            return kReplacement;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    i += len;
    return cp > 0x10FFFF ? kReplacement : cp;
}

std::uint64_t glyphKey(char32_t cp, int px, int weight) {
    return (std::uint64_t{cp} << 24) | (std::uint64_t(px & 0xFFFF) << 8) | std::uint64_t(weight);
}

std::uint64_t pairKey(char32_t a, char32_t b, int px, int weight) {
    return (std::uint64_t{a} << 42) ^ (std::uint64_t{b} << 20) ^ (std::uint64_t(px) << 4) ^
           std::uint64_t(weight);
}

} // namespace

std::u32string decodeUtf8(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();)
        out.push_back(decodeOne(utf8, i));
    return out;
}

struct FontMetrics::Impl {
    FT_Library library = nullptr;
    FT_Face faces[2] = {nullptr, nullptr}; // Regular, Bold
    int currentPx[2] = {0, 0};
    mutable std::mutex mutex;
    std::unordered_map<std::uint64_t, float> advances;
    std::unordered_map<std::uint64_t, float> kernings;
    std::unordered_map<int, float> lineHeights;

    ~Impl() {
        for (FT_Face f : faces)
            if (f) FT_Done_Face(f);
        if (library) FT_Done_FreeType(library);
    }

    void openFace(int index, const std::string& path) {
        if (FT_New_Face(library, path.c_str(), 0, &faces[index]) != 0) {
            faces[index] = nullptr;
            throw std::runtime_error("cannot open font file '" + path + "'");
        }
        FT_Select_Charmap(faces[index], FT_ENCODING_UNICODE);
    }

    FT_Face faceAt(int w, int px) {
        FT_Face face = faces[w];
        if (currentPx[w] != px) {
            FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(px));
            currentPx[w] = px;
        }
        return face;
    }

    float advance(char32_t cp, int px, int w) {
        auto [it, inserted] = advances.try_emplace(glyphKey(cp, px, w), 0.f);
        if (!inserted) return it->second;
        FT_Face face = faceAt(w, px);
        if (FT_Load_Char(face, cp, FT_LOAD_TARGET_NORMAL | FT_LOAD_FORCE_AUTOHINT) == 0)
            it->second = static_cast<float>(face->glyph->metrics.horiAdvance) / 64.f;
        return it->second;
    }

    float kerning(char32_t a, char32_t b, int px, int w) {
        FT_Face face = faces[w];
        if (a == 0 || !FT_HAS_KERNING(face)) return 0.f;
        auto [it, inserted] = kernings.try_emplace(pairKey(a, b, px, w), 0.f);
        if (!inserted) return it->second;
        faceAt(w, px);
        FT_Vector k{};
        FT_Get_Kerning(face, FT_Get_Char_Index(face, a), FT_Get_Char_Index(face, b),
                       FT_KERNING_DEFAULT, &k);
        it->second = static_cast<float>(k.x) / 64.f;
        return it->second;
    }
};

FontMetrics::FontMetrics(FontFiles files, std::unique_ptr<Impl> impl)
    : m_files(std::move(files)), m_impl(std::move(impl)) {}

FontMetrics::~FontMetrics() = default;

std::unique_ptr<FontMetrics> FontMetrics::open(const FontFiles& files) {
    auto impl = std::make_unique<Impl>();
    if (FT_Init_FreeType(&impl->library) != 0)
        throw std::runtime_error("cannot initialise FreeType");
    impl->openFace(0, files.regular);
    impl->openFace(1, files.bold.empty() ? files.regular : files.bold);
    return std::unique_ptr<FontMetrics>(new FontMetrics(files, std::move(impl)));
}

float FontMetrics::width(std::string_view utf8, int px, Weight weight) const {
    if (px <= 0) return 0.f;
    int w = weight == Weight::Bold ? 1 : 0;
    std::lock_guard lock(m_impl->mutex);
    float x = 0.f, lineMax = 0.f;
    char32_t prev = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t cp = decodeOne(utf8, i);
        if (cp == U'\r') continue;
        x += m_impl->kerning(prev, cp, px, w);
        prev = cp;
        if (cp == U'\n') {
            lineMax = std::max(lineMax, x);
            x = 0.f;
        } else if (cp == U'\t') {
            x += 4.f * m_impl->advance(U' ', px, w);
        } else {
            x += m_impl->advance(cp, px, w);
        }
    }
    return std::max(lineMax, x);
}

float FontMetrics::lineHeight(int px) const {
    if (px <= 0) return 0.f;
    std::lock_guard lock(m_impl->mutex);
    auto [it, inserted] = m_impl->lineHeights.try_emplace(px, 0.f);
    if (inserted) {
        FT_Face face = m_impl->faceAt(0, px);
        it->second = static_cast<float>(face->size->metrics.height) / 64.f;
    }
    return it->second;
}

} // namespace lantern
