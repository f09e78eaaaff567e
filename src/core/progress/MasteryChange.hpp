#pragma once
// A change to how the school works out current levels, as `lantern mastery set` and the
// overlay's mastery panel ask for it. One rule for both: the values checked here, in one order.
#include "core/model/Content.hpp"

#include <optional>
#include <string>

namespace lantern {

// Every field left unset stays as it is.
struct MasteryChange {
    std::optional<std::string> method;    // a masteryMethodName ("decaying-average", …)
    std::optional<double> decayWeight;    // strictly between 0 and 1
    std::optional<int> timesNeeded;       // at least 1
    std::optional<int> masteredRank;      // a rank the scale has
    std::optional<std::string> termStart; // YYYY-MM-DD, or "none" for the first evidence date
};

// What is wrong with one field: its name as the command line spells the flag ("method",
// "decay-weight", "times", "mastered-rank", "term-start") and why, in plain words.
struct MasteryChangeProblem {
    std::string field;
    std::string message;
};

// Applies `change` to `scale` and `termStart`, checking the fields in the order above. On the
// first problem nothing is changed and the problem is returned.
[[nodiscard]] std::optional<MasteryChangeProblem>
applyMasteryChange(const MasteryChange& change, MasteryScale& scale,
                   std::optional<Days>& termStart);

} // namespace lantern
