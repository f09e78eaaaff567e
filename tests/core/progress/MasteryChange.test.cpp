#include "core/progress/MasteryChange.hpp"

#include <doctest/doctest.h>

using namespace lantern;

namespace {

MasteryScale fourLevels() {
    MasteryScale s;
    for (int rank = 1; rank <= 4; ++rank)
        s.levels.push_back(
            MasteryLevel{rank, {{"en", "Level " + std::to_string(rank)}}, "#888888"});
    return s;
}

} // namespace

TEST_CASE("MasteryChange: every field given is applied; the rest stay") {
    MasteryScale scale = fourLevels();
    std::optional<Days> start;
    MasteryChange change;
    change.method = "decaying-average";
    change.decayWeight = 0.7;
    change.masteredRank = 4;
    change.termStart = "2026-09-08";
    REQUIRE_FALSE(applyMasteryChange(change, scale, start));
    CHECK(scale.method == MasteryMethod::DecayingAverage);
    CHECK(scale.decayWeight == doctest::Approx(0.7));
    CHECK(scale.timesNeeded == 2);
    CHECK(scale.masteredRank == 4);
    CHECK(start == Days{std::chrono::year{2026} / 9 / 8});
    MasteryChange none;
    none.termStart = "none";
    REQUIRE_FALSE(applyMasteryChange(none, scale, start));
    CHECK_FALSE(start);
    CHECK(scale.method == MasteryMethod::DecayingAverage);
}

TEST_CASE("MasteryChange: a bad value names its field and changes nothing") {
    const MasteryScale before = fourLevels();
    const std::optional<Days> startBefore = Days{std::chrono::year{2026} / 9 / 1};
    struct Case {
        MasteryChange change;
        std::string field, message;
    };
    std::vector<Case> cases(5);
    cases[0].change.method = "best";
    cases[0].field = "method";
    cases[0].message = "'best' is not one of most-recent, highest, decaying-average, "
                       "times-at-mastery";
    cases[1].change.decayWeight = 1.0;
    cases[1].field = "decay-weight";
    cases[1].message = "must be between 0 and 1, e.g. 0.65";
    cases[2].change.timesNeeded = 0;
    cases[2].field = "times";
    cases[2].message = "must be 1 or more";
    cases[3].change.masteredRank = 7;
    cases[3].field = "mastered-rank";
    cases[3].message = "the scale has no level of rank 7";
    cases[4].change.termStart = "9/8/2026";
    cases[4].field = "term-start";
    cases[4].message = "'9/8/2026' is not a date (YYYY-MM-DD)";
    for (auto& c : cases) {
        c.change.timesNeeded = c.change.timesNeeded.value_or(5); // a good value beside the bad one
        MasteryScale scale = before;
        std::optional<Days> start = startBefore;
        const auto problem = applyMasteryChange(c.change, scale, start);
        CAPTURE(c.field);
        REQUIRE(problem);
        CHECK(problem->field == c.field);
        CHECK(problem->message == c.message);
        CHECK(scale.timesNeeded == before.timesNeeded);
        CHECK(start == startBefore);
    }
}
