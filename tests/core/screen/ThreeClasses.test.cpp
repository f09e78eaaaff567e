// A new school's grade of three classes, 12, 23 and 3 learners, with k = 10: the case that once
// hid Room 201's own wall every day. Played on all its screens, through the planner and the
// layouts, as the school would see it.
#include "core/screen/ScreenScene.hpp"

#include "support/LayoutTestSupport.hpp"
#include "support/LocalTimeSupport.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace lantern;
using lantern::testing::at;

namespace {

const Days kTermStart{std::chrono::year{2026} / 9 / 8};

SchoolContent threeClasses() {
    SchoolContent c;
    c.school.name = "New School";
    c.school.termStart = kTermStart;
    c.scale.masteredRank = 3;
    c.scale.levels = {{1, {{"en", "Beginning"}, {"es", "Inicial"}}, "#d55e00"},
                      {2, {{"en", "Developing"}, {"es", "En desarrollo"}}, "#e69f00"},
                      {3, {{"en", "Proficient"}, {"es", "Competente"}}, "#56b4e9"},
                      {4, {{"en", "Extending"}, {"es", "Avanzado"}}, "#0072b2"}};
    c.domains = {{"math", "MATH", {{"en", "Math"}, {"es", "Matemáticas"}}, 0}};
    c.competencies = {{"m1", "math", "M.1", {{"en", "Ratios"}, {"es", "Razones"}}, {}, 0},
                      {"m2", "math", "M.2", {{"en", "Equations"}, {"es", "Ecuaciones"}}, {}, 1}};
    int n = 0;
    for (const auto& [section, size] : {std::pair{"201", 12}, {"202", 23}, {"203", 3}}) {
        c.sections.push_back({section, std::string("Room ") + section, 7});
        Room room;
        room.id = std::string("room-") + section;
        room.name = std::string("Room ") + section;
        room.kind = "classroom";
        room.sectionId = section;
        c.rooms.push_back(room);
        for (int i = 0; i < size; ++i, ++n) {
            const std::string id = "L" + std::to_string(n);
            c.learners.push_back({id, "Kid", "Fam" + id, 7, section, false});
            for (const char* comp : {"m1", "m2"}) {
                c.evidence.push_back({id, comp, 1 + n % 3, kTermStart + std::chrono::days{2}});
                c.evidence.push_back(
                    {id, comp, 1 + (n * 7) % 4, kTermStart + std::chrono::days{40}});
            }
        }
    }
    Room hall;
    hall.id = "hallway-7";
    hall.name = "Grade 7 hallway";
    hall.kind = "hallway";
    hall.grade = 7;
    c.rooms.push_back(hall);
    return c;
}

// Every slide a room plays today, laid out, with its texts.
struct Played {
    std::vector<Slide> slides;
    std::vector<std::string> texts;
};

Played play(ScreenPlanner& planner, const std::string& room) {
    testing::WideMeasurer measurer;
    const Instant t = at("2026-11-23T10:00:00");
    const auto plan = planner.plan({room, ""}, t);
    Played out{plan.slides, {}};
    for (const auto& s : plan.slides)
        for (const auto& item : slideScene(s, plan, 1920, 1080, measurer).items)
            if (const auto* text = std::get_if<SceneText>(&item)) out.texts.push_back(text->text);
    return out;
}

bool has(const Played& p, const std::string& text) {
    return std::any_of(p.texts.begin(), p.texts.end(),
                       [&](const std::string& t) { return t.find(text) != std::string::npos; });
}

} // namespace

TEST_CASE("ThreeClasses: each class of k shows its own wall; the grade leaves the small one out "
          "and says so; the small class's room shows its grade instead") {
    ScreenPlanner planner(threeClasses(), *PrivacyPolicy::make(10).policy);

    for (const char* room : {"room-201", "room-202"}) {
        CAPTURE(room);
        const Played p = play(planner, room);
        const auto progress = std::count_if(p.slides.begin(), p.slides.end(), [](const Slide& s) {
            return s.kind == SlideKind::Progress &&
                   !std::get<ProgressSlideData>(s.data).suppressed &&
                   std::get<ProgressSlideData>(s.data).groupKind == "section";
        });
        CHECK(progress > 0);
        CHECK_FALSE(has(p, "Not shown"));
        CHECK_FALSE(has(p, "smaller group"));
    }

    const Played hallway = play(planner, "hallway-7");
    CHECK(has(hallway, "Learners in classes under 10 are not counted here"));
    CHECK(has(hallway, "Aquí no se cuentan los estudiantes de clases de menos de 10"));
    CHECK_FALSE(has(hallway, "Not shown"));

    const Played small = play(planner, "room-203");
    REQUIRE_FALSE(small.slides.empty());
    for (const auto& s : small.slides) {
        if (s.kind != SlideKind::Progress) continue;
        const auto& data = std::get<ProgressSlideData>(s.data);
        CHECK(data.groupKind == "grade"); // its grade's figures, never a slide of "not shown"
        CHECK_FALSE(data.suppressed);
        CHECK(s.why.find("section 203 counts fewer learners than the privacy minimum") !=
              std::string::npos);
    }
    CHECK_FALSE(has(small, "Not shown"));
}
