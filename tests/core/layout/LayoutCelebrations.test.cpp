#include "core/layout/SceneJson.hpp"
#include "core/layout/SlideLayout.hpp"

#include "support/LayoutTestSupport.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace lantern;
using lantern::testing::WideMeasurer;

namespace {

CelebrationCard card(int i) {
    return {"c" + std::to_string(i),
            "growth",
            {{"en", "Revised a lab report until the evidence matched the claim."}},
            {{"en", "a 7th grader"}},
            {{"en", "Perseverance"}},
            "#e07a5f"};
}

Slide wall(int cards) {
    CelebrationSlideData d;
    for (int i = 0; i < cards; ++i)
        d.cards.push_back(card(i));
    d.page = 1;
    d.pageCount = 1;
    return Slide{"celebrations/1", SlideKind::Celebrations, "wall", {}, d};
}

Slide habit() {
    HabitSlideData h;
    h.habitId = "grit";
    h.name = {{"en", "Perseverance"}};
    h.meaning = {{"en", "I keep going when learning gets hard."}};
    return Slide{"habit/grit", SlideKind::Habit, "habit", {}, h};
}

// The distinct entrances of a Scene's animated items, in item order.
std::vector<SceneEnter> entrances(const Scene& scene) {
    std::vector<SceneEnter> out;
    for (const auto& item : scene.items) {
        const SceneEnter& e = enterOf(item);
        if (e.animated() && (out.empty() || !(out.back() == e))) out.push_back(e);
    }
    return out;
}

} // namespace

TEST_CASE("LayoutCelebrations: wall cards enter one after another, the title stays still") {
    WideMeasurer m;
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}, std::pair{1280, 720}}) {
        CAPTURE(w);
        const LayoutContext ctx{w, h, {"en"}, m};
        const Scene scene = layoutSlide(wall(6), ctx);
        const auto enters = entrances(scene);
        REQUIRE(enters.size() == 6);
        const float rise = std::round(24.f * static_cast<float>(std::min(w, h)) / 1080.f);
        for (std::size_t i = 0; i < enters.size(); ++i) {
            CHECK(enters[i].delayMs == static_cast<int>(i) * 120);
            CHECK(enters[i].durationMs == 400);
            CHECK(enters[i].rise == doctest::Approx(rise));
        }
        CHECK(enterEndMs(scene) == 1000);
        CHECK(enterEndMs(scene) < 1500);
        CHECK_FALSE(enterOf(scene.items.front()).animated()); // the title panel
        // Every item of a card shares its card's entrance: 6 groups, contiguous.
        std::set<int> delays;
        for (const auto& item : scene.items)
            if (enterOf(item).animated()) delays.insert(enterOf(item).delayMs);
        CHECK(delays.size() == 6);
    }
}

TEST_CASE("LayoutCelebrations: other slides have no entrance") {
    WideMeasurer m;
    const LayoutContext ctx{1920, 1080, {"en"}, m};
    const Scene scene = layoutSlide(habit(), ctx);
    CHECK(enterEndMs(scene) == 0);
    for (const auto& item : scene.items)
        CHECK_FALSE(enterOf(item).animated());
    CHECK(sceneToJsonText(scene).find("\"enter\"") == std::string::npos);
}

TEST_CASE("LayoutCelebrations: the Scene JSON carries each card item's entrance") {
    WideMeasurer m;
    const LayoutContext ctx{1920, 1080, {"en"}, m};
    const auto json = sceneToJson(layoutSlide(wall(2), ctx));
    const auto& items = json["items"];
    CHECK_FALSE(items.front().contains("enter"));
    const auto& last = items.back();
    REQUIRE(last.contains("enter"));
    CHECK(last["enter"]["delay_ms"] == 120);
    CHECK(last["enter"]["duration_ms"] == 400);
    CHECK(last["enter"]["rise"] == 24);
}
