#pragma once
// A learner's current level on a competency, derived from the evidence by the school's method
// (MasteryScale::method and its parameters). The rules, for the trail of evidence dated on or
// before the "as of" day, ordered by date and, on one date, by level ascending (so that on a tie
// of dates the higher level counts as the later one: a same-day revision is in the learner's
// favour):
// - MostRecent: the level of the latest evidence (on a tie of dates, the higher level).
// - Highest: the highest level.
// - DecayingAverage (Canvas "decaying average"): with w = decayWeight clamped to [0, 1], the
//   latest evidence counts w and the plain average of all earlier evidence counts 1 - w; a single
//   piece of evidence is its own level. The result is rounded to the nearest level, halves up.
// - TimesAtMastery (Canvas "n_mastery"): with n = timesNeeded (at least 1) and m = masteredRank,
//   when at least n pieces of evidence are at or above m, the n-th highest of them (the highest
//   level reached at least n times); otherwise the latest level capped at m - 1 (never below 1).
// No evidence by the day: no level (nullopt).
#include "core/model/Content.hpp"
#include "core/progress/MasteryData.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lantern {

// 'most-recent' | 'highest' | 'decaying-average' | 'times-at-mastery' (store, content file, CLI).
[[nodiscard]] const char* masteryMethodName(MasteryMethod method);
[[nodiscard]] std::optional<MasteryMethod> parseMasteryMethod(std::string_view name);

// The school's method and its parameters (from MasteryScale).
struct MasteryRule {
    MasteryMethod method = MasteryMethod::MostRecent;
    double decayWeight = 0.65;
    int timesNeeded = 2;
    int masteredRank = 3;

    [[nodiscard]] static MasteryRule of(const MasteryScale& scale);
};

// The level from a whole trail, ordered by (date, level) ascending; nullopt when it is empty.
[[nodiscard]] std::optional<int> levelOf(std::span<const MasteryMark> trail,
                                         const MasteryRule& rule);
// The level as of `asOf` (inclusive) from a whole trail ordered by (date, level): levelOf over
// the marks dated on or before it; nullopt when there are none.
[[nodiscard]] std::optional<int> levelAsOf(std::span<const MasteryMark> trail, Days asOf,
                                           const MasteryRule& rule);

// Evidence indexed by (learner, competency) for repeated "level as of" questions, under one
// rule. The string API looks ids up in hash tables; hot loops resolve the ids once
// (learnerIndex, competencyIndex) and ask levelAt with the indexes.
class MasteryIndex {
public:
    MasteryIndex(const std::vector<Evidence>& evidence, const MasteryScale& scale);
    MasteryIndex(MasteryData data, const MasteryScale& scale);

    // The level as of `asOf` (inclusive), or nullopt when there is no evidence by then.
    [[nodiscard]] std::optional<int> levelAsOf(std::string_view learnerId,
                                               std::string_view competencyId, Days asOf) const;

    // -1 for an id that has no evidence.
    [[nodiscard]] int learnerIndex(std::string_view id) const;
    [[nodiscard]] int competencyIndex(std::string_view id) const;
    // As levelAsOf; nullopt when either index is -1.
    [[nodiscard]] std::optional<int> levelAt(int learner, int competency, Days asOf) const;

    // The earliest evidence date of all, or nullopt when there is no evidence.
    [[nodiscard]] std::optional<Days> firstDate() const { return m_data.firstDate(); }
    [[nodiscard]] const MasteryRule& rule() const { return m_rule; }
    [[nodiscard]] const MasteryData& data() const { return m_data; }

private:
    MasteryData m_data;
    MasteryRule m_rule;
};

// One-off form of MasteryIndex::levelAsOf.
[[nodiscard]] std::optional<int> levelAsOf(const std::vector<Evidence>& evidence,
                                           const MasteryScale& scale, const std::string& learnerId,
                                           const std::string& competencyId, Days asOf);

} // namespace lantern
