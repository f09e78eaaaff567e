#pragma once
// What layout needs from text: how wide a line is, how far apart lines go, where a line may
// break, where a cut keeps every character whole, and the shaped glyphs of a fitted line. Core's
// TextEngine (HarfBuzz, ICU, the fonts of each language) answers all of it without a window or a
// GPU, so a Scene is laid out and shaped headless; tests may stand in simpler measurers.
// `lang` is a BCP 47 tag ("en", "ar", "zh-Hans"); "" means the school's Latin text font.
#include "core/model/Scene.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace lantern {

class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    // Advance width in px of one line of UTF-8 text at `px` pixels, as shaped in `lang`.
    [[nodiscard]] virtual float width(std::string_view utf8, int px, Weight weight,
                                      std::string_view lang = {}) const = 0;
    // Distance between baselines at `px` pixels for text in `lang` (its font's own pitch).
    [[nodiscard]] virtual float lineHeight(int px, std::string_view lang = {}) const = 0;

    // Byte offsets where a line may end, ascending, ending with utf8.size(); a line that ends at
    // one starts the next after it. The default breaks after spaces and at "\n".
    [[nodiscard]] virtual std::vector<std::size_t> lineBreaks(std::string_view utf8,
                                                              std::string_view lang = {}) const;
    // Byte offsets between user-perceived characters (grapheme clusters), ascending, from 0 to
    // utf8.size(): a text cut anywhere else would split a character. The default: code points.
    [[nodiscard]] virtual std::vector<std::size_t> graphemes(std::string_view utf8) const;
    // Whether `line` in `lang` starts from the right (its base direction is right-to-left).
    [[nodiscard]] virtual bool rightToLeft(std::string_view lang) const;

    // One fitted line shaped into glyph runs, placed with its left edge at `x` and its baseline
    // at `baseline` (Scene px), in visual order. The default shapes nothing (a measurer for tests
    // that never draw).
    [[nodiscard]] virtual std::vector<GlyphRun> shapeLine(std::string_view line, int px,
                                                          Weight weight, std::string_view lang,
                                                          float x, float baseline) const;
    // The distance from a line's top to its baseline at `px` in `lang`.
    [[nodiscard]] virtual float ascent(int px, std::string_view lang = {}) const;
    // Whether `text` in `lang` shapes with every glyph present (no .notdef, no dotted circle
    // under an orphaned mark). Layout shows another language instead of one that does not. The
    // default: every text does.
    [[nodiscard]] virtual bool rendersCleanly(std::string_view text, std::string_view lang,
                                              Weight weight = Weight::Regular) const;
};

} // namespace lantern
