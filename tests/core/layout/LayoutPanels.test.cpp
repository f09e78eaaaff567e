#include "core/layout/LayoutPanels.hpp"

#include "support/LayoutTestSupport.hpp"

#include <cmath>

#include <doctest/doctest.h>

using namespace lantern;
using namespace lantern::layout;

TEST_CASE("LayoutPanels: a grid has the columns asked for and the rows its items need") {
    CHECK(gridOf(5, 3).rows == 2);
    CHECK(gridOf(6, 3).rows == 2);
    CHECK(gridOf(0, 3).rows == 1);
    CHECK(gridOf(4, 0).cols == 1);
    CHECK(gridOf(4, 0).rows == 4);
}

TEST_CASE("LayoutPanels: cells fill the area in reading order with even gaps") {
    const Box area{100, 50, 1000, 410};
    const auto cells = gridCells(area, 6, Grid{3, 2}, 20, CellSnap::None);
    REQUIRE(cells.size() == 6);
    CHECK(cells[0].x == 100);
    CHECK(cells[0].w == doctest::Approx(320));
    CHECK(cells[2].right() == doctest::Approx(area.right()));
    CHECK(cells[3].y == doctest::Approx(50 + 195 + 20));
    CHECK(cells[5].bottom() == doctest::Approx(area.bottom()));
}

TEST_CASE("LayoutPanels: a short last row can be centred, and cells snapped to pixels") {
    const Box area{0, 0, 1001, 500};
    const auto cells = gridCells(area, 4, Grid{3, 2}, 10, CellSnap::FloorSizesRoundPositions, true);
    REQUIRE(cells.size() == 4);
    for (const auto& c : cells) {
        CHECK(c.w == 327);
        CHECK(c.x == std::round(c.x));
    }
    // The lone fourth card sits under the middle of the row above.
    CHECK(cells[3].x + cells[3].w / 2 ==
          doctest::Approx(cells[1].x + cells[1].w / 2).epsilon(0.01));
    const auto floored = gridCells(area, 3, Grid{3, 1}, 10, CellSnap::FloorSizes);
    CHECK(floored[1].x == 327 + 10);
}

TEST_CASE("LayoutPanels: roundScene rounds edges, so a box keeps inside its parent") {
    Scene scene;
    scene.items.push_back(SceneRect{Box{10.4f, 10.6f, 20.2f, 5.5f}, Color{}, 3.6f});
    roundScene(scene);
    const auto& r = std::get<SceneRect>(scene.items[0]);
    CHECK(r.box.x == 10);
    CHECK(r.box.y == 11);
    CHECK(r.box.w == 21); // 30.6 rounds to 31
    CHECK(r.box.h == 5);  // 16.1 rounds to 16
    CHECK(r.radius == 4);
}
