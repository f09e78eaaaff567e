#include "core/layout/Readability.hpp"
#include "core/layout/SlideLayout.hpp"

#include "support/LayoutTestSupport.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace lantern;
using lantern::testing::notoMeasurer;
using lantern::testing::WideMeasurer;

namespace {

const std::vector<std::pair<int, int>> kScreens{
    {1920, 1080}, {1080, 1920}, {1280, 720}, {3840, 2160}};

HabitSlideData habit(int i) {
    static const char* names[][2] = {
        {"Collaboration", "Colaboración"}, {"Responsibility", "Responsabilidad"},
        {"Inquiry", "Indagación"},         {"Service", "Servicio"},
        {"Perseverance", "Perseverancia"}, {"Kindness", "Amabilidad"},
        {"Curiosity", "Curiosidad"},       {"Craftsmanship", "Trabajo bien hecho"}};
    static const char* colors[] = {"#e07a5f", "#3d405b", "#81b29a", "#f2cc8f",
                                   "#6a4c93", "#1982c4", "#8ac926", "#ff595e"};
    HabitSlideData h;
    h.habitId = "h" + std::to_string(i);
    h.name = {{"en", names[i][0]}, {"es", names[i][1]}};
    h.meaning = {{"en", "I keep going when learning gets hard, and I ask for help."},
                 {"es", "Sigo adelante cuando aprender se vuelve difícil, y pido ayuda cuando "
                        "la necesito."}};
    h.color = colors[i];
    return h;
}

Slide overview(int n) {
    HabitsOverviewSlideData d;
    for (int i = 0; i < n; ++i)
        d.habits.push_back(habit(i));
    return Slide{"habits-overview", SlideKind::HabitsOverview, "rule: item 1 of 1", {}, d};
}

std::vector<const SceneText*> texts(const Scene& scene) {
    std::vector<const SceneText*> out;
    for (const auto& item : scene.items)
        if (auto* t = std::get_if<SceneText>(&item)) out.push_back(t);
    return out;
}

void checkReadable(const Slide& slide, const TextMeasurer& m) {
    for (auto [w, h] : kScreens) {
        CAPTURE(w);
        CAPTURE(h);
        Scene scene = layoutSlide(slide, LayoutContext{w, h, {"en", "es"}, m});
        CHECK(scene.slide.kind == "habits-overview");
        auto violations = checkReadability(scene, 28.f, m);
        for (const auto& v : violations)
            MESSAGE(v);
        CHECK(violations.empty());
        std::set<std::string> langs;
        for (const SceneText* t : texts(scene))
            langs.insert(t->lang);
        CHECK(langs == std::set<std::string>{"en", "es"});
    }
}

} // namespace

TEST_CASE("LayoutHabitsOverview: one to eight habits are readable on every screen") {
    WideMeasurer wide;
    auto noto = notoMeasurer();
    for (int n = 1; n <= 8; ++n) {
        CAPTURE(n);
        checkReadable(overview(n), wide);
        if (noto) checkReadable(overview(n), *noto);
    }
}

TEST_CASE("LayoutHabitsOverview: every habit's name and colour are on the slide") {
    WideMeasurer m;
    for (auto [w, h] : kScreens) {
        Scene scene = layoutSlide(overview(8), LayoutContext{w, h, {"en", "es"}, m});
        std::set<std::string> shown;
        for (const SceneText* t : texts(scene))
            shown.insert(t->text);
        std::set<std::string> colors;
        for (const auto& item : scene.items)
            if (auto* r = std::get_if<SceneRect>(&item)) colors.insert(r->color.hex());
        for (int i = 0; i < 8; ++i) {
            const HabitSlideData hd = habit(i);
            CHECK(shown.count(hd.name.at("en")) == 1);
            CHECK(shown.count(hd.name.at("es")) == 1);
            CHECK(colors.count(hd.color) == 1);
        }
    }
}

TEST_CASE("LayoutHabitsOverview: the names share one size, larger with fewer habits") {
    WideMeasurer m;
    auto namePx = [&](int n) {
        Scene scene = layoutSlide(overview(n), LayoutContext{1920, 1080, {"en", "es"}, m});
        std::set<int> sizes;
        for (const SceneText* t : texts(scene))
            if (t->lang == "en" && t->weight == Weight::Bold && t->text != "Habits of a Learner")
                sizes.insert(t->fontPx);
        REQUIRE(sizes.size() == 1);
        return *sizes.begin();
    };
    CHECK(namePx(2) > namePx(8));
}

TEST_CASE("LayoutHabitsOverview: no habits gives a title and no cards, no crash") {
    WideMeasurer m;
    Scene scene = layoutSlide(overview(0), LayoutContext{1920, 1080, {"en", "es"}, m});
    CHECK(checkReadability(scene, 28.f, m).empty());
}
