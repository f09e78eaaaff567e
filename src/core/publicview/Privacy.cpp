// Disclosure control (Privacy.hpp states the rules and why each is enough).
//
// Index of this file:
// - [bands]       which side of the mastery rank a band is on; which band merges next
// - [suppression] complementary suppression, over learners' cells and over counts by grade
// - [policy]      PrivacyPolicy::make: minGroup never below kLowestMinGroup
// - [shares]      merged bands, their percents in 5 % steps, coded shares, the share mastered
//
// Call flow:
//   complementarySuppression (ids)
//   ├─ indexed
//   └─ complementarySuppression (indexed) ─ Coverage, sectionToWithhold
//   mergeBands ─ smallestShortBand, neighbourToJoin ─ sideOf
#include "core/publicview/Privacy.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>
#include <utility>

namespace lantern {
namespace {

// ---- [bands] ---------------------------------------------------------------------------------

constexpr int kSteps = 20; // 5 % steps in 100 %

enum class Side { Below, Mastered, Straddles };

Side sideOf(const BandCount& band, int masteredIndex) {
    if (band.last < masteredIndex) return Side::Below;
    if (band.first >= masteredIndex) return Side::Mastered;
    return Side::Straddles;
}

// The smallest band below minBand (ties: the lower), or -1.
int smallestShortBand(const std::vector<BandCount>& bands, int minBand) {
    int found = -1;
    for (int i = 0; i < static_cast<int>(bands.size()); ++i)
        if (bands[i].count < minBand && (found < 0 || bands[i].count < bands[found].count))
            found = i;
    return found;
}

int neighbourToJoin(const std::vector<BandCount>& bands, int i, int masteredIndex) {
    const int last = static_cast<int>(bands.size()) - 1;
    if (i == 0) return 1;
    if (i == last) return i - 1;
    const Side side = sideOf(bands[i], masteredIndex);
    const bool leftSame = sideOf(bands[i - 1], masteredIndex) == side;
    const bool rightSame = sideOf(bands[i + 1], masteredIndex) == side;
    if (leftSame != rightSame) return leftSame ? i - 1 : i + 1;
    return bands[i + 1].count < bands[i - 1].count ? i + 1 : i - 1;
}

// ---- [suppression] ---------------------------------------------------------------------------

using Cells = std::vector<SuppressionCellIndexed>;

// How many kept section cells count each (learner, competency), dense over both indexes.
class Coverage {
public:
    Coverage(const Cells& sections, const Cells& grades) {
        for (const Cells* cells : {&sections, &grades})
            for (const auto& c : *cells) {
                m_comps = std::max(m_comps, static_cast<std::size_t>(c.competency) + 1);
                for (int l : c.learners)
                    m_learners = std::max(m_learners, static_cast<std::size_t>(l) + 1);
            }
        m_count.assign(m_learners * m_comps, 0);
    }
    [[nodiscard]] std::size_t learners() const { return m_learners; }
    void add(const SuppressionCellIndexed& cell, int delta) {
        for (int l : cell.learners)
            m_count[key(l, cell.competency)] += delta;
    }
    [[nodiscard]] int uncovered(const SuppressionCellIndexed& grade) const {
        return static_cast<int>(
            std::count_if(grade.learners.begin(), grade.learners.end(),
                          [&](int l) { return m_count[key(l, grade.competency)] <= 0; }));
    }

private:
    [[nodiscard]] std::size_t key(int learner, int comp) const {
        return static_cast<std::size_t>(learner) * m_comps + static_cast<std::size_t>(comp);
    }
    std::size_t m_learners = 0, m_comps = 0;
    std::vector<int> m_count;
};

// The smallest kept section cell among `candidates` (the section cells on the grade cell's
// competency) that holds one of its learners (ties: the lower id), or -1. `mark` is all false
// on entry and on return.
int sectionToWithhold(const Cells& sections, const std::vector<std::size_t>& candidates,
                      const std::vector<bool>& withheld, const SuppressionCellIndexed& grade,
                      std::vector<char>& mark) {
    for (int l : grade.learners)
        mark[static_cast<std::size_t>(l)] = 1;
    int found = -1;
    for (std::size_t i : candidates) {
        const auto& s = sections[i];
        if (withheld[i] || std::none_of(s.learners.begin(), s.learners.end(), [&](int l) {
                return mark[static_cast<std::size_t>(l)] != 0;
            }))
            continue;
        if (found < 0 || std::pair(s.learners.size(), s.id) <
                             std::pair(sections[found].learners.size(), sections[found].id))
            found = static_cast<int>(i);
    }
    for (int l : grade.learners)
        mark[static_cast<std::size_t>(l)] = 0;
    return found;
}

// Dense indexes for string ids, in the order first seen.
class Interner {
public:
    int operator()(const std::string& id) {
        return m_index.emplace(id, static_cast<int>(m_index.size())).first->second;
    }

private:
    std::unordered_map<std::string, int> m_index;
};

Cells indexed(const std::vector<SuppressionCell>& cells, Interner& learners, Interner& comps) {
    Cells out;
    for (const auto& c : cells) {
        SuppressionCellIndexed cell{c.id, comps(c.competencyId), {}};
        for (const auto& l : c.learnerIds)
            cell.learners.push_back(learners(l));
        out.push_back(std::move(cell));
    }
    return out;
}

} // namespace

std::vector<std::size_t> complementarySuppression(const std::vector<SuppressionCell>& sections,
                                                  const std::vector<SuppressionCell>& grades,
                                                  int minGroup) {
    Interner learners, comps;
    const Cells s = indexed(sections, learners, comps);
    const Cells g = indexed(grades, learners, comps);
    return complementarySuppression(s, g, minGroup);
}

std::vector<std::size_t> complementarySuppression(const Cells& sections, const Cells& grades,
                                                  int minGroup) {
    Coverage coverage(sections, grades);
    std::map<int, std::vector<std::size_t>> byComp;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        coverage.add(sections[i], 1);
        byComp[sections[i].competency].push_back(i);
    }
    const std::vector<std::size_t> none;
    std::vector<char> mark(coverage.learners(), 0);
    std::vector<bool> withheld(sections.size(), false);
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& g : grades) {
            if (static_cast<int>(g.learners.size()) < minGroup) continue;
            const auto it = byComp.find(g.competency);
            const auto& candidates = it == byComp.end() ? none : it->second;
            for (int out = coverage.uncovered(g); out > 0 && out < minGroup;
                 out = coverage.uncovered(g)) {
                const int i = sectionToWithhold(sections, candidates, withheld, g, mark);
                if (i < 0) break; // unreachable: a covered learner has a kept section cell
                withheld[static_cast<std::size_t>(i)] = true;
                coverage.add(sections[static_cast<std::size_t>(i)], -1);
                changed = true;
            }
        }
    }
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < withheld.size(); ++i)
        if (withheld[i]) out.push_back(i);
    return out;
}

int SuppressionCount::total() const {
    int n = 0;
    for (const auto& [grade, learners] : grades)
        n += learners;
    return n;
}

int SuppressionCount::in(int grade) const {
    int n = 0;
    for (const auto& [g, learners] : grades)
        n += g == grade ? learners : 0;
    return n;
}

std::vector<std::size_t> complementarySuppression(const std::vector<SuppressionCount>& sections,
                                                  const std::vector<SuppressionCount>& grades,
                                                  int minGroup) {
    std::map<std::pair<int, int>, int> covered; // (competency, grade): learners on kept cells
    std::map<int, std::vector<std::size_t>> byComp;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        for (const auto& [grade, learners] : sections[i].grades)
            covered[{sections[i].competency, grade}] += learners;
        byComp[sections[i].competency].push_back(i);
    }
    const std::vector<std::size_t> none;
    std::vector<bool> withheld(sections.size(), false);
    // The smallest kept section cell of the competency holding learners of the grade (ties: the
    // lower id), or -1.
    auto toWithhold = [&](const std::vector<std::size_t>& candidates, int grade) {
        int found = -1;
        for (std::size_t i : candidates) {
            if (withheld[i] || sections[i].in(grade) <= 0) continue;
            if (found < 0 || std::pair(sections[i].total(), sections[i].id) <
                                 std::pair(sections[static_cast<std::size_t>(found)].total(),
                                           sections[static_cast<std::size_t>(found)].id))
                found = static_cast<int>(i);
        }
        return found;
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& g : grades) {
            const int total = g.total();
            if (total < minGroup || g.grades.empty()) continue;
            const int grade = g.grades.front().first;
            const auto it = byComp.find(g.competency);
            const auto& candidates = it == byComp.end() ? none : it->second;
            for (int out = total - covered[{g.competency, grade}]; out > 0 && out < minGroup;
                 out = total - covered[{g.competency, grade}]) {
                const int i = toWithhold(candidates, grade);
                if (i < 0) break; // unreachable: covered learners have a kept section cell
                withheld[static_cast<std::size_t>(i)] = true;
                for (const auto& [gr, learners] : sections[static_cast<std::size_t>(i)].grades)
                    covered[{g.competency, gr}] -= learners;
                changed = true;
            }
        }
    }
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < withheld.size(); ++i)
        if (withheld[i]) out.push_back(i);
    return out;
}

// ---- [policy] --------------------------------------------------------------------------------

PolicyResult PrivacyPolicy::make(int minGroup) {
    if (minGroup < kLowestMinGroup)
        return {std::nullopt, "privacy.min_group must be at least " +
                                  std::to_string(kLowestMinGroup) + " (got " +
                                  std::to_string(minGroup) + ")"};
    return {PrivacyPolicy(minGroup), {}};
}

// ---- [shares] --------------------------------------------------------------------------------

std::vector<BandCount> mergeBands(const std::vector<int>& countPerLevel, int minBand,
                                  int masteredIndex) {
    std::vector<BandCount> bands;
    for (int i = 0; i < static_cast<int>(countPerLevel.size()); ++i)
        bands.push_back({i, i, countPerLevel[i]});
    while (bands.size() > 1) {
        const int i = smallestShortBand(bands, minBand);
        if (i < 0) break;
        const int j = neighbourToJoin(bands, i, masteredIndex);
        const int lo = std::min(i, j);
        bands[lo] = {bands[lo].first, bands[lo + 1].last, bands[lo].count + bands[lo + 1].count};
        bands.erase(bands.begin() + lo + 1);
    }
    return bands;
}

std::vector<int> bandPercents(const std::vector<BandCount>& bands) {
    const int total = std::accumulate(bands.begin(), bands.end(), 0,
                                      [](int sum, const BandCount& b) { return sum + b.count; });
    if (total <= 0 || bands.empty()) return {};
    const int n = static_cast<int>(bands.size());
    std::vector<int> steps(n);
    std::vector<int> remainder(n);
    for (int i = 0; i < n; ++i) {
        steps[i] = std::max(1, bands[i].count * kSteps / total);
        remainder[i] = steps[i] == 1 && bands[i].count * kSteps < total
                           ? -1 // already raised to the one-step minimum
                           : bands[i].count * kSteps % total;
    }
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return remainder[a] > remainder[b]; });
    int left = kSteps - std::accumulate(steps.begin(), steps.end(), 0);
    for (int k = 0; left > 0; k = (k + 1) % n, --left)
        ++steps[order[k]];
    while (left < 0) { // more bands than steps allows only with a scale of over 20 levels
        auto widest = std::max_element(steps.begin(), steps.end());
        if (*widest <= 1) break;
        --*widest;
        ++left;
    }
    std::vector<int> percents;
    for (int s : steps)
        percents.push_back(s * 5);
    return percents;
}

ShareCoding codeShare(int count, int total) {
    if (total <= 0) return ShareCoding::Exact;
    if (count * 100 > 95 * total) return ShareCoding::Above95;
    if (count > 0 && count * 100 < 5 * total) return ShareCoding::Below5;
    return ShareCoding::Exact;
}

std::optional<int> masteredPercent(const std::vector<BandCount>& bands,
                                   const std::vector<int>& percents, int masteredIndex) {
    if (bands.size() != percents.size()) return std::nullopt;
    int mastered = 0;
    bool anyBelow = false, anyMastered = false;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        switch (sideOf(bands[i], masteredIndex)) {
        case Side::Straddles:
            return std::nullopt;
        case Side::Below:
            anyBelow = true;
            break;
        case Side::Mastered:
            anyMastered = true;
            mastered += percents[i];
            break;
        }
    }
    if (!anyBelow || !anyMastered) return std::nullopt;
    return mastered;
}

} // namespace lantern
