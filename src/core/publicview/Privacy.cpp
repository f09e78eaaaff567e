// Disclosure control (Privacy.hpp states the rules and why each is enough).
//
// Index of this file:
// - [bands]       which side of the mastery rank a band is on; which band merges next
// - [policy]      PrivacyPolicy::make: minGroup never below kLowestMinGroup
// - [shares]      merged bands, their percents in 5 % steps, coded shares, the share mastered
//
// Call flow:
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

} // namespace

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
