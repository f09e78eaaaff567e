#include "core/Privacy.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <utility>

namespace lantern {
namespace {

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

// How many kept section cells count each (learner, competency).
class Coverage {
public:
    void add(const SuppressionCell& cell, int delta) {
        for (const auto& l : cell.learnerIds)
            m_count[{l, cell.competencyId}] += delta;
    }
    [[nodiscard]] bool covers(const std::string& learner, const std::string& comp) const {
        auto it = m_count.find({learner, comp});
        return it != m_count.end() && it->second > 0;
    }
    [[nodiscard]] int uncovered(const SuppressionCell& grade) const {
        return static_cast<int>(
            std::count_if(grade.learnerIds.begin(), grade.learnerIds.end(),
                          [&](const std::string& l) { return !covers(l, grade.competencyId); }));
    }

private:
    std::map<std::pair<std::string, std::string>, int> m_count;
};

// The smallest kept section cell on the grade cell's competency that holds one of its learners
// (ties: the lower id), or -1.
int sectionToWithhold(const std::vector<SuppressionCell>& sections,
                      const std::vector<bool>& withheld, const SuppressionCell& grade) {
    const std::set<std::string> learners(grade.learnerIds.begin(), grade.learnerIds.end());
    int found = -1;
    for (int i = 0; i < static_cast<int>(sections.size()); ++i) {
        const auto& s = sections[i];
        if (withheld[i] || s.competencyId != grade.competencyId) continue;
        if (std::none_of(s.learnerIds.begin(), s.learnerIds.end(),
                         [&](const std::string& l) { return learners.contains(l); }))
            continue;
        if (found < 0 || std::pair(s.learnerIds.size(), s.id) <
                             std::pair(sections[found].learnerIds.size(), sections[found].id))
            found = i;
    }
    return found;
}

} // namespace

std::vector<std::size_t> complementarySuppression(const std::vector<SuppressionCell>& sections,
                                                  const std::vector<SuppressionCell>& grades,
                                                  int minGroup) {
    Coverage coverage;
    for (const auto& s : sections)
        coverage.add(s, 1);
    std::vector<bool> withheld(sections.size(), false);
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& g : grades) {
            if (static_cast<int>(g.learnerIds.size()) < minGroup) continue;
            for (int out = coverage.uncovered(g); out > 0 && out < minGroup;
                 out = coverage.uncovered(g)) {
                const int i = sectionToWithhold(sections, withheld, g);
                if (i < 0) break; // unreachable: a covered learner has a kept section cell
                withheld[i] = true;
                coverage.add(sections[i], -1);
                changed = true;
            }
        }
    }
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < withheld.size(); ++i)
        if (withheld[i]) out.push_back(i);
    return out;
}

PolicyResult PrivacyPolicy::make(int minGroup) {
    if (minGroup < kLowestMinGroup)
        return {std::nullopt, "privacy.min_group must be at least " +
                                  std::to_string(kLowestMinGroup) + " (got " +
                                  std::to_string(minGroup) + ")"};
    return {PrivacyPolicy(minGroup), {}};
}

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
