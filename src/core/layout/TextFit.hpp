#pragma once
// Fitting text into a box: wrap where the language allows a line to break, shrink in steps, and
// as a last resort cut the last line with "…", so that fitted text never overflows its box.
// Widths, break opportunities and characters come from a TextMeasurer, for the text's language
// (`lang`, BCP 47; "" is the Latin default).
#include "core/text/TextMeasurer.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lantern {

struct FitOptions {
    int maxPx = 48;
    int minPx = 28; // never smaller; see minTextPx() for the screen-scaled floor
    Weight weight = Weight::Regular;
    // Share of the box width kept free: the renderer's rasterisation may differ by a pixel.
    float widthMargin = 0.02f;
};

struct FittedText {
    std::vector<std::string> lines;
    int px = 0;
    float lineHeight = 0; // whole px: ceil of the measurer's line height
    bool truncated = false;
    [[nodiscard]] float height() const { return lineHeight * static_cast<float>(lines.size()); }
};

// The legible floor for a screen: 28 px at 1080 px (3 m viewing), scaled by min(w, h) / 1080.
[[nodiscard]] int minTextPx(int width, int height, float minPxAt1080 = 28.f);
// The floor at 1080 for a screen read from `metres` away: 28 px at 3 m, scaled up with the
// distance beyond 3 m (never down: a closer screen keeps the 3 m floor).
[[nodiscard]] float minPxAt1080ForDistance(double metres, float at3m = 28.f);

// Width available to text in a box `boxWidth` wide after the safety margin.
[[nodiscard]] float usableWidth(float boxWidth, float widthMargin = 0.02f);

// The next size down when text does not fit: about 6% smaller, at least 1 px.
[[nodiscard]] int shrinkStep(int px);

// Line height in whole px (ceil) for `px` in `lang`.
[[nodiscard]] float wholeLineHeight(const TextMeasurer& measurer, int px,
                                    std::string_view lang = {});

// Greedy wrap at the language's line break opportunities (spaces, and between Chinese or Korean
// characters except before closing punctuation) into lines no wider than `maxWidth`; a piece
// wider than that is broken between characters (grapheme clusters, never inside one). "\n"
// forces a break; spaces at a line's end are dropped. Empty text gives no lines.
[[nodiscard]] std::vector<std::string> wrapText(std::string_view text, float maxWidth, int px,
                                                Weight weight, const TextMeasurer& measurer,
                                                std::string_view lang = {});

// The width of the widest piece of `text` that cannot break (a word; one character of Chinese):
// no box narrower than this holds the text without breaking inside a piece.
[[nodiscard]] float widestPiece(std::string_view text, int px, Weight weight,
                                const TextMeasurer& measurer, std::string_view lang = {});

// Keeps at most `maxLines` of `lines`; when some were dropped, the last kept line ends with "…"
// and is shortened, a whole character at a time, until it fits `maxWidth`. Returns whether
// anything was cut.
bool ellipsize(std::vector<std::string>& lines, std::size_t maxLines, float maxWidth, int px,
               Weight weight, const TextMeasurer& measurer, std::string_view lang = {});

// Fits `text` into a box: largest px in [minPx, maxPx] (by shrinkStep) whose wrapped lines fit
// both the width and the height; else minPx with the overflow ellipsized. A box too short for
// one line at minPx gets no lines (truncated = true).
[[nodiscard]] FittedText fitText(std::string_view text, float boxWidth, float boxHeight,
                                 const FitOptions& options, const TextMeasurer& measurer,
                                 std::string_view lang = {});

} // namespace lantern
