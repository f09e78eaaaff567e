#include "core/layout/TextFit.hpp"

#include <algorithm>
#include <cmath>

namespace lantern {
namespace {

constexpr std::string_view kEllipsis = "\u2026";

std::size_t codePointLength(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

// Byte length of the code point starting at s[i], clamped to the string.
std::size_t stepAt(std::string_view s, std::size_t i) {
    std::size_t n = codePointLength(static_cast<unsigned char>(s[i]));
    return std::min(n, s.size() - i);
}

// Drops the last code point of `s`.
void popCodePoint(std::string& s) {
    if (s.empty()) return;
    std::size_t i = s.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
        --i;
    s.erase(i);
}

void trimRight(std::string& s) {
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
}

std::vector<std::string_view> splitWords(std::string_view paragraph) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < paragraph.size()) {
        while (i < paragraph.size() && (paragraph[i] == ' ' || paragraph[i] == '\t'))
            ++i;
        std::size_t start = i;
        while (i < paragraph.size() && paragraph[i] != ' ' && paragraph[i] != '\t')
            ++i;
        if (i > start) words.push_back(paragraph.substr(start, i - start));
    }
    return words;
}

struct Wrapper {
    float maxWidth;
    int px;
    Weight weight;
    const TextMeasurer& measurer;
    std::vector<std::string> lines;
    std::string current;

    bool fits(std::string_view s) const { return measurer.width(s, px, weight) <= maxWidth; }

    void flush() {
        if (!current.empty()) lines.push_back(std::move(current));
        current.clear();
    }

    // Breaks an over-long word between code points; its last piece stays in `current`.
    void breakWord(std::string_view word) {
        for (std::size_t i = 0; i < word.size();) {
            std::size_t n = stepAt(word, i);
            std::string candidate = current + std::string(word.substr(i, n));
            if (!current.empty() && !fits(candidate)) {
                flush();
                continue;
            }
            current = std::move(candidate);
            i += n;
        }
    }

    void addWord(std::string_view word) {
        std::string candidate =
            current.empty() ? std::string(word) : current + " " + std::string(word);
        if (fits(candidate)) {
            current = std::move(candidate);
            return;
        }
        flush();
        if (fits(word))
            current = std::string(word);
        else
            breakWord(word);
    }
};

} // namespace

float minPxAt1080ForDistance(double metres, float at3m) {
    return at3m * static_cast<float>(std::max(1.0, metres / 3.0));
}

int minTextPx(int width, int height, float minPxAt1080) {
    float scale = static_cast<float>(std::min(width, height)) / 1080.f;
    return std::max(1, static_cast<int>(std::lround(minPxAt1080 * scale)));
}

float usableWidth(float boxWidth, float widthMargin) {
    return std::floor(boxWidth * (1.f - widthMargin));
}

int shrinkStep(int px) {
    return std::max(1, static_cast<int>(std::lround(px * 0.06)));
}

float wholeLineHeight(const TextMeasurer& measurer, int px) {
    return std::ceil(measurer.lineHeight(px));
}

std::vector<std::string> wrapText(std::string_view text, float maxWidth, int px, Weight weight,
                                  const TextMeasurer& measurer) {
    Wrapper w{maxWidth, px, weight, measurer, {}, {}};
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        for (auto word : splitWords(text.substr(start, end - start)))
            w.addWord(word);
        w.flush();
        start = end + 1;
    }
    return w.lines;
}

bool ellipsize(std::vector<std::string>& lines, std::size_t maxLines, float maxWidth, int px,
               Weight weight, const TextMeasurer& measurer) {
    if (lines.size() <= maxLines) return false;
    lines.resize(maxLines);
    if (lines.empty()) return true;
    std::string& last = lines.back();
    trimRight(last);
    while (!last.empty() && measurer.width(last + std::string(kEllipsis), px, weight) > maxWidth) {
        popCodePoint(last);
        trimRight(last);
    }
    last += kEllipsis;
    return true;
}

FittedText fitText(std::string_view text, float boxWidth, float boxHeight,
                   const FitOptions& options, const TextMeasurer& measurer) {
    float maxWidth = usableWidth(boxWidth, options.widthMargin);
    int minPx = std::max(1, options.minPx);
    int px = std::max(minPx, options.maxPx);
    FittedText fit;
    for (;;) {
        fit.px = px;
        fit.lineHeight = wholeLineHeight(measurer, px);
        fit.lines = wrapText(text, maxWidth, px, options.weight, measurer);
        if (fit.height() <= boxHeight || px == minPx) break;
        px = std::max(minPx, px - shrinkStep(px));
    }
    if (fit.height() > boxHeight) {
        auto maxLines = static_cast<std::size_t>(std::max(0.f, boxHeight / fit.lineHeight));
        fit.truncated = ellipsize(fit.lines, maxLines, maxWidth, px, options.weight, measurer);
    }
    return fit;
}

} // namespace lantern
