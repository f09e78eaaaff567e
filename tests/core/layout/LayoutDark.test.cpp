#include "core/layout/LayoutDark.hpp"

#include "core/layout/Readability.hpp"
#include "core/text/FontFiles.hpp"
#include "core/text/FontLocator.hpp"
#include "core/text/TextEngine.hpp"

#include <doctest/doctest.h>

#include <cstdio>

using namespace lantern;

TEST_CASE("LayoutDark: black covers the whole screen; the dim clock is legible and fits") {
    auto metrics = TextEngine::open(locateFonts()->files);
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
        LayoutContext ctx{w, h, {"en"}, *metrics};
        auto black = layoutDark("", ctx);
        REQUIRE(black.items.size() == 1);
        const auto& cover = std::get<SceneRect>(black.items[0]);
        CHECK(cover.box == Box{0, 0, static_cast<float>(w), static_cast<float>(h)});
        CHECK(cover.color == Color{0, 0, 0});

        auto clock = layoutDark("07:45", ctx);
        REQUIRE(clock.items.size() == 2);
        CHECK(std::get<SceneText>(clock.items[1]).text == "07:45");
        CHECK(checkReadability(clock, 28, *metrics).empty());
        auto later = layoutDark("07:46", ctx);
        CHECK(std::get<SceneText>(later.items[1]).box != std::get<SceneText>(clock.items[1]).box);
        CHECK(checkReadability(later, 28, *metrics).empty());
    }
}

TEST_CASE("LayoutDark: wherever the clock wanders over a day, it stays on the screen") {
    auto metrics = TextEngine::open(locateFonts()->files);
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
        LayoutContext ctx{w, h, {"en"}, *metrics};
        for (int minute = 0; minute < 24 * 60; minute += 7) {
            char text[6];
            std::snprintf(text, sizeof text, "%02d:%02d", minute / 60, minute % 60);
            INFO(text << " at " << w << "x" << h);
            CHECK(checkReadability(layoutDark(text, ctx), 28, *metrics).empty());
        }
    }
}
