#include "core/LayoutDark.hpp"
#include "core/FontLocator.hpp"
#include "core/FontMetrics.hpp"
#include "core/Readability.hpp"

#include <doctest/doctest.h>

using namespace lantern;

TEST_CASE("LayoutDark: black covers the whole screen; the dim clock is legible and fits") {
    auto metrics = FontMetrics::open(locateFonts()->files);
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
    }
}
