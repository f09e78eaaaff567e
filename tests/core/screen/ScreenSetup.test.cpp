#include "core/screen/ScreenSetup.hpp"

#include <doctest/doctest.h>

using namespace lantern;

namespace {

SchoolContent school() {
    SchoolContent c;
    Room hall, room;
    hall.id = "hallway-1";
    room.id = "classroom-7b";
    c.rooms = {hall, room};
    Display d;
    d.id = "tv-portrait";
    d.roomId = "hallway-1";
    d.orientation = Orientation::Portrait;
    d.width = 1920;
    d.height = 1080;
    c.displays = {d};
    return c;
}

} // namespace

TEST_CASE("ScreenSetup: a display brings its room, orientation and signal size") {
    const auto choice = chooseScreen(school(), std::nullopt, std::string("tv-portrait"));
    REQUIRE(choice.setup);
    CHECK(choice.setup->target.roomId == "hallway-1");
    CHECK(choice.setup->target.displayId == "tv-portrait");
    CHECK(choice.setup->orientation == Orientation::Portrait);
    CHECK(choice.setup->signalSize == std::pair{1920, 1080});
    CHECK(chooseScreen(school(), std::string("hallway-1"), std::string("tv-portrait")).setup);
}

TEST_CASE("ScreenSetup: a room alone is a landscape screen of its own size") {
    const auto choice = chooseScreen(school(), std::string("classroom-7b"), std::nullopt);
    REQUIRE(choice.setup);
    CHECK(choice.setup->target.displayId.empty());
    CHECK(choice.setup->orientation == Orientation::Landscape);
    CHECK_FALSE(choice.setup->signalSize);
}

TEST_CASE("ScreenSetup: wrong names are problems in words, listing what there is") {
    const auto room = std::optional<std::string>("gym");
    CHECK(chooseScreen(school(), room, std::nullopt).problem ==
          "unknown room 'gym'; rooms here: hallway-1, classroom-7b");
    CHECK(chooseScreen(school(), std::nullopt, std::string("tv-9")).problem ==
          "unknown display 'tv-9'; displays here: tv-portrait");
    CHECK(chooseScreen(school(), std::string("classroom-7b"), std::string("tv-portrait")).problem ==
          "display 'tv-portrait' is in room 'hallway-1', not 'classroom-7b'");
    const auto none = chooseScreen(school(), std::nullopt, std::nullopt);
    CHECK_FALSE(none.setup);
    CHECK(none.problem.find("--room ID or --display ID") != std::string::npos);
}

TEST_CASE("ScreenSetup: a panel turned a quarter turn lays out on its swapped signal") {
    CHECK(layoutSize({1920, 1080}, Orientation::Portrait) == std::pair{1080, 1920});
    CHECK(layoutSize({1920, 1080}, Orientation::PortraitFlipped) == std::pair{1080, 1920});
    CHECK(layoutSize({1920, 1080}, Orientation::LandscapeFlipped) == std::pair{1920, 1080});
    CHECK(quarterTurns(Orientation::Landscape) == 0);
    CHECK(quarterTurns(Orientation::Portrait) == 1);
    CHECK(quarterTurns(Orientation::LandscapeFlipped) == 2);
    CHECK(quarterTurns(Orientation::PortraitFlipped) == 3);
}
