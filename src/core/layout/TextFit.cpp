#include "core/layout/TextFit.hpp"

#include <algorithm>
#include <cmath>

namespace lantern {
namespace {

constexpr std::string_view kEllipsis = "\u2026";

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string_view trimmedRight(std::string_view s) {
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

std::string_view trimmedLeft(std::string_view s) {
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    return s;
}

struct Wrapper {
    std::string_view text;
    float maxWidth;
    int px;
    Weight weight;
    const TextMeasurer& measurer;
    std::string_view lang;
    std::vector<std::string> lines{};

    bool fits(std::string_view s) const {
        return measurer.width(trimmedRight(s), px, weight, lang) <= maxWidth;
    }

    void emit(std::size_t from, std::size_t to) {
        const auto line = trimmedRight(trimmedLeft(text.substr(from, to - from)));
        if (!line.empty()) lines.emplace_back(line);
    }

    // A piece wider than the line, from `from` to `to`: as many whole characters as fit on each
    // line; returns where the last, unfinished line starts.
    std::size_t breakPiece(std::size_t from, std::size_t to) {
        const auto cuts = measurer.graphemes(text.substr(from, to - from));
        std::size_t start = from, last = from;
        for (std::size_t c : cuts) {
            const std::size_t at = from + c;
            if (at <= start) continue;
            if (!fits(text.substr(start, at - start)) && last > start) {
                emit(start, last);
                start = last;
            }
            last = at;
        }
        return start;
    }

    void run() {
        const auto breaks = measurer.lineBreaks(text, lang);
        std::size_t start = 0, committed = 0;
        for (std::size_t b : breaks) {
            if (b <= start) continue;
            const bool hard = b > 0 && text[b - 1] == '\n';
            if (!fits(text.substr(start, b - start))) {
                if (committed > start) {
                    emit(start, committed);
                    start = committed;
                }
                if (!fits(text.substr(start, b - start))) start = breakPiece(start, b);
            }
            committed = b;
            if (hard) {
                emit(start, b);
                start = committed = b;
            }
        }
        emit(start, text.size());
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

float wholeLineHeight(const TextMeasurer& measurer, int px, std::string_view lang) {
    return std::ceil(measurer.lineHeight(px, lang));
}

std::vector<std::string> wrapText(std::string_view text, float maxWidth, int px, Weight weight,
                                  const TextMeasurer& measurer, std::string_view lang) {
    Wrapper w{text, maxWidth, px, weight, measurer, lang};
    w.run();
    return w.lines;
}

float widestPiece(std::string_view text, int px, Weight weight, const TextMeasurer& measurer,
                  std::string_view lang) {
    float widest = 0;
    std::size_t start = 0;
    for (std::size_t b : measurer.lineBreaks(text, lang)) {
        const auto piece = trimmedRight(trimmedLeft(text.substr(start, b - start)));
        if (!piece.empty()) widest = std::max(widest, measurer.width(piece, px, weight, lang));
        start = b;
    }
    return widest;
}

bool ellipsize(std::vector<std::string>& lines, std::size_t maxLines, float maxWidth, int px,
               Weight weight, const TextMeasurer& measurer, std::string_view lang) {
    if (lines.size() <= maxLines) return false;
    lines.resize(maxLines);
    if (lines.empty()) return true;
    std::string last(trimmedRight(lines.back()));
    const auto cuts = measurer.graphemes(last);
    for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
        const std::string candidate =
            std::string(trimmedRight(std::string_view(last).substr(0, *it)));
        if (*it == 0 ||
            measurer.width(candidate + std::string(kEllipsis), px, weight, lang) <= maxWidth) {
            last = candidate;
            break;
        }
    }
    lines.back() = last + std::string(kEllipsis);
    return true;
}

FittedText fitText(std::string_view text, float boxWidth, float boxHeight,
                   const FitOptions& options, const TextMeasurer& measurer, std::string_view lang) {
    float maxWidth = usableWidth(boxWidth, options.widthMargin);
    int minPx = std::max(1, options.minPx);
    int px = std::max(minPx, options.maxPx);
    FittedText fit;
    for (;;) {
        fit.px = px;
        fit.lineHeight = wholeLineHeight(measurer, px, lang);
        fit.lines = wrapText(text, maxWidth, px, options.weight, measurer, lang);
        if (fit.height() <= boxHeight || px == minPx) break;
        px = std::max(minPx, px - shrinkStep(px));
    }
    if (fit.height() > boxHeight) {
        auto maxLines = static_cast<std::size_t>(std::max(0.f, boxHeight / fit.lineHeight));
        fit.truncated =
            ellipsize(fit.lines, maxLines, maxWidth, px, options.weight, measurer, lang);
    }
    return fit;
}

} // namespace lantern
