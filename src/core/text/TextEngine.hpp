#pragma once
// The text engine: every text on a Scene is measured, broken into lines and shaped here, once,
// headless, for any of the languages in Languages.hpp. Following UAX #9, a paragraph's bidi
// levels are resolved by ICU with the base direction of its language (never guessed); the text
// is split into runs by level, script and font; each run is shaped by HarfBuzz with its script,
// language and direction set; lines break at ICU's UAX #14 opportunities, measured by the shaped
// advances; each line is reordered for display. Fonts are chosen per language and script
// (Languages.hpp) through fontconfig by family name, the face of a collection included (the CJK
// faces of one .ttc draw the same code point differently). Metrics are unhinted, in the font's
// own units scaled to px, and the renderer rasterizes the same glyph ids at the same positions.
#include "core/model/Languages.hpp"
#include "core/text/FontFiles.hpp"
#include "core/text/TextMeasurer.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lantern {

class TextEngine final : public TextMeasurer {
public:
    // Finds the fonts of every language. A family that is missing is noted (note()) and its
    // text set in the Latin family, where it shows missing glyphs (rendersCleanly says so, and
    // layout then falls back to another language). nullptr only when the Latin family itself
    // cannot be found or opened. Never throws.
    [[nodiscard]] static std::unique_ptr<TextEngine> open();
    // The same with the Latin family's files given (a configured font, or tests).
    [[nodiscard]] static std::unique_ptr<TextEngine> open(const FontFiles& latin);
    ~TextEngine() override;
    TextEngine(const TextEngine&) = delete;
    TextEngine& operator=(const TextEngine&) = delete;

    [[nodiscard]] float width(std::string_view utf8, int px, Weight weight,
                              std::string_view lang = {}) const override;
    [[nodiscard]] float lineHeight(int px, std::string_view lang = {}) const override;
    [[nodiscard]] std::vector<std::size_t> lineBreaks(std::string_view utf8,
                                                      std::string_view lang = {}) const override;
    [[nodiscard]] std::vector<std::size_t> graphemes(std::string_view utf8) const override;
    [[nodiscard]] bool rightToLeft(std::string_view lang) const override;
    [[nodiscard]] std::vector<GlyphRun> shapeLine(std::string_view line, int px, Weight weight,
                                                  std::string_view lang, float x,
                                                  float baseline) const override;
    [[nodiscard]] float ascent(int px, std::string_view lang = {}) const override;

    // No .notdef (glyph 0) and no dotted circle that shaping puts under a mark with no letter
    // to sit on.
    [[nodiscard]] bool rendersCleanly(std::string_view text, std::string_view lang,
                                      Weight weight = Weight::Regular) const override;

    // The Latin family's files (the renderer's fallback for text with no runs).
    [[nodiscard]] const FontFiles& latinFiles() const;
    // What was missing when the fonts were found, for the log and the overlay; empty when
    // every language's family is there.
    [[nodiscard]] const std::string& note() const;

private:
    struct Impl;
    explicit TextEngine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace lantern
