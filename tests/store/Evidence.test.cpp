#include "core/progress/Mastery.hpp"
#include "store/Store.hpp"

#include "StoreFixtures.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using lantern::testing::day;
using lantern::testing::sampleContent;

TEST_CASE("Evidence: loadMasteryData holds the same trails as loadContent's evidence") {
    auto store = Store::open(":memory:");
    SchoolContent content = sampleContent();
    // A same-day pair and rows out of date order, so the lean read has something to sort.
    content.evidence.push_back({"l-1", "math-1", 3, day(2026, 10, 5)});
    content.evidence.push_back({"l-1", "math-1", 2, day(2026, 10, 5)});
    content.evidence.push_back({"l-1", "math-1", 1, day(2026, 9, 1)});
    store.replaceContent(content);

    const MasteryData lean = store.loadMasteryData();
    const MasteryData full = MasteryData::from(store.loadContent().evidence);
    CHECK(lean.evidenceCount() == 6);
    CHECK(lean.firstDate() == day(2026, 9, 1));
    for (const char* learner : {"l-1", "l-2"})
        for (const char* comp : {"math-1", "math-2"}) {
            const auto a =
                lean.trail(lean.learners().find(learner), lean.competencies().find(comp));
            const auto b =
                full.trail(full.learners().find(learner), full.competencies().find(comp));
            CHECK(std::vector<MasteryMark>(a.begin(), a.end()) ==
                  std::vector<MasteryMark>(b.begin(), b.end()));
        }
    const auto trail = lean.trail(lean.learners().find("l-1"), lean.competencies().find("math-1"));
    REQUIRE(trail.size() == 4);
    CHECK(trail[0].date() == day(2026, 9, 1));
    CHECK(trail[2] == MasteryMark{dayNumber(day(2026, 10, 5)), 2});
    CHECK(trail[3] == MasteryMark{dayNumber(day(2026, 10, 5)), 3});
}

TEST_CASE("Evidence: a MasteryIndex over the lean read answers by the school's method") {
    auto store = Store::open(":memory:");
    SchoolContent content = sampleContent();
    content.evidence.push_back({"l-1", "math-1", 3, day(2026, 9, 20)});
    content.evidence.push_back({"l-1", "math-1", 1, day(2026, 10, 5)});
    store.replaceContent(content);
    MasteryScale scale = content.scale;
    scale.method = MasteryMethod::Highest;
    const MasteryIndex highest(store.loadMasteryData(), scale);
    scale.method = MasteryMethod::MostRecent;
    const MasteryIndex recent(store.loadMasteryData(), scale);
    CHECK(highest.levelAsOf("l-1", "math-1", day(2026, 10, 31)) == 3);
    CHECK(recent.levelAsOf("l-1", "math-1", day(2026, 10, 31)) == 1);
    CHECK(recent.levelAsOf("l-1", "math-1", day(2026, 9, 30)) == 3);
    CHECK_FALSE(recent.levelAsOf("l-2", "math-2", day(2026, 10, 31)).has_value());
}

TEST_CASE("Evidence: an empty evidence table gives empty data") {
    auto store = Store::open(":memory:");
    const MasteryData data = store.loadMasteryData();
    CHECK(data.evidenceCount() == 0);
    CHECK(data.firstDate() == std::nullopt);
    CHECK(data.trail(0, 0).empty());
}
