#include "core/schedule/PowerHours.hpp"

#include "core/model/LocalTime.hpp"
#include "core/schedule/Schedule.hpp"

#include "support/LocalTimeSupport.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using namespace std::chrono_literals;
using lantern::testing::at;
using lantern::testing::kNewYork;
using lantern::testing::local;

namespace {

PowerWindow window(const char* days, const char* hours) {
    return PowerWindow{*parseWeekdays(days), *parseTimeWindow(hours)};
}

Room roomWith(std::vector<PowerWindow> hours) {
    Room room;
    room.id = "hallway-1";
    room.powerHours = std::move(hours);
    return room;
}

} // namespace

TEST_CASE("PowerHours: a room without power hours is always on") {
    const auto t = at("2026-11-23T03:00");
    const auto s = powerAt(Room{}, kNewYork, t);
    CHECK(s.on);
    CHECK(s.until == t + std::chrono::days{7});
}

TEST_CASE("PowerHours: school days 07:00-18:00") {
    const auto room = roomWith({window("Mon-Fri", "07:00-18:00")});
    SUBCASE("dark before the start, on until the end") {
        auto s = powerAt(room, kNewYork, at("2026-11-23T06:59"));
        CHECK_FALSE(s.on);
        CHECK(local(s.until) == "2026-11-23 07:00:00 EST");
        s = powerAt(room, kNewYork, at("2026-11-23T07:00"));
        CHECK(s.on);
        CHECK(local(s.until) == "2026-11-23 18:00:00 EST");
    }
    SUBCASE("dark from Friday evening to Monday morning") {
        const auto s = powerAt(room, kNewYork, at("2026-11-27T18:00"));
        CHECK_FALSE(s.on);
        CHECK(local(s.until) == "2026-11-30 07:00:00 EST");
    }
    SUBCASE("a zone pointer cached by the schedule index gives the same answer") {
        SchoolContent content;
        content.school.timeZone = kNewYork;
        const ScheduleIndex index(content);
        const auto t = at("2026-11-25T12:00");
        const auto byName = powerAt(room, kNewYork, t);
        const auto byZone = powerAt(room, index.zone(), t);
        CHECK(byZone.on == byName.on);
        CHECK(byZone.until == byName.until);
    }
    SUBCASE("no day selected: dark for the whole week ahead") {
        const auto never = roomWith({PowerWindow{WeekdaySet{0}, TimeWindow{420, 1080}}});
        const auto t = at("2026-11-23T12:00");
        const auto s = powerAt(never, kNewYork, t);
        CHECK_FALSE(s.on);
        CHECK(s.until == t + std::chrono::days{7});
    }
}

TEST_CASE("PowerHours: windows crossing midnight and touching windows") {
    const auto room = roomWith({window("Mon-Fri", "07:00-18:00"), window("Fri", "20:00-02:00"),
                                window("Sat", "08:00-12:00"), window("Sat", "12:00-24:00")});
    SUBCASE("Friday night runs into Saturday, belonging to Friday") {
        auto s = powerAt(room, kNewYork, at("2026-11-27T19:00"));
        CHECK_FALSE(s.on);
        CHECK(local(s.until) == "2026-11-27 20:00:00 EST");
        s = powerAt(room, kNewYork, at("2026-11-28T01:30"));
        CHECK(s.on);
        CHECK(local(s.until) == "2026-11-28 02:00:00 EST");
        s = powerAt(room, kNewYork, at("2026-11-24T01:30")); // Tuesday: Monday has no late window
        CHECK_FALSE(s.on);
    }
    SUBCASE("windows that touch are one stretch of on-time") {
        const auto s = powerAt(room, kNewYork, at("2026-11-28T09:00"));
        CHECK(s.on);
        CHECK(local(s.until) == "2026-11-29 00:00:00 EST");
    }
}

TEST_CASE("PowerHours: across daylight-saving changes in New York") {
    const auto room = roomWith({window("every day", "01:00-05:00")});
    SUBCASE("spring forward: on at 01:00 EST, off at 05:00 EDT, three hours later") {
        auto s = powerAt(room, kNewYork, at("2026-03-08T00:30"));
        CHECK_FALSE(s.on);
        CHECK(local(s.until) == "2026-03-08 01:00:00 EST");
        s = powerAt(room, kNewYork, at("2026-03-08T01:30"));
        CHECK(s.on);
        CHECK(local(s.until) == "2026-03-08 05:00:00 EDT");
        CHECK(s.until - at("2026-03-08T01:00") == 3h);
    }
    SUBCASE("fall back: the repeated hour keeps the screen on, five hours in all") {
        const auto s = powerAt(room, kNewYork, at("2026-11-01T05:30", "UTC")); // 01:30 EDT
        CHECK(s.on);
        CHECK(local(s.until) == "2026-11-01 05:00:00 EST");
        CHECK(s.until - at("2026-11-01T05:00", "UTC") == 5h);
    }
    SUBCASE("fall back: a window ending in the repeated hour reopens when the clock goes back") {
        const auto early = roomWith({window("every day", "00:00-01:30")});
        const auto s = powerAt(early, kNewYork, at("2026-11-01T05:45", "UTC")); // 01:45 EDT
        CHECK_FALSE(s.on);
        CHECK(local(s.until) == "2026-11-01 01:00:00 EST");
    }
}

TEST_CASE("PowerHours: an unknown zone reads the windows in UTC") {
    const auto room = roomWith({window("every day", "07:00-18:00")});
    const auto s = powerAt(room, "Mars/Olympus_Mons", at("2026-11-23T06:00", "UTC"));
    CHECK_FALSE(s.on);
    CHECK(s.until == at("2026-11-23T07:00", "UTC"));
}
