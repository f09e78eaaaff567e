#include "core/screen/ScreenPlan.hpp"

#include "core/alerts/Alerts.hpp"
#include "core/demo/DemoSchool.hpp"
#include "core/model/LocalTime.hpp"
#include "core/schedule/PlaylistExpand.hpp"

#include "support/LocalTimeSupport.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using namespace std::chrono_literals;
using lantern::testing::at;

namespace {

const Days kToday{std::chrono::year{2026} / 11 / 20};

SchoolContent demo() {
    return makeDemoSchool(DemoOptions{200, 1, kToday});
}

bool hasKind(const ScreenPlan& plan, SlideKind kind) {
    for (const auto& s : plan.slides)
        if (s.kind == kind) return true;
    return false;
}

} // namespace

TEST_CASE("ScreenPlan: the winning rule's playlist plays from its window's start") {
    ScreenPlanner planner(demo(), PrivacyPolicy{});
    auto plan = planner.plan({"hallway-1", ""}, at("2026-11-23T07:40:00"));
    CHECK(plan.ruleId == "morning-arrival");
    CHECK(plan.epoch == at("2026-11-23T07:00:00"));
    CHECK(plan.validUntil == at("2026-11-23T08:15:00"));
    CHECK(hasKind(plan, SlideKind::Mission));
    SUBCASE("the slide on screen never runs past the plan") {
        auto pos = positionAt(plan, at("2026-11-23T08:14:59"));
        CHECK(pos.end <= plan.validUntil);
    }
}

TEST_CASE("ScreenPlan: a display's own rule applies to that display only") {
    ScreenPlanner planner(demo(), PrivacyPolicy{});
    const Instant monday = at("2026-11-23T08:40:00"); // 7B advisory, Mon/Wed/Fri 08:30-09:15
    CHECK(planner.plan({"classroom-7b", "tv-classroom-7b"}, monday).ruleId == "advisory-7b");
    CHECK(planner.plan({"classroom-7b", ""}, monday).ruleId.empty());
    CHECK(planner.plan({"classroom-7b", "tv-classroom-7b"}, at("2026-11-24T08:40:00"))
              .ruleId.empty()); // Tuesday
}

TEST_CASE("ScreenPlan: a rule whose playlist has nothing today falls back to the default") {
    auto content = demo();
    content.announcements.clear();
    for (auto& p : content.playlists)
        if (p.id == "innovation-night")
            p.items = {PlaylistItem{ItemSource::Announcements, "", std::nullopt}};
    ScreenPlanner planner(content, PrivacyPolicy{});
    auto plan = planner.plan({"entrance", ""}, at("2026-12-03T18:00:00"));
    CHECK(plan.ruleId == "innovation-night-doors");
    REQUIRE_FALSE(plan.slides.empty());
    CHECK(plan.why.find("nothing to show") != std::string::npos);
    CHECK(hasKind(plan, SlideKind::Habit)); // the built-in default
}

TEST_CASE("ScreenPlan: an empty school shows a welcome slide") {
    SchoolContent empty;
    Room r;
    r.id = "entrance";
    empty.rooms.push_back(r);
    ScreenPlanner planner(empty, PrivacyPolicy{});
    auto plan = planner.plan({"entrance", ""}, at("2026-11-23T09:00:00"));
    REQUIRE(plan.slides.size() == 1);
    CHECK(plan.slides[0].id == "welcome");
}

TEST_CASE("ScreenPlan: a room's own languages replace the school's; the config's replace both") {
    auto content = demo();
    for (auto& r : content.rooms)
        if (r.id == "hallway-1") r.languages = {"es", "en"};
    CHECK(ScreenPlanner(content, PrivacyPolicy{})
              .plan({"hallway-1", ""}, at("2026-11-23T09:00:00"))
              .languages == std::vector<std::string>{"es", "en"});
    CHECK(ScreenPlanner(content, PrivacyPolicy{}, {"en"})
              .plan({"hallway-1", ""}, at("2026-11-23T09:00:00"))
              .languages == std::vector<std::string>{"en"});
}

TEST_CASE("ScreenPlan: an alert outranks power hours; dark hours outrank slides") {
    ScreenPlanner planner(demo(), PrivacyPolicy{});
    const Instant night = at("2026-11-23T22:00:00");
    auto plan = planner.plan({"cafeteria", ""}, night);
    auto dark = momentAt(plan, {}, night);
    CHECK(dark.mode == ScreenMode::Dark);
    CHECK(dark.slide.id == "dark/clock"); // the cafeteria shows a dim clock
    CHECK(dark.end == at("2026-11-23T22:01:00"));

    auto lockdown = builtInAlert(AlertKind::Lockdown, std::nullopt, {"hallways"}, night - 1min);
    CHECK(momentAt(plan, {lockdown}, night).mode == ScreenMode::Dark); // not for the cafeteria
    auto everywhere = builtInAlert(AlertKind::Lockdown, std::nullopt, {}, night - 1min);
    auto shown = momentAt(plan, {everywhere}, night);
    CHECK(shown.mode == ScreenMode::Alert);
    REQUIRE(shown.alert);
    CHECK(shown.alert->kind == AlertKind::Lockdown);

    everywhere.clearedAt = night - 10s;
    CHECK(momentAt(plan, {everywhere}, night).mode == ScreenMode::Dark);
}

TEST_CASE("ScreenPlan: the same content, screen and moment give the same slide") {
    const Instant t = at("2026-11-23T10:17:31");
    ScreenPlanner a(demo(), PrivacyPolicy{}), b(demo(), PrivacyPolicy{});
    auto planA = a.plan({"hallway-2", ""}, t), planB = b.plan({"hallway-2", ""}, t);
    auto ma = momentAt(planA, {}, t), mb = momentAt(planB, {}, t);
    CHECK(ma.slide.id == mb.slide.id);
    CHECK(ma.start == mb.start);
    CHECK(ma.end == mb.end);
}

TEST_CASE("ScreenPlan: a planner focused on one room plans every moment as an unfocused one") {
    const auto content = demo();
    ScreenPlanner everything(content, PrivacyPolicy{});
    for (const auto& room : content.rooms) {
        ScreenPlanner focused(content, PrivacyPolicy{});
        focused.focusOn(room.id);
        for (const char* t : {"2026-11-23T07:55:00", "2026-11-23T08:20:00", "2026-11-23T08:31:00",
                              "2026-11-23T12:10:00"}) {
            const auto a = focused.plan({room.id, ""}, at(t));
            const auto b = everything.plan({room.id, ""}, at(t));
            CAPTURE(room.id);
            CAPTURE(t);
            REQUIRE(a.slides.size() == b.slides.size());
            for (std::size_t i = 0; i < a.slides.size(); ++i)
                CHECK(a.slides[i].id == b.slides[i].id);
        }
    }
}

TEST_CASE("ScreenPlan: a room's scope holds its own section and the sections its playlists name") {
    auto content = demo();
    Room room;
    room.id = "room-x";
    room.sectionId = "7b";
    auto scope = scopeForRoom(content, room);
    REQUIRE(scope.sections);
    CHECK(scope.sections->contains("7b"));
    content.playlists.push_back({"p-x", "X", {{ItemSource::ClassWall, "8a", std::nullopt}}});
    scope = scopeForRoom(content, room);
    REQUIRE(scope.sections);
    CHECK(scope.sections->contains("8a"));
    content.playlists.back().items.push_back({ItemSource::Fixed, "class-wall/6a", std::nullopt});
    CHECK_FALSE(scopeForRoom(content, room).sections.has_value());
}
