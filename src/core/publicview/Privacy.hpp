#pragma once
// Disclosure control for progress on public screens (DESIGN.md, privacy invariant 2).
//
// What one progress row shows is a stacked bar over the learners of a group who have evidence on
// a competency: bands of neighbouring mastery levels, each with a share, and a change line.
// Why each rule is enough:
// - A row exists only over at least minGroup learners (k, default 10, never below 5), and only
//   shares are shown: no counts and no group size.
// - Every band holds at least minBand (3) learners, so no share is one or two children. Empty
//   and small levels are merged into a neighbour, so the bands always cover the whole scale: a
//   missing level never tells "nobody is at Beginning".
// - "100%" and "0%": with the bands covering the whole scale, a single band says nothing but "at
//   least k learners". A share above 95 % still reads "more than 95%" and one below 5 % "fewer
//   than 5%", as state education departments publish. With two or more bands of >= 3 learners
//   each, a band holding everyone is impossible.
// - The change line's values are sums of band percents on the mastery side of the scale, computed
//   the same way as the bar. When a band straddles the mastery rank, any "share mastered" would
//   split that band and reveal how many of its learners (possibly fewer than 3) are on each side,
//   so no change line is given. When the change line's learners are the row's learners, its
//   "now" equals the bar's own figures and adds nothing; its "start" is disclosure-controlled
//   like a bar of its own. "100% have mastered it" therefore never appears: both sides of the
//   mastery rank hold a band of >= 3 learners whenever a change line is shown.
// - Between slides (PublicView.hpp, "Units"): a grade's figure is summed over whole classes of at
//   least k (and the pool of its smaller classes when that pool holds k), so "grade minus shown
//   classes" is always whole units of at least k.
// - Between days: membership changes move a class's counted learners three or more at a time
//   (CountedMembership.hpp). Not covered: a learner's new evidence moves tomorrow's bar.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lantern {

struct PolicyResult;

class PrivacyPolicy {
public:
    static constexpr int kDefaultMinGroup = 10;
    static constexpr int kLowestMinGroup = 5;
    static constexpr int kMinBand = 3;

    PrivacyPolicy() = default; // minGroup 10, minBand 3

    // A policy with the given k (config key privacy.min_group); below 5 it is refused and the
    // result's error says so.
    [[nodiscard]] static PolicyResult make(int minGroup);

    [[nodiscard]] int minGroup() const { return m_minGroup; }
    [[nodiscard]] int minBand() const { return m_minBand; }

private:
    explicit PrivacyPolicy(int minGroup) : m_minGroup(minGroup) {}
    int m_minGroup = kDefaultMinGroup;
    int m_minBand = kMinBand;
};

struct PolicyResult {
    std::optional<PrivacyPolicy> policy;
    std::string error; // empty when policy is set
};

// Neighbouring levels (indexes into the scale, lowest first) and how many learners they hold.
struct BandCount {
    int first = 0; // inclusive
    int last = 0;  // inclusive
    int count = 0;
};

// Merges levels until every band holds at least `minBand` learners or one band is left. The
// smallest short band goes first (ties: the lower); it joins the neighbour on its own side of
// `masteredIndex` when there is one, else the smaller neighbour (ties: the lower).
[[nodiscard]] std::vector<BandCount> mergeBands(const std::vector<int>& countPerLevel, int minBand,
                                                int masteredIndex);

// Bar widths: multiples of 5 adding up to exactly 100, each band at least 5, by largest
// remainder on 5 % steps (ties: the lower band). Empty when there are no learners.
[[nodiscard]] std::vector<int> bandPercents(const std::vector<BandCount>& bands);

enum class ShareCoding { Exact, Above95, Below5 };

// How a share of count/total is written: above 95 % and below 5 % (but above 0) are coded.
[[nodiscard]] ShareCoding codeShare(int count, int total);

// The percent at or above `masteredIndex` as the sum of the bands' percents; nullopt when a band
// straddles it or when either side of it has no band.
[[nodiscard]] std::optional<int> masteredPercent(const std::vector<BandCount>& bands,
                                                 const std::vector<int>& percents,
                                                 int masteredIndex);

} // namespace lantern
