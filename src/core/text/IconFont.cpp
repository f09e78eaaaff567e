// Sections: [gsub] reading ligatures from the raw GSUB table; [charmap] glyph -> character;
// [IconFont].
#include "core/text/IconFont.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H

#include <cstdint>
#include <vector>

namespace lantern {
namespace {

// ---- [gsub] ----------------------------------------------------------------------------------

// Big-endian reads that return 0 past the end, so a malformed table yields no names, not a crash.
struct Bytes {
    const std::vector<unsigned char>& data;
    [[nodiscard]] std::uint32_t u16(std::size_t at) const {
        if (at + 2 > data.size()) return 0;
        return static_cast<std::uint32_t>(data[at] << 8 | data[at + 1]);
    }
    [[nodiscard]] std::uint32_t u32(std::size_t at) const { return u16(at) << 16 | u16(at + 2); }
};

// A ligature: the glyphs it replaces, in order, and the glyph it forms.
struct Ligature {
    std::vector<std::uint32_t> components;
    std::uint32_t glyph = 0;
};

constexpr std::uint32_t kLigatureSubst = 4;
constexpr std::uint32_t kExtensionSubst = 7;
constexpr std::size_t kMaxComponents = 64;

// Covered glyphs in coverage-index order (OpenType Coverage formats 1 and 2).
std::vector<std::uint32_t> coverage(const Bytes& b, std::size_t at) {
    std::vector<std::uint32_t> glyphs;
    std::uint32_t format = b.u16(at), count = b.u16(at + 2);
    for (std::uint32_t i = 0; i < count; ++i) {
        if (format == 1) glyphs.push_back(b.u16(at + 4 + 2 * i));
        if (format != 2) continue;
        std::size_t rec = at + 4 + 6 * i;
        for (std::uint32_t g = b.u16(rec); g <= b.u16(rec + 2) && g != 0xFFFF; ++g)
            glyphs.push_back(g);
    }
    return glyphs;
}

void ligatureSet(const Bytes& b, std::size_t at, std::uint32_t first, std::vector<Ligature>& out) {
    std::uint32_t count = b.u16(at);
    for (std::uint32_t i = 0; i < count; ++i) {
        std::size_t lig = at + b.u16(at + 2 + 2 * i);
        std::uint32_t n = b.u16(lig + 2);
        if (n == 0 || n > kMaxComponents) continue;
        Ligature l{{first}, b.u16(lig)};
        for (std::uint32_t k = 1; k < n; ++k)
            l.components.push_back(b.u16(lig + 4 + 2 * (k - 1)));
        out.push_back(std::move(l));
    }
}

void ligatureSubst(const Bytes& b, std::size_t at, std::vector<Ligature>& out) {
    if (b.u16(at) != 1) return;
    auto firsts = coverage(b, at + b.u16(at + 2));
    std::uint32_t sets = b.u16(at + 4);
    for (std::uint32_t i = 0; i < sets && i < firsts.size(); ++i)
        ligatureSet(b, at + b.u16(at + 6 + 2 * i), firsts[i], out);
}

void lookup(const Bytes& b, std::size_t at, std::vector<Ligature>& out) {
    std::uint32_t type = b.u16(at), count = b.u16(at + 4);
    for (std::uint32_t i = 0; i < count; ++i) {
        std::size_t sub = at + b.u16(at + 6 + 2 * i);
        if (type == kLigatureSubst) ligatureSubst(b, sub, out);
        if (type == kExtensionSubst && b.u16(sub + 2) == kLigatureSubst)
            ligatureSubst(b, sub + b.u32(sub + 4), out);
    }
}

std::vector<Ligature> ligatures(FT_Face face) {
    FT_ULong length = 0;
    if (FT_Load_Sfnt_Table(face, TTAG_GSUB, 0, nullptr, &length) != 0 || length == 0) return {};
    std::vector<unsigned char> data(length);
    if (FT_Load_Sfnt_Table(face, TTAG_GSUB, 0, data.data(), &length) != 0) return {};
    Bytes b{data};
    std::size_t list = b.u16(8);
    std::vector<Ligature> out;
    std::uint32_t count = b.u16(list);
    for (std::uint32_t i = 0; i < count; ++i)
        lookup(b, list + b.u16(list + 2 + 2 * i), out);
    return out;
}

// ---- [charmap] -------------------------------------------------------------------------------

constexpr char32_t kPrivateUseFirst = 0xE000;

struct Charmap {
    std::unordered_map<std::uint32_t, char> letter;   // glyph of a name character
    std::unordered_map<std::uint32_t, char32_t> icon; // glyph -> code point, private use first
};

// Icons live in the Private Use Areas; a text font's ligatures ("fi" -> U+FB01) do not count.
bool privateUse(char32_t c) {
    return (c >= kPrivateUseFirst && c <= 0xF8FF) || c >= 0xF0000;
}

bool nameCharacter(FT_ULong c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

Charmap charmap(FT_Face face) {
    Charmap m;
    FT_UInt glyph = 0;
    for (FT_ULong c = FT_Get_First_Char(face, &glyph); glyph != 0;
         c = FT_Get_Next_Char(face, c, &glyph)) {
        if (nameCharacter(c)) m.letter.emplace(glyph, static_cast<char>(c));
        auto [it, added] = m.icon.emplace(glyph, static_cast<char32_t>(c));
        if (!added && it->second < kPrivateUseFirst) it->second = static_cast<char32_t>(c);
    }
    return m;
}

std::optional<std::string> spell(const Ligature& l, const Charmap& m) {
    std::string name;
    for (auto g : l.components) {
        auto it = m.letter.find(g);
        if (it == m.letter.end()) return std::nullopt;
        name += it->second;
    }
    return name;
}

std::unordered_map<std::string, char32_t> iconNames(FT_Face face) {
    Charmap m = charmap(face);
    std::unordered_map<std::string, char32_t> names;
    for (const auto& l : ligatures(face)) {
        auto name = spell(l, m);
        auto icon = m.icon.find(l.glyph);
        if (name && icon != m.icon.end() && privateUse(icon->second))
            names.emplace(*name, icon->second);
    }
    return names;
}

} // namespace

// ---- [IconFont] ------------------------------------------------------------------------------

IconFont::IconFont(std::string path, std::unordered_map<std::string, char32_t> codepoints)
    : m_path(std::move(path)), m_codepoints(std::move(codepoints)) {}

std::unique_ptr<IconFont> IconFont::open(const std::string& path) {
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0) return nullptr;
    std::unordered_map<std::string, char32_t> names;
    FT_Face face = nullptr;
    if (!path.empty() && FT_New_Face(library, path.c_str(), 0, &face) == 0) {
        names = iconNames(face);
        FT_Done_Face(face);
    }
    FT_Done_FreeType(library);
    if (names.empty()) return nullptr;
    return std::unique_ptr<IconFont>(new IconFont(path, std::move(names)));
}

std::optional<char32_t> IconFont::codepoint(std::string_view name) const {
    auto it = m_codepoints.find(std::string(name));
    if (it == m_codepoints.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> IconFont::utf8(std::string_view name) const {
    auto c = codepoint(name);
    if (!c) return std::nullopt;
    return encodeUtf8(*c);
}

std::string encodeUtf8(char32_t c) {
    if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = 0xFFFD;
    std::string out;
    auto byte = [&out](char32_t v) { out += static_cast<char>(static_cast<unsigned char>(v)); };
    if (c < 0x80) {
        byte(c);
    } else if (c < 0x800) {
        byte(0xC0 | c >> 6);
        byte(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        byte(0xE0 | c >> 12);
        byte(0x80 | (c >> 6 & 0x3F));
        byte(0x80 | (c & 0x3F));
    } else {
        byte(0xF0 | c >> 18);
        byte(0x80 | (c >> 12 & 0x3F));
        byte(0x80 | (c >> 6 & 0x3F));
        byte(0x80 | (c & 0x3F));
    }
    return out;
}

} // namespace lantern
