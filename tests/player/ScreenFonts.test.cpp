#include "player/ScreenFonts.hpp"

#include <doctest/doctest.h>

using namespace lantern;

TEST_CASE("ScreenFonts: a configured font that is missing falls back and says so") {
    Config config;
    config.fontRegular = "/nonexistent/Lantern-Regular.ttf";
    auto fonts = loadFonts(config);
    REQUIRE(fonts.metrics);
    CHECK(fonts.metrics->width("Inquiry", 40, Weight::Regular) > 0);
    CHECK(fonts.files.regular != "/nonexistent/Lantern-Regular.ttf");
    CHECK(fonts.note.find("/nonexistent/Lantern-Regular.ttf") != std::string::npos);
}
