#include "core/progress/MasteryChange.hpp"

#include "core/model/LocalTime.hpp"
#include "core/progress/Mastery.hpp"

#include <algorithm>

namespace lantern {
namespace {

using Problem = std::optional<MasteryChangeProblem>;

Problem applyMethod(const MasteryChange& c, MasteryScale& scale) {
    if (!c.method) return std::nullopt;
    const auto method = parseMasteryMethod(*c.method);
    if (!method)
        return MasteryChangeProblem{"method", "'" + *c.method +
                                                  "' is not one of most-recent, highest, "
                                                  "decaying-average, times-at-mastery"};
    scale.method = *method;
    return std::nullopt;
}

Problem applyParameters(const MasteryChange& c, MasteryScale& scale) {
    if (c.decayWeight) {
        if (!(*c.decayWeight > 0 && *c.decayWeight < 1))
            return MasteryChangeProblem{"decay-weight", "must be between 0 and 1, e.g. 0.65"};
        scale.decayWeight = *c.decayWeight;
    }
    if (c.timesNeeded) {
        if (*c.timesNeeded < 1) return MasteryChangeProblem{"times", "must be 1 or more"};
        scale.timesNeeded = *c.timesNeeded;
    }
    return std::nullopt;
}

Problem applyMasteredRank(const MasteryChange& c, MasteryScale& scale) {
    if (!c.masteredRank) return std::nullopt;
    const bool known =
        std::any_of(scale.levels.begin(), scale.levels.end(),
                    [&](const MasteryLevel& l) { return l.rank == *c.masteredRank; });
    if (!known)
        return MasteryChangeProblem{"mastered-rank", "the scale has no level of rank " +
                                                         std::to_string(*c.masteredRank)};
    scale.masteredRank = *c.masteredRank;
    return std::nullopt;
}

Problem applyTermStart(const MasteryChange& c, std::optional<Days>& termStart) {
    if (!c.termStart) return std::nullopt;
    if (*c.termStart == "none") {
        termStart.reset();
    } else if (const auto day = parseDate(*c.termStart)) {
        termStart = *day;
    } else {
        return MasteryChangeProblem{"term-start",
                                    "'" + *c.termStart + "' is not a date (YYYY-MM-DD)"};
    }
    return std::nullopt;
}

} // namespace

std::optional<MasteryChangeProblem> applyMasteryChange(const MasteryChange& change,
                                                       MasteryScale& scale,
                                                       std::optional<Days>& termStart) {
    MasteryScale nextScale = scale;
    std::optional<Days> nextStart = termStart;
    if (auto problem = applyMethod(change, nextScale)) return problem;
    if (auto problem = applyParameters(change, nextScale)) return problem;
    if (auto problem = applyMasteredRank(change, nextScale)) return problem;
    if (auto problem = applyTermStart(change, nextStart)) return problem;
    scale = std::move(nextScale);
    termStart = nextStart;
    return std::nullopt;
}

} // namespace lantern
