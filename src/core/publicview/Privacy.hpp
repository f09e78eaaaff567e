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
// - Between slides (PublicView): "grade minus shown sections" must never isolate a group smaller
//   than k. When a grade row's learners outside the shown section rows would number 1 to k-1,
//   more section rows of that competency are withheld (complementary suppression, below) until
//   they number 0 or at least k; the grade row itself stays.
// Not covered: differences between days (a learner's new evidence moves tomorrow's bar).
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

// Complementary suppression. A cell is one row that would be shown (at least minGroup learners
// counted): a section's or a grade's, on one competency, with the learners it counts.
struct SuppressionCell {
    std::string id; // the section id (ties between section cells); unused for grade cells
    std::string competencyId;
    std::vector<std::string> learnerIds;
};

// The section cells to withhold, as ascending indexes into `sections`, so that on every
// competency each grade cell's learners on no kept section cell number 0 or at least minGroup.
// Grade cells of fewer than minGroup learners are not shown and are ignored. While a grade cell's
// uncovered learners number 1 to minGroup-1, the smallest kept section cell of its competency
// holding any of its learners is withheld (ties: the lower id). Grade cells are taken in the
// given order, again until nothing changes: a section of mixed grades can uncover another
// grade's learners. Withholding only adds uncovered learners, so every grade cell ends at 0 or
// at least minGroup and no grade cell ever has to be dropped.
[[nodiscard]] std::vector<std::size_t>
complementarySuppression(const std::vector<SuppressionCell>& sections,
                         const std::vector<SuppressionCell>& grades, int minGroup);

// The same cells with learners and competencies as dense non-negative indexes (a learner counted
// twice in one cell counts twice, as above); for district-sized inputs. Same result as above for
// cells whose ids map one-to-one onto the indexes.
struct SuppressionCellIndexed {
    std::string id;
    int competency = 0;
    std::vector<int> learners;
};

[[nodiscard]] std::vector<std::size_t>
complementarySuppression(const std::vector<SuppressionCellIndexed>& sections,
                         const std::vector<SuppressionCellIndexed>& grades, int minGroup);

// The same over counts, for section cells that never share a learner on one competency (as when
// every learner is in one section): a cell gives how many of its learners each grade has
// (grade, learners), a grade cell one pair. Same result as above for such cells.
struct SuppressionCount {
    std::string id; // the section id (ties between section cells); unused for grade cells
    int competency = 0;
    std::vector<std::pair<int, int>> grades;
    [[nodiscard]] int total() const;
    [[nodiscard]] int in(int grade) const;
};

[[nodiscard]] std::vector<std::size_t>
complementarySuppression(const std::vector<SuppressionCount>& sections,
                         const std::vector<SuppressionCount>& grades, int minGroup);

} // namespace lantern
