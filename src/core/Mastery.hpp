#pragma once
// A learner's current level on a competency, derived from the evidence. Mastery-based schools
// differ in how they turn a trail of evidence into one level (most recent, decaying average,
// highest of the last three, …); MasteryMethod names the rule so others can join later. Only
// MostRecent is implemented: the level of the latest evidence on or before the date, and on a tie
// of dates the higher level (a revision on the same day counts in the learner's favour).
#include "core/Content.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lantern {



// 'most-recent' | 'highest' | 'decaying-average' | 'times-at-mastery' (store, content file, CLI).
[[nodiscard]] const char* masteryMethodName(MasteryMethod method);
[[nodiscard]] std::optional<MasteryMethod> parseMasteryMethod(std::string_view name);

// Evidence indexed by (learner, competency), for repeated "level as of" questions.
class MasteryIndex {
public:
    explicit MasteryIndex(const std::vector<Evidence>& evidence);

    // The level as of `asOf` (inclusive), or nullopt when there is no evidence by then.
    [[nodiscard]] std::optional<int>
    levelAsOf(const std::string& learnerId, const std::string& competencyId, Days asOf,
              MasteryMethod method = MasteryMethod::MostRecent) const;

    // The earliest evidence date of all, or nullopt when there is no evidence.
    [[nodiscard]] std::optional<Days> firstDate() const { return m_firstDate; }

private:
    struct Entry {
        Days date;
        int level;
    };
    // Each list sorted by date, then level, ascending.
    std::map<std::pair<std::string, std::string>, std::vector<Entry>> m_byLearnerCompetency;
    std::optional<Days> m_firstDate;
};

// One-off form of MasteryIndex::levelAsOf.
[[nodiscard]] std::optional<int> levelAsOf(const std::vector<Evidence>& evidence,
                                           const std::string& learnerId,
                                           const std::string& competencyId, Days asOf,
                                           MasteryMethod method = MasteryMethod::MostRecent);

} // namespace lantern
