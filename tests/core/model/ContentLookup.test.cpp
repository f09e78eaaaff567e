#include "core/model/ContentLookup.hpp"

#include <doctest/doctest.h>

using namespace lantern;

namespace {

SchoolContent school() {
    SchoolContent c;
    Room a, b;
    a.id = "hallway-1";
    b.id = "classroom-7b";
    c.rooms = {a, b};
    Display d;
    d.id = "tv-1";
    d.roomId = "hallway-1";
    c.displays = {d};
    c.groups = {{"hallways", "Hallways", {"hallway-1"}}};
    return c;
}

} // namespace

TEST_CASE("ContentLookup: rooms and displays by id") {
    const auto c = school();
    CHECK(findRoom(c, "classroom-7b")->id == "classroom-7b");
    CHECK_FALSE(findRoom(c, "tv-1"));
    CHECK(findDisplay(c, "tv-1")->roomId == "hallway-1");
    CHECK_FALSE(findDisplay(c, "hallway-1"));
}

TEST_CASE("ContentLookup: a target names a room or a group, nothing else") {
    const auto c = school();
    CHECK(isRoomOrGroup(c, "hallway-1"));
    CHECK(isRoomOrGroup(c, "hallways"));
    CHECK_FALSE(isRoomOrGroup(c, "tv-1"));
    CHECK_FALSE(isRoomOrGroup(c, ""));
    CHECK(unknownTargets(c, {"hallways", "gym", "classroom-7b", "tv-1"}) ==
          std::vector<std::string>{"gym", "tv-1"});
    CHECK(unknownTargets(c, {}).empty());
}

TEST_CASE("ContentLookup: id lists for messages say what there is") {
    CHECK(roomIds(school()) == "hallway-1, classroom-7b");
    CHECK(displayIds(school()) == "tv-1");
    CHECK(roomIds(SchoolContent{}) == "none (run `lantern demo`)");
}
