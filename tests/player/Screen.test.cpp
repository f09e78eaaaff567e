#include "player/Screen.hpp"

#include "core/demo/DemoSchool.hpp"
#include "core/layout/SceneJson.hpp"
#include "core/model/LocalTime.hpp"
#include "core/text/FontLocator.hpp"
#include "core/text/TextEngine.hpp"
#include "store/Store.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace lantern;

namespace {

const Days kToday = Days{std::chrono::year{2026} / 11 / 20};

SchoolContent demoThroughStore(std::uint64_t seed) {
    auto store = Store::open(":memory:");
    store.replaceContent(makeDemoSchool(DemoOptions{400, seed, kToday}));
    return store.loadContent();
}

std::unique_ptr<TextEngine> metrics() {
    auto choice = locateFonts();
    REQUIRE(choice);
    return TextEngine::open(choice->files);
}

ScreenPlan planFor(const SchoolContent& content, const std::string& room, Instant at) {
    return ScreenPlanner(content, PrivacyPolicy{}).plan({room, ""}, at);
}

Scene sceneAt(const ScreenPlan& plan, Instant at, int w, int h, const TextMeasurer& m) {
    return sceneFor(momentAt(plan, {}, at), plan, w, h, m);
}

Settings settingsFor(const std::string& room) {
    Settings s;
    s.config.room = room;
    return s;
}

} // namespace

TEST_CASE("Screen: the same database, room and time give the same Scene, byte for byte") {
    auto m = metrics();
    auto at = *parseLocalTime("2026-11-23T08:15:00", "America/New_York");
    auto a = demoThroughStore(7), b = demoThroughStore(7);
    auto room = requireRoom(a, settingsFor("hallway-1"));
    auto planA = planFor(a, room.id, at);
    auto planB = planFor(b, room.id, at);
    auto jsonA = sceneToJsonText(sceneAt(planA, at, 1920, 1080, *m));
    CHECK(jsonA == sceneToJsonText(sceneAt(planB, at, 1920, 1080, *m)));
    CHECK(jsonA.find("\"kind\"") != std::string::npos);
    SUBCASE("a minute later the hallway shows another slide") {
        auto later = at + std::chrono::minutes(1);
        CHECK(sceneToJsonText(sceneAt(planA, later, 1920, 1080, *m)) != jsonA);
    }
}

TEST_CASE("Screen: the rooms of the demo cycle through every slide kind of the default") {
    auto content = demoThroughStore(1);
    // After lunch no rule of the demo runs: every room plays its default.
    auto at = *parseLocalTime("2026-11-23T13:30:00", "America/New_York");
    std::set<std::string> kinds;
    for (const auto& room : content.rooms) {
        auto plan = planFor(content, room.id, at);
        REQUIRE_FALSE(plan.slides.empty());
        for (const auto& s : plan.slides)
            kinds.insert(slideKindName(s.kind));
    }
    // Shared rooms (hallways, entrance, cafeteria) also carry student voice.
    CHECK(kinds == std::set<std::string>{"habit", "progress", "celebrations", "quote"});
}

TEST_CASE("Screen: the why names the slide's place in the cycle and its local times") {
    auto content = demoThroughStore(1);
    auto at = *parseLocalTime("2026-11-23T13:30:00", "America/New_York");
    auto plan = planFor(content, "hallway-2", at);
    auto slide = describedSlide(plan, momentAt(plan, {}, at));
    CHECK(slide.why.find("hallway-2") != std::string::npos);
    CHECK(slide.why.find(" of " + std::to_string(plan.slides.size())) != std::string::npos);
    CHECK(slide.why.find("2026-11-23 00:00:00 EST") != std::string::npos);
}

TEST_CASE("Screen: an empty school shows a welcome slide rather than nothing") {
    SchoolContent empty;
    empty.school.name = "New School";
    Room entrance;
    entrance.id = "entrance";
    entrance.name = "Entrance";
    entrance.kind = "entrance";
    empty.rooms.push_back(entrance);
    auto at = *parseLocalTime("2026-11-23T08:15:00", "America/New_York");
    auto plan = planFor(empty, "entrance", at);
    REQUIRE(plan.slides.size() == 1);
    CHECK(plan.slides[0].id == "welcome");
    auto m = metrics();
    auto scene = sceneAt(plan, at, 1920, 1080, *m);
    CHECK_FALSE(scene.items.empty());
}

TEST_CASE("Screen: unknown rooms and unparsable times are the user's errors (status 2)") {
    auto content = demoThroughStore(1);
    try {
        (void)requireRoom(content, settingsFor("gym"));
        FAIL("expected an error");
    } catch (const CommandError& e) {
        CHECK(e.status == 2);
        CHECK(std::string(e.what()).find("unknown room 'gym'") != std::string::npos);
        CHECK(std::string(e.what()).find("hallway-1") != std::string::npos);
    }
    CHECK_THROWS_AS((void)parseAtFlag("tomorrow", "America/New_York"), CommandError);
}
