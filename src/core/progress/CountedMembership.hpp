#pragma once
// Which learners public figures count in which class, and when that changes (DESIGN.md,
// privacy invariant 2, over time).
//
// If a class's figure counted its roster as it stands each day, the day one learner joined or
// left, yesterday's figure against today's would tell anyone who knows who moved that learner's
// level. Waiting a few days would not help: the day the learner starts to count is as readable
// as the day they joined. So figures count each class as it stood at its last snapshot, and a
// class takes a new snapshot only when at least three learners' membership changed at once:
// - a joiner waits, uncounted, until the snapshot (and is free to join only once the class they
//   came from has let them go);
// - a leaver keeps being counted in the old class, with their evidence, until its snapshot
//   (a learner who left the school too: the store keeps their evidence for it);
// - a snapshot is taken only when it moves every group it touches (the class, its grade and the
//   school) by 0 or at least three learners, and that in every part of every figure: a figure
//   counts only the learners with evidence on its competency (in the start cohort, or assessed
//   only later) or in its domain, so three joiners of whom one was ever assessed on fractions
//   would still move the fractions bar by one. So no figure ever differs from yesterday's by one or
//   two learners' membership. (A counted learner's first evidence later moves a bar by one, as any
//   new evidence does: that is not a membership change.)
// A class here is a (section, grade) pair: a section whose grade changes moves as a whole.
// The rule is a pure function of the last snapshot and the roster now; the store applies it in
// every write that changes the roster, so every screen counts the same learners.
#include "core/model/Content.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lantern {

// Changes a class needs before it takes a new snapshot.
inline constexpr int kMinMembershipChanges = 3;

// The roster as it stands: every learner in their section, with the section's grade (their own
// grade when the section is unknown). By learner id; each id once (its first entry).
[[nodiscard]] std::vector<CountedMember> currentMembership(const SchoolContent& content);

// content.countedMembers, or currentMembership when the content has none.
[[nodiscard]] std::vector<CountedMember> countedMembership(const SchoolContent& content);

// The figures a learner counts in beyond the class itself, as keys: per competency they have
// evidence on, whether they had some by the start window (the start cohort) or only after it;
// and one per domain. Each learner is in one of the two per competency, so every figure of a
// competency and every difference between its figures is a union of those parts.
using FigureKeys = std::map<std::string, std::vector<int>>; // by learner id

// The learners whose counted class differs from the roster's (joiners, leavers, movers): the
// only ones whose keys advanceMembership needs.
[[nodiscard]] std::set<std::string> membershipChanges(const std::vector<CountedMember>& counted,
                                                      const std::vector<CountedMember>& current);

// Keys from `rows` (the evidence of the learners asked about, in any order), with competencies
// and domains from `content`. `window`: the start window (term start, or the first evidence
// date, plus 13 days); nullopt when there is none yet.
[[nodiscard]] FigureKeys figureKeys(const SchoolContent& content, const std::vector<Evidence>& rows,
                                    std::optional<Days> window);

struct MembershipStep {
    std::vector<CountedMember> counted; // the new snapshot, by learner id
    // Classes whose snapshot moved, and those still waiting with some changes ("7b/7": 2).
    std::vector<std::string> advanced;
    std::vector<std::pair<std::string, int>> waiting;
};

// The next snapshot: every class with at least `minChanges` changes (leavers, and joiners no
// other class still counts) takes the roster's membership, as long as every class, grade and
// the school then moves by 0 or at least `minChanges` learners, in membership and under each of
// the changed learners' `keys` (otherwise the class with the fewest changes in such a group
// waits, until that holds). Repeated until nothing moves, so a leaver let go by one class can
// join another in the same step.
[[nodiscard]] MembershipStep advanceMembership(const std::vector<CountedMember>& counted,
                                               const std::vector<CountedMember>& current,
                                               const FigureKeys& keys = {},
                                               int minChanges = kMinMembershipChanges);

} // namespace lantern
