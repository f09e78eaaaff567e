#include "core/layout/TextFit.hpp"

#include "core/text/FontFiles.hpp"
#include "core/text/TextEngine.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <memory>

using namespace lantern;

namespace {

// Every code point is 0.5 px-widths wide (bold 0.55); line height 1.25 px. Deterministic.
class FixedMeasurer final : public TextMeasurer {
public:
    float width(std::string_view s, int px, Weight w, std::string_view) const override {
        float n = static_cast<float>(decodeUtf8(s).size());
        return n * static_cast<float>(px) * (w == Weight::Bold ? 0.55f : 0.5f);
    }
    float lineHeight(int px, std::string_view) const override {
        return 1.25f * static_cast<float>(px);
    }
};

std::unique_ptr<TextMeasurer> realMeasurer() {
    const char* r = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
    const char* b = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";
    if (!std::filesystem::exists(r) || !std::filesystem::exists(b)) return nullptr;
    return TextEngine::open({r, b});
}

void checkInside(const FittedText& fit, float w, float h, const FitOptions& o,
                 const TextMeasurer& m) {
    CHECK(fit.height() <= h);
    CHECK(fit.px >= o.minPx);
    CHECK(fit.px <= o.maxPx);
    for (const auto& line : fit.lines)
        CHECK(m.width(line, fit.px, o.weight) <= w * (1 - o.widthMargin));
}

} // namespace

TEST_CASE("TextFit: short text keeps the largest size on one line") {
    FixedMeasurer m;
    auto fit = fitText("Inquiry", 800, 200, FitOptions{64, 28}, m);
    CHECK(fit.px == 64);
    CHECK(fit.lines == std::vector<std::string>{"Inquiry"});
    CHECK_FALSE(fit.truncated);
    CHECK(fit.lineHeight == 80);
}

TEST_CASE("TextFit: longer text wraps on spaces, then shrinks to fit the height") {
    FixedMeasurer m;
    std::string text = "I ask questions when I do not understand and I look for answers";
    FitOptions o{60, 28};
    auto fit = fitText(text, 600, 160, o, m);
    CHECK(fit.px < 60);
    CHECK(fit.lines.size() > 1);
    CHECK_FALSE(fit.truncated);
    checkInside(fit, 600, 160, o, m);
    std::string joined;
    for (const auto& l : fit.lines)
        joined += (joined.empty() ? "" : " ") + l;
    CHECK(joined == text);
}

TEST_CASE("TextFit: a 2,000-character text is ellipsized at the minimum size") {
    std::string text;
    while (text.size() < 2000)
        text += "perseverancia y revisión ";
    FixedMeasurer fixed;
    auto real = realMeasurer();
    for (const TextMeasurer* m : std::vector<const TextMeasurer*>{&fixed, real.get()}) {
        if (!m) continue;
        FitOptions o{48, 28};
        auto fit = fitText(text, 700, 300, o, *m);
        CHECK(fit.truncated);
        CHECK(fit.px == 28);
        REQUIRE_FALSE(fit.lines.empty());
        CHECK(fit.lines.back().ends_with("\u2026"));
        checkInside(fit, 700, 300, o, *m);
    }
}

TEST_CASE("TextFit: an over-long word is broken by character") {
    FixedMeasurer m;
    std::string word(60, 'x');
    FitOptions o{28, 28};
    auto fit = fitText(word, 300, 1000, o, m);
    CHECK(fit.lines.size() > 1);
    checkInside(fit, 300, 1000, o, m);
    std::string joined;
    for (const auto& l : fit.lines)
        joined += l;
    CHECK(joined == word);
}

TEST_CASE("TextFit: emoji, unknown glyphs and broken UTF-8 fit without crashing") {
    auto real = realMeasurer();
    FixedMeasurer fixed;
    const TextMeasurer& m = real ? *real : static_cast<const TextMeasurer&>(fixed);
    FitOptions o{40, 28};
    std::string text =
        "¡Bravo! 🎉🎉🎉 \U0001F9D1\u200D\U0001F393 \xff\xfe 中文字符测试一二三四五六七八九十";
    auto fit = fitText(text, 240, 400, o, m);
    CHECK_FALSE(fit.lines.empty());
    checkInside(fit, 240, 400, o, m);
}

TEST_CASE("TextFit: a box too short for one line gets no lines, never an overflow") {
    FixedMeasurer m;
    auto fit = fitText("Collaboration", 400, 20, FitOptions{40, 28}, m);
    CHECK(fit.lines.empty());
    CHECK(fit.truncated);
}

TEST_CASE("TextFit: explicit newlines break lines and empty text has none") {
    FixedMeasurer m;
    CHECK(wrapText("one\ntwo", 1000, 20, Weight::Regular, m) ==
          std::vector<std::string>{"one", "two"});
    CHECK(wrapText("   ", 1000, 20, Weight::Regular, m).empty());
}

TEST_CASE("TextFit: the minimum size scales with the screen's short side") {
    CHECK(minTextPx(1920, 1080) == 28);
    CHECK(minTextPx(1080, 1920) == 28);
    CHECK(minTextPx(3840, 2160) == 56);
    CHECK(minTextPx(1280, 720) == 19);
}

TEST_CASE("TextFit: the text floor grows with the viewing distance beyond 3 m, never below") {
    CHECK(minPxAt1080ForDistance(3.0) == doctest::Approx(28));
    CHECK(minPxAt1080ForDistance(1.5) == doctest::Approx(28));
    CHECK(minPxAt1080ForDistance(6.0) == doctest::Approx(56));
    CHECK(minTextPx(3840, 2160, minPxAt1080ForDistance(4.5)) == 84);
}
