#include "core/layout/FontMetrics.hpp"

#include "core/layout/FontLocator.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <stdexcept>

using namespace lantern;

namespace {

const char* kNotoRegular = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
const char* kNotoBold = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";

bool haveNoto() {
    return std::filesystem::exists(kNotoRegular) && std::filesystem::exists(kNotoBold);
}

} // namespace

TEST_CASE("FontMetrics: widths are positive and grow with text length and size") {
    if (!haveNoto()) {
        MESSAGE("Noto Sans not installed; skipping");
        return;
    }
    auto fm = FontMetrics::open({kNotoRegular, kNotoBold});
    float shortW = fm->width("Habits", 32, Weight::Regular);
    float longW = fm->width("Habits of a Learner", 32, Weight::Regular);
    CHECK(shortW > 0);
    CHECK(longW > shortW);
    CHECK(fm->width("Habits", 64, Weight::Regular) > shortW);
    CHECK(fm->width("Habits", 32, Weight::Bold) > shortW);
    CHECK(fm->width("", 32, Weight::Regular) == 0);
}

TEST_CASE("FontMetrics: advances add up like sf::Text and line height matches the face") {
    if (!haveNoto()) return;
    auto fm = FontMetrics::open({kNotoRegular, kNotoBold});
    float ab = fm->width("ab", 40, Weight::Regular);
    float a = fm->width("a", 40, Weight::Regular), b = fm->width("b", 40, Weight::Regular);
    CHECK(ab == doctest::Approx(a + b).epsilon(0.05));
    float lh = fm->lineHeight(40);
    CHECK(lh > 40);
    CHECK(lh < 80);
    CHECK(fm->lineHeight(80) > lh);
}

TEST_CASE("FontMetrics: Spanish, emoji, unknown glyphs and broken UTF-8 measure without crashing") {
    if (!haveNoto()) return;
    auto fm = FontMetrics::open({kNotoRegular, kNotoBold});
    CHECK(fm->width("Hábitos de un aprendiz · ñ", 32, Weight::Regular) > 0);
    CHECK(fm->width("Great job 🎉🌟", 32, Weight::Regular) > 0);
    CHECK(fm->width("\xff\xfe bad \xc3", 32, Weight::Regular) > 0);
    CHECK(fm->width("\U0010FFFF", 32, Weight::Bold) >= 0);
}

TEST_CASE("FontMetrics: a missing font file is a clear error") {
    try {
        (void)FontMetrics::open({"/nonexistent/Font.ttf", "/nonexistent/Font-Bold.ttf"});
        FAIL("expected an exception");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find("/nonexistent/Font.ttf") != std::string::npos);
    }
}

TEST_CASE("FontMetrics: UTF-8 decoding replaces malformed sequences") {
    CHECK(decodeUtf8("añ€😀") == U"añ€😀");
    CHECK(decodeUtf8("a\xffz") == U"a\uFFFDz");
    CHECK(decodeUtf8("\xe2\x82") == U"\uFFFD\uFFFD");
}

TEST_CASE("FontMetrics: fontconfig finds a regular and a bold font file") {
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
