#include "core/schedule/Schedule.hpp"

#include "core/model/LocalTime.hpp"

#include "support/LocalTimeSupport.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using namespace std::chrono_literals;
using lantern::testing::at;
using lantern::testing::kNewYork;
using lantern::testing::local;

namespace {

Days day(const char* text) {
    return *parseDate(text);
}

ScheduleRule rule(std::string id, std::string playlist, TargetKind target, std::string targetId,
                  int priority, const char* days = "every day", const char* window = "all-day") {
    ScheduleRule r;
    r.id = std::move(id);
    r.playlistId = std::move(playlist);
    r.target = target;
    r.targetId = std::move(targetId);
    r.priority = priority;
    r.days = *parseWeekdays(days);
    const auto w = *parseTimeWindow(window);
    if (!(w == TimeWindow{0, 1440})) r.window = w;
    r.createdAt = at("2026-09-01T08:00");
    return r;
}

SchoolContent school(std::vector<ScheduleRule> rules, const std::string& zone = kNewYork) {
    SchoolContent c;
    c.school.timeZone = zone;
    c.school.defaultPlaylistId = "fallback";
    for (const char* id : {"hallway-1", "hallway-2", "room-7b"})
        c.rooms.emplace_back().id = id;
    auto& display = c.displays.emplace_back();
    display.id = "d-hall-1";
    display.roomId = "hallway-1";
    auto& wing = c.groups.emplace_back();
    wing.id = "wing-7";
    wing.roomIds = {"room-7b", "hallway-1"};
    auto& hallways = c.groups.emplace_back();
    hallways.id = "hallways";
    hallways.roomIds = {"hallway-1", "hallway-2"};
    c.rules = std::move(rules);
    return c;
}

std::string winner(const ScheduleIndex& index, const std::string& room, Instant t) {
    const auto d = index.decide({room, ""}, t);
    return d.rule ? d.rule->id : "(default " + d.playlistId + ")";
}

} // namespace

TEST_CASE("Schedule: a school week with overlapping rules") {
    const ScheduleIndex index(school({
        rule("week", "general", TargetKind::Everywhere, "", 0),
        rule("hall-mornings", "mornings", TargetKind::Group, "hallways", 5, "Mon-Fri",
             "07:30-08:30"),
        rule("hall1-lunch", "lunch", TargetKind::Room, "hallway-1", 5, "weekdays", "11:30-12:30"),
        rule("assembly", "assembly", TargetKind::Everywhere, "", 10, "Wed", "09:00-10:00"),
    }));
    SUBCASE("the everywhere rule fills the gaps; a group rule takes its window") {
        CHECK(winner(index, "hallway-1", at("2026-11-23T07:29:59")) == "week");
        const auto d = index.decide({"hallway-1", ""}, at("2026-11-23T07:30"));
        REQUIRE(d.rule);
        CHECK(d.rule->id == "hall-mornings");
        CHECK(d.playlistId == "mornings");
        CHECK(local(d.epoch) == "2026-11-23 07:30:00 EST");
        CHECK(local(d.validUntil) == "2026-11-23 08:30:00 EST");
        REQUIRE(d.candidates.size() == 2);
        CHECK(d.candidates[0].rule->id == "hall-mornings");
        CHECK(d.candidates[0].lostBecause.empty());
        CHECK(d.candidates[1].rule->id == "week");
        CHECK(d.candidates[1].lostBecause == "lower priority (0 < 5)");
        CHECK(d.why == "rule hall-mornings (priority 5, group hallways, Mon-Fri 07:30-08:30)");
    }
    SUBCASE("a room outside the group keeps the everywhere rule") {
        CHECK(winner(index, "room-7b", at("2026-11-23T07:45")) == "week");
        CHECK(winner(index, "hallway-2", at("2026-11-23T07:45")) == "hall-mornings");
    }
    SUBCASE("the window end is exclusive and the next boundary is the next window") {
        const auto d = index.decide({"hallway-1", ""}, at("2026-11-23T08:30"));
        CHECK(d.rule->id == "week");
        CHECK(local(d.epoch) == "2026-11-23 00:00:00 EST");
        CHECK(local(d.validUntil) == "2026-11-23 09:00:00 EST"); // assembly's start, any day
        CHECK(winner(index, "hallway-1", at("2026-11-23T11:45")) == "hall1-lunch");
        CHECK(winner(index, "hallway-2", at("2026-11-23T11:45")) == "week");
    }
    SUBCASE("Wednesday's assembly outranks everything; weekends keep the base rule") {
        CHECK(winner(index, "hallway-1", at("2026-11-25T09:15")) == "assembly");
        CHECK(winner(index, "hallway-1", at("2026-11-24T09:15")) == "week");
        CHECK(winner(index, "hallway-1", at("2026-11-28T07:45")) == "week");
    }
    SUBCASE("after the last boundary of the day, the decision holds until local midnight") {
        const auto d = index.decide({"hallway-1", ""}, at("2026-11-23T15:00"));
        CHECK(local(d.validUntil) == "2026-11-24 00:00:00 EST");
    }
}

TEST_CASE("Schedule: with no rule the school default plays, never nothing") {
    const ScheduleIndex index(school({rule("empty", "", TargetKind::Everywhere, "", 99)}));
    const auto d = index.decide({"hallway-1", ""}, at("2026-11-23T10:00"));
    CHECK(d.rule == nullptr);
    CHECK(d.playlistId == "fallback");
    CHECK(d.candidates.empty()); // a rule without a playlist is ignored
    CHECK(local(d.epoch) == "2026-11-23 00:00:00 EST");
    CHECK(local(d.validUntil) == "2026-11-24 00:00:00 EST");
    CHECK(d.why == "the school default playlist fallback plays");
}

TEST_CASE("Schedule: a window crossing midnight belongs to the day it starts") {
    auto friday = rule("late", "night", TargetKind::Room, "hallway-1", 1, "Fri", "22:00-06:00");
    SUBCASE("Friday 22:00-06:00 runs into Saturday morning only") {
        const ScheduleIndex index(school({friday}));
        CHECK(winner(index, "hallway-1", at("2026-11-27T21:59:59")) == "(default fallback)");
        CHECK(winner(index, "hallway-1", at("2026-11-27T22:00")) == "late");
        const auto d = index.decide({"hallway-1", ""}, at("2026-11-28T05:59:59"));
        REQUIRE(d.rule);
        CHECK(local(d.epoch) == "2026-11-27 22:00:00 EST");
        CHECK(local(d.validUntil) == "2026-11-28 06:00:00 EST");
        CHECK(winner(index, "hallway-1", at("2026-11-28T06:00")) == "(default fallback)");
        CHECK(winner(index, "hallway-1", at("2026-11-29T05:00")) == "(default fallback)");
        CHECK(winner(index, "hallway-1", at("2026-11-27T05:00")) == "(default fallback)");
    }
    SUBCASE("with Saturday in its days it also runs into Sunday morning") {
        friday.days = *parseWeekdays("Fri,Sat");
        const ScheduleIndex index(school({friday}));
        const auto d = index.decide({"hallway-1", ""}, at("2026-11-29T05:00"));
        REQUIRE(d.rule);
        CHECK(local(d.epoch) == "2026-11-28 22:00:00 EST");
    }
    SUBCASE("the date range is checked against the start day") {
        friday.until = day("2026-11-27");
        CHECK(winner(ScheduleIndex(school({friday})), "hallway-1", at("2026-11-28T05:00")) ==
              "late");
        friday.until.reset();
        friday.from = day("2026-11-28");
        friday.days = WeekdaySet{};
        const ScheduleIndex index(school({friday}));
        CHECK(winner(index, "hallway-1", at("2026-11-28T05:00")) == "(default fallback)");
        CHECK(winner(index, "hallway-1", at("2026-11-28T22:00")) == "late");
    }
}

TEST_CASE("Schedule: date ranges are inclusive local dates") {
    auto r = rule("exhibition", "expo", TargetKind::Room, "hallway-1", 3);
    r.from = day("2026-11-02");
    r.until = day("2026-11-06");
    const ScheduleIndex index(school({r}));
    CHECK(winner(index, "hallway-1", at("2026-11-01T23:59:59")) == "(default fallback)");
    CHECK(winner(index, "hallway-1", at("2026-11-02T00:00")) == "exhibition");
    CHECK(winner(index, "hallway-1", at("2026-11-06T23:59:59")) == "exhibition");
    CHECK(winner(index, "hallway-1", at("2026-11-07T00:00")) == "(default fallback)");
    const auto d = index.decide({"hallway-1", ""}, at("2026-11-06T10:00"));
    CHECK(local(d.epoch) == "2026-11-06 00:00:00 EST");
    CHECK(local(d.validUntil) == "2026-11-07 00:00:00 EST");
    CHECK(describeRule(r) ==
          "priority 3, room hallway-1, every day all-day, 2026-11-02..2026-11-06");
}

TEST_CASE("Schedule: equal priority goes to the most specific target, then the newest rule") {
    const auto t = at("2026-11-23T10:00");
    auto onDisplay = rule("on-display", "p1", TargetKind::Display, "d-hall-1", 4);
    auto onRoom = rule("on-room", "p2", TargetKind::Room, "hallway-1", 4);
    auto onGroup = rule("on-group", "p3", TargetKind::Group, "hallways", 4);
    auto everywhere = rule("everywhere", "p4", TargetKind::Everywhere, "", 4);
    SUBCASE("display > room > group > everywhere") {
        const ScheduleIndex index(school({everywhere, onGroup, onRoom, onDisplay}));
        const auto d = index.decide({"", "d-hall-1"}, t); // the display names its room
        REQUIRE(d.candidates.size() == 4);
        CHECK(d.candidates[0].rule->id == "on-display");
        CHECK(d.candidates[1].rule->id == "on-room");
        CHECK(d.candidates[1].lostBecause == "less specific target (room < display)");
        CHECK(d.candidates[2].rule->id == "on-group");
        CHECK(d.candidates[2].lostBecause == "less specific target (group < display)");
        CHECK(d.candidates[3].lostBecause == "less specific target (everywhere < display)");
        CHECK(winner(index, "hallway-1", t) == "on-room");
        CHECK(winner(index, "hallway-2", t) == "on-group");
        CHECK(winner(index, "room-7b", t) == "everywhere");
    }
    SUBCASE("a higher priority beats a more specific target") {
        everywhere.priority = 5;
        const ScheduleIndex index(school({onDisplay, everywhere}));
        const auto d = index.decide({"hallway-1", "d-hall-1"}, t);
        CHECK(d.rule->id == "everywhere");
        CHECK(d.candidates[1].lostBecause == "lower priority (4 < 5)");
    }
    SUBCASE("the newest rule wins, then the greater id") {
        auto newer = rule("a-newer", "p5", TargetKind::Room, "hallway-1", 4);
        newer.createdAt = at("2026-10-01T09:30");
        auto twin = rule("z-twin", "p6", TargetKind::Room, "hallway-1", 4);
        const ScheduleIndex index(school({onRoom, newer, twin}));
        const auto d = index.decide({"hallway-1", ""}, t);
        REQUIRE(d.candidates.size() == 3);
        CHECK(d.rule->id == "a-newer");
        CHECK(d.candidates[1].rule->id == "z-twin");
        CHECK(d.candidates[1].lostBecause ==
              "older (created 2026-09-01 08:00:00 < 2026-10-01 09:30:00)");
        CHECK(d.candidates[2].rule->id == "on-room");
        CHECK(precedes(twin, onRoom));
        CHECK_FALSE(precedes(onRoom, twin));
        CHECK(ScheduleIndex(school({onRoom, twin}))
                  .decide({"hallway-1", ""}, t)
                  .candidates[1]
                  .lostBecause == "smaller id (on-room < z-twin)");
    }
    SUBCASE("a rule for another display or room does not apply") {
        const ScheduleIndex index(school({onDisplay, onRoom}));
        CHECK(winner(index, "hallway-2", t) == "(default fallback)");
        CHECK(index.decide({"hallway-1", "d-other"}, t).rule->id == "on-room");
    }
}

TEST_CASE("Schedule: spring forward in New York, 2026-03-08") {
    const ScheduleIndex index(school({
        rule("early", "e", TargetKind::Room, "hallway-1", 1, "Sun", "01:30-03:30"),
        rule("in-gap", "g", TargetKind::Room, "hallway-2", 1, "Sun", "02:30-04:00"),
    }));
    const auto first = index.decide({"hallway-1", ""}, at("2026-03-08T01:45"));
    REQUIRE(first.rule);
    CHECK(local(first.epoch) == "2026-03-08 01:30:00 EST");
    SUBCASE("the window ends at 03:30 EDT: an hour shorter than on the wall") {
        CHECK(local(first.validUntil) == "2026-03-08 03:30:00 EDT");
        CHECK(first.validUntil - first.epoch == 1h);
    }
    SUBCASE("03:10 EDT is inside the window, with the same epoch") {
        const auto d = index.decide({"hallway-1", ""}, at("2026-03-08T03:10"));
        REQUIRE(d.rule);
        CHECK(d.epoch == first.epoch);
        CHECK(local(d.validUntil) == "2026-03-08 03:30:00 EDT");
    }
    SUBCASE("a window starting in the skipped hour begins at the transition") {
        const auto before = index.decide({"hallway-2", ""}, at("2026-03-08T01:45"));
        CHECK(before.rule == nullptr);
        CHECK(local(before.validUntil) == "2026-03-08 03:00:00 EDT");
        const auto d = index.decide({"hallway-2", ""}, at("2026-03-08T03:00"));
        REQUIRE(d.rule);
        CHECK(local(d.epoch) == "2026-03-08 03:00:00 EDT");
        CHECK(d.epoch == before.validUntil);
    }
    SUBCASE("the local day is 23 hours long") {
        const auto d = index.decide({"room-7b", ""}, at("2026-03-08T12:00"));
        CHECK(local(d.epoch) == "2026-03-08 00:00:00 EST");
        CHECK(d.validUntil - d.epoch == 23h);
    }
}

TEST_CASE("Schedule: fall back in New York, 2026-11-01") {
    const ScheduleIndex index(
        school({rule("repeat", "r", TargetKind::Room, "hallway-1", 1, "Sun", "01:00-02:00")}));
    const auto edt = index.decide({"hallway-1", ""}, at("2026-11-01T05:10", "UTC")); // 01:10 EDT
    REQUIRE(edt.rule);
    CHECK(local(edt.epoch) == "2026-11-01 01:00:00 EDT");
    SUBCASE("the window lasts two hours, to 02:00 EST") {
        CHECK(local(edt.validUntil) == "2026-11-01 02:00:00 EST");
        CHECK(edt.validUntil - edt.epoch == 2h);
    }
    SUBCASE("the repeated hour keeps the first 01:00 as its epoch") {
        const auto est = index.decide({"hallway-1", ""}, at("2026-11-01T06:30", "UTC"));
        CHECK(local(at("2026-11-01T06:30", "UTC")) == "2026-11-01 01:30:00 EST");
        REQUIRE(est.rule);
        CHECK(est.epoch == edt.epoch);
        CHECK(winner(index, "hallway-1", at("2026-11-01T07:00", "UTC")) == "(default fallback)");
    }
    SUBCASE("the local day is 25 hours long") {
        const auto d = index.decide({"room-7b", ""}, at("2026-11-01T12:00"));
        CHECK(d.validUntil - d.epoch == 25h);
    }
}

TEST_CASE("Schedule: schools in other zones decide the same instant by their own clocks") {
    const std::vector<ScheduleRule> rules = {
        rule("mornings", "m", TargetKind::Room, "hallway-1", 1, "Mon-Fri", "07:30-08:30"),
        rule("evening", "e", TargetKind::Room, "hallway-1", 1, "Mon", "19:00-20:00")};
    const auto t = at("2026-11-23T06:45", "UTC");
    const ScheduleIndex newYork(school(rules));
    const ScheduleIndex berlin(school(rules, "Europe/Berlin"));
    const ScheduleIndex auckland(school(rules, "Pacific/Auckland"));
    CHECK(winner(newYork, "hallway-1", t) == "(default fallback)"); // 01:45 EST
    CHECK(winner(berlin, "hallway-1", t) == "mornings");            // 07:45 CET
    CHECK(winner(auckland, "hallway-1", t) == "evening");           // Monday 19:45 NZDT
    const auto d = berlin.decide({"hallway-1", ""}, t);
    CHECK(local(d.epoch, "Europe/Berlin") == "2026-11-23 07:30:00 CET");
    CHECK(local(d.validUntil, "UTC") == "2026-11-23 07:30:00 UTC");
    SUBCASE("an unknown zone falls back to UTC") {
        const ScheduleIndex utc(school(rules, "Mars/Olympus_Mons"));
        CHECK(winner(utc, "hallway-1", at("2026-11-23T07:45", "UTC")) == "mornings");
    }
}

TEST_CASE("Schedule: groups of a room, sorted") {
    const ScheduleIndex index(school({}));
    CHECK(index.groupsOf("hallway-1") == std::vector<std::string>{"hallways", "wing-7"});
    CHECK(index.groupsOf("room-7b") == std::vector<std::string>{"wing-7"});
    CHECK(index.groupsOf("gym").empty());
}

TEST_CASE("Schedule: weekday sets and time windows as text") {
    CHECK(formatWeekdays(WeekdaySet{0x1f}) == "Mon-Fri");
    CHECK(formatWeekdays(WeekdaySet{0x15}) == "Mon,Wed,Fri");
    CHECK(formatWeekdays(WeekdaySet{0x7f}) == "every day");
    CHECK(formatWeekdays(WeekdaySet{0x67}) == "Mon-Wed,Sat,Sun");
    CHECK(formatWeekdays(WeekdaySet{0}) == "no days");
    CHECK(parseWeekdays("Mon-Fri") == WeekdaySet{0x1f});
    CHECK(parseWeekdays(" mon, WED ,friday") == WeekdaySet{0x15});
    CHECK(parseWeekdays("weekends") == WeekdaySet{0x60});
    CHECK(parseWeekdays("weekdays") == WeekdaySet{0x1f});
    CHECK(parseWeekdays("every day") == WeekdaySet{0x7f});
    CHECK(parseWeekdays("Fri-Mon") == WeekdaySet{0x71});
    for (std::uint8_t bits = 1; bits < 0x80; ++bits)
        CHECK(parseWeekdays(formatWeekdays(WeekdaySet{bits})) == WeekdaySet{bits});
    CHECK_FALSE(parseWeekdays(""));
    CHECK_FALSE(parseWeekdays("Mon,,Tue"));
    CHECK_FALSE(parseWeekdays("M"));
    CHECK_FALSE(parseWeekdays("Funday"));

    CHECK(parseTimeWindow("07:30-08:30") == TimeWindow{450, 510});
    CHECK(parseTimeWindow("22:00-06:00") == TimeWindow{1320, 360});
    CHECK(parseTimeWindow("7:05 - 9:00") == TimeWindow{425, 540});
    CHECK(parseTimeWindow("18:00-24:00") == TimeWindow{1080, 1440});
    CHECK(parseTimeWindow("18:00-00:00") == TimeWindow{1080, 1440});
    CHECK(parseTimeWindow("all-day") == TimeWindow{0, 1440});
    CHECK_FALSE(parseTimeWindow("08:00-08:00"));
    CHECK_FALSE(parseTimeWindow("24:00-06:00"));
    CHECK_FALSE(parseTimeWindow("07:60-08:00"));
    CHECK_FALSE(parseTimeWindow("0730-0830"));
    CHECK(formatTimeWindow({1320, 360}) == "22:00-06:00");
    CHECK(formatTimeWindow({1080, 1440}) == "18:00-24:00");
    CHECK(formatTimeWindow({0, 1440}) == "all-day");
}
