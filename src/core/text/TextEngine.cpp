// The text engine (TextEngine.hpp states the contract).
//
// Index of this file:
// - [fonts]     faces opened with HarfBuzz from the files fontconfig names; which family sets a
//               script in a language
// - [itemize]   a paragraph into items: one bidi level, one script, one face each
// - [shape]     an item shaped by HarfBuzz; widths; a line's items in visual order, positioned
// - [breaks]    line and grapheme boundaries from ICU
// - [engine]    TextEngine: opening, caches, the TextMeasurer answers
//
// Call flow:
//   TextEngine::width ─ cached ─ itemize ─ scriptsOf, facesOf; shapeItem
//   TextEngine::shapeLine ─ itemize, visualOrder, shapeItem ─ positioned glyphs
//   TextEngine::lineBreaks / graphemes ─ boundaries (ICU break iterators over UTF-8)
#include "core/text/TextEngine.hpp"

#include "core/text/FontLocator.hpp"

#include <hb.h>
#include <unicode/ubidi.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <mutex>
#include <unordered_map>

namespace lantern {
namespace {

// ---- [fonts] ---------------------------------------------------------------------------------

// A face opened with HarfBuzz at its own units per em: positions come out in font units and are
// scaled to px, unhinted, the same at every size.
struct Face {
    std::string path;
    int index = 0;
    hb_face_t* face = nullptr;
    hb_font_t* font = nullptr;
    float upem = 1000;
    float ascender = 0, descender = 0, lineGap = 0; // font units; descender below 0
    hb_codepoint_t dottedCircle = 0;                // glyph of U+25CC, 0 when none
    Face() = default;
    Face(const Face&) = delete;
    Face& operator=(const Face&) = delete;
    ~Face() {
        hb_font_destroy(font);
        hb_face_destroy(face);
    }
    [[nodiscard]] bool has(char32_t c) const {
        hb_codepoint_t glyph = 0;
        return hb_font_get_nominal_glyph(font, c, &glyph) && glyph != 0;
    }
};

std::unique_ptr<Face> openFace(const std::string& path, int index) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob) return nullptr;
    hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(index));
    hb_blob_destroy(blob);
    if (hb_face_get_glyph_count(face) == 0) {
        hb_face_destroy(face);
        return nullptr;
    }
    auto f = std::make_unique<Face>();
    f->path = path;
    f->index = index;
    f->face = face;
    f->font = hb_font_create(face);
    const auto upem = static_cast<int>(hb_face_get_upem(face));
    f->upem = static_cast<float>(upem);
    hb_font_set_scale(f->font, upem, upem);
    hb_font_extents_t extents{};
    hb_font_get_h_extents(f->font, &extents);
    f->ascender = static_cast<float>(extents.ascender);
    f->descender = static_cast<float>(extents.descender);
    f->lineGap = static_cast<float>(extents.line_gap);
    hb_font_get_nominal_glyph(f->font, 0x25CC, &f->dottedCircle);
    hb_font_make_immutable(f->font);
    return f;
}

// The family that sets `script` in a text of `lang`: its own family for its own script, the
// Arabic and Bengali families for those scripts, the CJK face of the language for Han (Simplified
// Chinese unless the language says otherwise), Korean's for Hangul, else the Latin family.
std::string familyFor(UScriptCode script, const std::optional<Language>& lang) {
    const std::string own = lang ? lang->family : std::string(kLatinFamily);
    switch (script) {
    case USCRIPT_ARABIC:
        return own.find("Arabic") != std::string::npos || own.find("Urdu") != std::string::npos
                   ? own
                   : "Noto Naskh Arabic";
    case USCRIPT_BENGALI:
        return "Noto Sans Bengali";
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_BOPOMOFO:
        return own.starts_with("Noto Sans CJK") ? own : "Noto Sans CJK SC";
    case USCRIPT_HANGUL:
        return "Noto Sans CJK KR";
    default:
        return kLatinFamily;
    }
}

// ---- [itemize] -------------------------------------------------------------------------------

struct CodePoint {
    char32_t c = 0;
    std::size_t byte = 0; // offset in the UTF-8 text
    std::size_t length = 1;
};

std::vector<CodePoint> decode(std::string_view s) {
    std::vector<CodePoint> out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto lead = static_cast<unsigned char>(s[i]);
        std::size_t n = lead < 0x80    ? 1
                        : lead >= 0xF0 ? 4
                        : lead >= 0xE0 ? 3
                        : lead >= 0xC0 ? 2
                                       : 1;
        char32_t c = n == 1 ? lead : lead & (0x7F >> n);
        bool ok = lead < 0x80 || (lead >= 0xC2 && lead <= 0xF4);
        if (i + n > s.size()) ok = false, n = s.size() - i;
        for (std::size_t k = 1; ok && k < n; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80)
                ok = false, n = k;
            else
                c = (c << 6) | (b & 0x3F);
        }
        out.push_back({ok ? c : U'\uFFFD', i, std::max<std::size_t>(n, 1)});
        i += std::max<std::size_t>(n, 1);
    }
    return out;
}

// A stretch of the text with one bidi level, one script and one face, in logical order.
struct Item {
    std::size_t start = 0, end = 0; // bytes
    UBiDiLevel level = 0;
    const Face* face = nullptr;
    hb_script_t script = HB_SCRIPT_COMMON;
};

// Bidi levels per code point, the paragraph's base direction given by its language.
std::vector<UBiDiLevel> levelsOf(const std::vector<CodePoint>& cps, bool rtl) {
    std::u16string u16;
    std::vector<int32_t> first16;
    for (const auto& cp : cps) {
        first16.push_back(static_cast<int32_t>(u16.size()));
        if (cp.c >= 0x10000) {
            u16.push_back(static_cast<char16_t>(0xD800 + ((cp.c - 0x10000) >> 10)));
            u16.push_back(static_cast<char16_t>(0xDC00 + ((cp.c - 0x10000) & 0x3FF)));
        } else {
            u16.push_back(static_cast<char16_t>(cp.c));
        }
    }
    std::vector<UBiDiLevel> out(cps.size(), rtl ? 1 : 0);
    if (u16.empty()) return out;
    UErrorCode err = U_ZERO_ERROR;
    UBiDi* bidi = ubidi_openSized(static_cast<int32_t>(u16.size()), 0, &err);
    ubidi_setPara(bidi, reinterpret_cast<const UChar*>(u16.data()),
                  static_cast<int32_t>(u16.size()), rtl ? 1 : 0, nullptr, &err);
    if (U_SUCCESS(err))
        for (std::size_t i = 0; i < cps.size(); ++i)
            out[i] = ubidi_getLevelAt(bidi, first16[i]);
    ubidi_close(bidi);
    return out;
}

// The script of each code point, Common and Inherited ones (spaces, digits, punctuation, marks)
// taking their neighbour's: the one before, else the one after, else the language's.
std::vector<UScriptCode> scriptsOf(const std::vector<CodePoint>& cps, UScriptCode fallback) {
    std::vector<UScriptCode> out(cps.size(), USCRIPT_COMMON);
    for (std::size_t i = 0; i < cps.size(); ++i) {
        UErrorCode err = U_ZERO_ERROR;
        out[i] = uscript_getScript(static_cast<UChar32>(cps[i].c), &err);
    }
    auto weak = [](UScriptCode s) { return s == USCRIPT_COMMON || s == USCRIPT_INHERITED; };
    UScriptCode last = USCRIPT_INVALID_CODE;
    for (auto& s : out)
        if (weak(s) && last != USCRIPT_INVALID_CODE)
            s = last;
        else if (!weak(s))
            last = s;
    for (auto it = out.rbegin(); it != out.rend(); ++it)
        if (weak(*it) && last != USCRIPT_INVALID_CODE)
            *it = last;
        else if (!weak(*it))
            last = *it;
    for (auto& s : out)
        if (weak(s)) s = fallback;
    return out;
}

hb_script_t hbScript(UScriptCode s) {
    return hb_script_from_string(uscript_getShortName(s), -1);
}

// ---- [shape] ---------------------------------------------------------------------------------

struct Shaped {
    std::vector<hb_glyph_info_t> infos;
    std::vector<hb_glyph_position_t> positions;
};

Shaped shapeItem(const Item& item, std::string_view text, hb_language_t language) {
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()),
                       static_cast<unsigned>(item.start), static_cast<int>(item.end - item.start));
    hb_buffer_set_direction(buffer, item.level & 1 ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer, item.script);
    hb_buffer_set_language(buffer, language);
    unsigned flags = HB_BUFFER_FLAG_DEFAULT;
    if (item.start == 0) flags |= HB_BUFFER_FLAG_BOT;
    if (item.end == text.size()) flags |= HB_BUFFER_FLAG_EOT;
    hb_buffer_set_flags(buffer, static_cast<hb_buffer_flags_t>(flags));
    hb_shape(item.face->font, buffer, nullptr, 0);
    unsigned n = 0;
    const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &n);
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &n);
    Shaped out{{infos, infos + n}, {positions, positions + n}};
    hb_buffer_destroy(buffer);
    return out;
}

// Items of one line in the order they show, left to right (UAX #9, rule L2).
std::vector<std::size_t> visualOrder(const std::vector<Item>& items) {
    std::vector<UBiDiLevel> levels;
    for (const auto& it : items)
        levels.push_back(it.level);
    std::vector<int32_t> map(items.size());
    if (!items.empty())
        ubidi_reorderVisual(levels.data(), static_cast<int32_t>(levels.size()), map.data());
    return {map.begin(), map.end()};
}

// Positions are kept at 1/64 px, so Scenes print exactly and the same every time.
float snap(float v) {
    return std::round(v * 64.f) / 64.f;
}

// ---- [breaks] --------------------------------------------------------------------------------

// Boundaries of an ICU break iterator over UTF-8 (byte offsets), without 0.
std::vector<std::size_t> boundaries(UBreakIteratorType type, std::string_view text,
                                    const char* locale) {
    std::vector<std::size_t> out;
    UErrorCode err = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &err);
    UBreakIterator* it = ubrk_open(type, locale, nullptr, 0, &err);
    if (U_SUCCESS(err)) {
        ubrk_setUText(it, ut, &err);
        for (int32_t b = ubrk_next(it); b != UBRK_DONE; b = ubrk_next(it))
            out.push_back(static_cast<std::size_t>(b));
    }
    ubrk_close(it);
    utext_close(ut);
    if (out.empty() || out.back() != text.size()) out.push_back(text.size());
    return out;
}

std::string localeOf(std::string_view lang) {
    std::string out(lang);
    std::replace(out.begin(), out.end(), '-', '_');
    return out;
}

} // namespace

// ---- [engine] --------------------------------------------------------------------------------

struct TextEngine::Impl {
    FontFiles latinFiles;
    std::vector<std::unique_ptr<Face>> faces;
    // By family: the regular and the bold face (the regular one when there is no bold).
    std::map<std::string, std::array<const Face*, 2>> families;
    std::string note;
    mutable std::mutex mutex;
    mutable std::unordered_map<std::string, float> widths;

    const Face* family(const std::string& name, bool bold) const {
        if (const auto it = families.find(name); it != families.end()) return it->second[bold];
        return families.at(kLatinFamily)[bold];
    }

    // The faces of each code point: the one its script is set in when it has the glyph, else
    // the language's own, else the Latin one, else any face that has it. A combining mark stays
    // with the letter before it.
    std::vector<const Face*> facesOf(const std::vector<CodePoint>& cps,
                                     const std::vector<UScriptCode>& scripts,
                                     const std::optional<Language>& lang, bool bold) const {
        std::vector<const Face*> out(cps.size(), nullptr);
        const Face* own = family(lang ? lang->family : kLatinFamily, bold);
        const Face* latin = family(kLatinFamily, bold);
        for (std::size_t i = 0; i < cps.size(); ++i) {
            const char32_t c = cps[i].c;
            if (i > 0 && u_getCombiningClass(static_cast<UChar32>(c)) > 0) {
                out[i] = out[i - 1];
                continue;
            }
            const Face* preferred = family(familyFor(scripts[i], lang), bold);
            for (const Face* f : {preferred, own, latin})
                if (!out[i] && f->has(c)) out[i] = f;
            for (const auto& f : faces)
                if (!out[i] && f->has(c)) out[i] = f.get();
            if (!out[i]) out[i] = preferred;
        }
        return out;
    }

    std::vector<Item> itemize(std::string_view text, std::string_view langTag, bool bold) const {
        const auto cps = decode(text);
        const auto lang = findLanguage(langTag);
        const bool rtl = lang && lang->rightToLeft;
        const auto levels = levelsOf(cps, rtl);
        const UScriptCode fallback = rtl ? USCRIPT_ARABIC : USCRIPT_LATIN;
        const auto scripts = scriptsOf(cps, fallback);
        const auto chosen = facesOf(cps, scripts, lang, bold);
        std::vector<Item> items;
        for (std::size_t i = 0; i < cps.size(); ++i) {
            const hb_script_t script = hbScript(scripts[i]);
            if (!items.empty() && items.back().level == levels[i] &&
                items.back().face == chosen[i] && items.back().script == script) {
                items.back().end = cps[i].byte + cps[i].length;
                continue;
            }
            items.push_back(
                {cps[i].byte, cps[i].byte + cps[i].length, levels[i], chosen[i], script});
        }
        return items;
    }

    float measure(std::string_view text, int px, bool bold, std::string_view lang) const {
        const hb_language_t language =
            hb_language_from_string(lang.data(), static_cast<int>(lang.size()));
        float w = 0;
        for (const auto& item : itemize(text, lang, bold)) {
            const auto shaped = shapeItem(item, text, language);
            float units = 0;
            for (const auto& p : shaped.positions)
                units += static_cast<float>(p.x_advance);
            w += units * static_cast<float>(px) / item.face->upem;
        }
        return w;
    }

    const Face& primary(std::string_view lang) const {
        const auto l = findLanguage(lang);
        return *family(l ? l->family : kLatinFamily, false);
    }
};

TextEngine::TextEngine(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
TextEngine::~TextEngine() = default;

std::unique_ptr<TextEngine> TextEngine::open() {
    const auto located = locateFaces({{kLatinFamily, false}, {kLatinFamily, true}});
    if (!located[0]) {
        const auto fallback = locateFonts();
        if (!fallback) return nullptr;
        auto engine = open(fallback->files);
        if (engine)
            engine->m_impl->note =
                std::string(kLatinFamily) + " missing, using " + fallback->family;
        return engine;
    }
    return open(FontFiles{located[0]->file, located[1] ? located[1]->file : located[0]->file});
}

std::unique_ptr<TextEngine> TextEngine::open(const FontFiles& latin) {
    auto impl = std::make_unique<Impl>();
    impl->latinFiles = latin;
    auto regular = openFace(latin.regular, 0);
    auto bold = openFace(latin.bold.empty() ? latin.regular : latin.bold, 0);
    if (!regular) return nullptr;
    if (!bold) bold = openFace(latin.regular, 0);
    impl->families[kLatinFamily] = {regular.get(), bold.get()};
    impl->faces.push_back(std::move(regular));
    impl->faces.push_back(std::move(bold));

    std::vector<std::pair<std::string, bool>> wanted;
    for (const auto& l : languages())
        if (l.family != kLatinFamily && !impl->families.contains(l.family)) {
            wanted.emplace_back(l.family, false);
            if (l.hasBold) wanted.emplace_back(l.family, true);
            impl->families[l.family] = {nullptr, nullptr};
        }
    const auto found = locateFaces(wanted);
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const auto& [family, isBold] = wanted[i];
        std::unique_ptr<Face> face;
        if (found[i]) face = openFace(found[i]->file, found[i]->index);
        auto& slot = impl->families[family];
        if (!face) {
            if (!isBold) impl->note += (impl->note.empty() ? "" : "; ") + family + " missing";
            continue;
        }
        slot[isBold ? 1 : 0] = face.get();
        if (!isBold) slot[1] = slot[1] ? slot[1] : face.get();
        impl->faces.push_back(std::move(face));
    }
    for (auto it = impl->families.begin(); it != impl->families.end();)
        if (!it->second[0])
            it = impl->families.erase(it);
        else
            ++it;
    return std::unique_ptr<TextEngine>(new TextEngine(std::move(impl)));
}

float TextEngine::width(std::string_view utf8, int px, Weight weight, std::string_view lang) const {
    std::string key;
    key.reserve(utf8.size() + lang.size() + 8);
    key.append(lang).push_back('\x1f');
    key += std::to_string(px);
    key.push_back(weight == Weight::Bold ? 'b' : 'r');
    key.append(utf8);
    {
        std::lock_guard lock(m_impl->mutex);
        if (const auto it = m_impl->widths.find(key); it != m_impl->widths.end()) return it->second;
    }
    const float w = m_impl->measure(utf8, px, weight == Weight::Bold, lang);
    std::lock_guard lock(m_impl->mutex);
    if (m_impl->widths.size() > 200'000) m_impl->widths.clear(); // a bound, not a policy
    m_impl->widths.emplace(std::move(key), w);
    return w;
}

float TextEngine::lineHeight(int px, std::string_view lang) const {
    const Face& f = m_impl->primary(lang);
    return (f.ascender - f.descender + f.lineGap) * static_cast<float>(px) / f.upem;
}

float TextEngine::ascent(int px, std::string_view lang) const {
    const Face& f = m_impl->primary(lang);
    return f.ascender * static_cast<float>(px) / f.upem;
}

std::vector<std::size_t> TextEngine::lineBreaks(std::string_view utf8,
                                                std::string_view lang) const {
    return boundaries(UBRK_LINE, utf8, localeOf(lang).c_str());
}

std::vector<std::size_t> TextEngine::graphemes(std::string_view utf8) const {
    auto out = boundaries(UBRK_CHARACTER, utf8, "");
    out.insert(out.begin(), 0);
    return out;
}

bool TextEngine::rightToLeft(std::string_view lang) const {
    return isRightToLeft(lang);
}

std::vector<GlyphRun> TextEngine::shapeLine(std::string_view line, int px, Weight weight,
                                            std::string_view lang, float x, float baseline) const {
    const hb_language_t language =
        hb_language_from_string(lang.data(), static_cast<int>(lang.size()));
    const auto items = m_impl->itemize(line, lang, weight == Weight::Bold);
    std::vector<GlyphRun> runs;
    float pen = x;
    for (std::size_t i : visualOrder(items)) {
        const Item& item = items[i];
        const auto shaped = shapeItem(item, line, language);
        const float scale = static_cast<float>(px) / item.face->upem;
        GlyphRun run{item.face->path, item.face->index, px, (item.level & 1) != 0, {}};
        for (std::size_t g = 0; g < shaped.infos.size(); ++g) {
            const auto& p = shaped.positions[g];
            run.glyphs.push_back({shaped.infos[g].codepoint,
                                  snap(pen + static_cast<float>(p.x_offset) * scale),
                                  snap(baseline - static_cast<float>(p.y_offset) * scale)});
            pen += static_cast<float>(p.x_advance) * scale;
        }
        if (!run.glyphs.empty()) runs.push_back(std::move(run));
    }
    return runs;
}

bool TextEngine::rendersCleanly(std::string_view text, std::string_view lang, Weight weight) const {
    const hb_language_t language =
        hb_language_from_string(lang.data(), static_cast<int>(lang.size()));
    const bool hasCircle = text.find("\u25CC") != std::string_view::npos;
    for (const auto& item : m_impl->itemize(text, lang, weight == Weight::Bold))
        for (const auto& info : shapeItem(item, text, language).infos) {
            if (info.codepoint == 0) return false;
            if (!hasCircle && item.face->dottedCircle != 0 &&
                info.codepoint == item.face->dottedCircle)
                return false;
        }
    return true;
}

const FontFiles& TextEngine::latinFiles() const {
    return m_impl->latinFiles;
}

const std::string& TextEngine::note() const {
    return m_impl->note;
}

} // namespace lantern
