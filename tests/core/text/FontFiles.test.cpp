// The Latin measuring the text engine inherited from FontMetrics: widths, line pitch, bad input,
// a missing font file, UTF-8 decoding and fontconfig's choice of files.
#include "core/text/FontFiles.hpp"
#include "core/text/FontLocator.hpp"
#include "core/text/TextEngine.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace lantern;

namespace {

const char* kNotoRegular = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
const char* kNotoBold = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";

bool haveNoto() {
    return std::filesystem::exists(kNotoRegular) && std::filesystem::exists(kNotoBold);
}

} // namespace

TEST_CASE("FontFiles: widths are positive and grow with text length and size") {
    if (!haveNoto()) {
        MESSAGE("Noto Sans not installed; skipping");
        return;
    }
    const auto fm = TextEngine::open({kNotoRegular, kNotoBold});
    REQUIRE(fm);
    const float shortW = fm->width("Habits", 32, Weight::Regular);
    const float longW = fm->width("Habits of a Learner", 32, Weight::Regular);
    CHECK(shortW > 0);
    CHECK(longW > shortW);
    CHECK(fm->width("Habits", 64, Weight::Regular) > shortW);
    CHECK(fm->width("Habits", 32, Weight::Bold) > shortW);
    CHECK(fm->width("", 32, Weight::Regular) == 0);
}

TEST_CASE("FontFiles: advances add up and line height matches the face") {
    if (!haveNoto()) return;
    const auto fm = TextEngine::open({kNotoRegular, kNotoBold});
    REQUIRE(fm);
    const float ab = fm->width("ab", 40, Weight::Regular);
    const float a = fm->width("a", 40, Weight::Regular), b = fm->width("b", 40, Weight::Regular);
    CHECK(ab == doctest::Approx(a + b).epsilon(0.05));
    const float lh = fm->lineHeight(40);
    CHECK(lh > 40);
    CHECK(lh < 80);
    CHECK(fm->lineHeight(80) > lh);
}

TEST_CASE("FontFiles: Spanish, emoji, unknown glyphs and broken UTF-8 measure without crashing") {
    if (!haveNoto()) return;
    const auto fm = TextEngine::open({kNotoRegular, kNotoBold});
    REQUIRE(fm);
    CHECK(fm->width("Hábitos de un aprendiz · ñ", 32, Weight::Regular) > 0);
    CHECK(fm->width("Great job 🎉🌟", 32, Weight::Regular) > 0);
    CHECK(fm->width("\xff\xfe bad \xc3", 32, Weight::Regular) > 0);
    CHECK(fm->width("\U0010FFFF", 32, Weight::Bold) >= 0);
}

TEST_CASE("FontFiles: a Latin font file that cannot be opened gives no engine, not a crash") {
    CHECK(TextEngine::open({"/nonexistent/Font.ttf", "/nonexistent/Font-Bold.ttf"}) == nullptr);
}

TEST_CASE("FontFiles: UTF-8 decoding replaces malformed sequences") {
    CHECK(decodeUtf8("añ€😀") == U"añ€😀");
    CHECK(decodeUtf8("a\xffz") == U"a\uFFFDz");
    CHECK(decodeUtf8("\xe2\x82") == U"\uFFFD\uFFFD");
}

TEST_CASE("FontFiles: fontconfig finds a regular and a bold font file") {
    auto choice = locateFonts();
    if (!choice) {
        MESSAGE("fontconfig found no fonts; skipping");
        return;
    }
    CHECK(std::filesystem::exists(choice->files.regular));
    CHECK(std::filesystem::exists(choice->files.bold));
    CHECK_FALSE(choice->family.empty());
    if (haveNoto()) CHECK(choice->preferred);
    auto fallback = locateFonts("No Such Family Lantern", "sans-serif");
    REQUIRE(fallback);
    CHECK_FALSE(fallback->preferred);
}
