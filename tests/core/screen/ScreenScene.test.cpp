#include "core/screen/ScreenScene.hpp"

#include "core/alerts/Alerts.hpp"
#include "core/demo/DemoSchool.hpp"

#include "support/LayoutTestSupport.hpp"
#include "support/LocalTimeSupport.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using lantern::testing::at;

namespace {

const Days kToday{std::chrono::year{2026} / 11 / 20};

std::string firstText(const Scene& scene) {
    for (const auto& item : scene.items)
        if (const auto* t = std::get_if<SceneText>(&item)) return t->text;
    return {};
}

} // namespace

TEST_CASE("ScreenScene: the moment decides the layout: alert over everything, dark, or slide") {
    testing::WideMeasurer measurer;
    ScreenPlanner planner(makeDemoSchool(DemoOptions{200, 1, kToday}), PrivacyPolicy{});
    const Instant morning = at("2026-11-23T08:16:00"), night = at("2026-11-23T23:30:00");

    const auto day = planner.plan({"hallway-1", ""}, morning);
    const auto slide = sceneFor(momentAt(day, {}, morning), day, 1920, 1080, measurer);
    CHECK(slide.slide.kind == slideKindName(momentAt(day, {}, morning).slide.kind));
    CHECK(slide.slide.why.find("; slide ") != std::string::npos); // described with its place

    const auto late = planner.plan({"hallway-1", ""}, night);
    const auto dark = sceneFor(momentAt(late, {}, night), late, 1920, 1080, measurer);
    CHECK(dark.slide.kind == "dark");

    const auto alert = builtInAlert(AlertKind::Lockdown, std::nullopt, {}, morning, "en");
    const auto takeover = sceneFor(momentAt(late, {alert}, night), late, 1920, 1080, measurer);
    CHECK(takeover.slide.kind == "alert");
    CHECK(firstText(takeover) == "Lockdown");
}

TEST_CASE("ScreenScene: slideScene lays out any slide of the plan at the room's distance") {
    testing::WideMeasurer measurer;
    ScreenPlanner planner(makeDemoSchool(DemoOptions{200, 1, kToday}), PrivacyPolicy{});
    const auto plan = planner.plan({"classroom-7b", ""}, at("2026-11-23T10:00:00"));
    REQUIRE_FALSE(plan.slides.empty());
    for (const auto& s : plan.slides) {
        const auto scene = slideScene(s, plan, 1080, 1920, measurer);
        CHECK(scene.width == 1080);
        CHECK(scene.slide.id == s.id);
    }
}

TEST_CASE("ScreenScene: a screen of many languages shows its first and one more, in turn") {
    const std::vector<std::string> two{"en", "es"};
    CHECK(languagesForShowing(two, 0) == two);
    CHECK(languagesForShowing(two, 7) == two);
    CHECK(languagesForShowing({"ar"}, 3) == std::vector<std::string>{"ar"});
    const std::vector<std::string> four{"en", "ar", "bn", "zh-Hans"};
    CHECK(languagesForShowing(four, 0) == std::vector<std::string>{"en", "ar"});
    CHECK(languagesForShowing(four, 1) == std::vector<std::string>{"en", "bn"});
    CHECK(languagesForShowing(four, 2) == std::vector<std::string>{"en", "zh-Hans"});
    CHECK(languagesForShowing(four, 3) == std::vector<std::string>{"en", "ar"});
    CHECK(languagesForShowing(four, -1) == std::vector<std::string>{"en", "zh-Hans"});
}

TEST_CASE("ScreenScene: over consecutive showings every further language gets equal turns") {
    testing::WideMeasurer measurer;
    ScreenPlanner planner(makeDemoSchool(DemoOptions{200, 1, kToday}), PrivacyPolicy{},
                          {"en", "es", "ar", "bn"});
    Instant t = at("2026-11-23T08:16:00");
    const auto plan = planner.plan({"hallway-1", ""}, t);
    std::map<std::string, int> turns;
    long long previous = momentAt(plan, {}, t).showing - 1;
    for (int i = 0; i < 30; ++i) {
        const auto moment = momentAt(plan, {}, t);
        REQUIRE(moment.mode == ScreenMode::Slides);
        CHECK(moment.showing == previous + 1); // every showing counted once
        previous = moment.showing;
        const Scene scene = sceneFor(moment, plan, 1920, 1080, measurer);
        std::set<std::string> langs;
        for (const auto& item : scene.items)
            if (const auto* text = std::get_if<SceneText>(&item); text && !text->lang.empty())
                langs.insert(text->lang);
        CHECK(langs.contains("en"));
        CHECK(langs.size() <= 2);
        for (const auto& lang : langs)
            if (lang != "en") ++turns[lang];
        t = moment.end;
    }
    // 30 showings over three further languages: ten each (a slide with only English text
    // still counts its turn for the language it would have shown).
    int shown = 0;
    for (const auto& [lang, n] : turns) {
        CAPTURE(lang);
        CHECK(n <= 10);
        shown += n;
    }
    CHECK(shown >= 15);
}
