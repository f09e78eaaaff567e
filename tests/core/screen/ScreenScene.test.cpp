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
