#include "core/progress/Mastery.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace lantern {
namespace {

int highest(std::span<const MasteryMark> trail) {
    int best = trail.front().level;
    for (const auto& m : trail)
        best = std::max(best, m.level);
    return best;
}

int decayingAverage(std::span<const MasteryMark> trail, double weight) {
    if (trail.size() == 1) return trail.front().level;
    const double w = std::clamp(weight, 0.0, 1.0);
    double earlier = 0;
    for (std::size_t i = 0; i + 1 < trail.size(); ++i)
        earlier += trail[i].level;
    earlier /= static_cast<double>(trail.size() - 1);
    const double value = w * trail.back().level + (1 - w) * earlier;
    return static_cast<int>(std::floor(value + 0.5 + 1e-9)); // halves up, despite rounding error
}

// How many marks are at or above `level`.
int countAtOrAbove(std::span<const MasteryMark> trail, int level) {
    return static_cast<int>(std::count_if(trail.begin(), trail.end(),
                                          [&](const MasteryMark& m) { return m.level >= level; }));
}

int timesAtMastery(std::span<const MasteryMark> trail, int timesNeeded, int masteredRank) {
    const int n = std::max(timesNeeded, 1);
    // The n-th highest mark at or above mastery is the highest level reached at least n times.
    std::optional<int> best;
    for (const auto& m : trail)
        if (m.level >= masteredRank && (!best || m.level > *best) &&
            countAtOrAbove(trail, m.level) >= n)
            best = m.level;
    if (best) return *best;
    return std::max(1, std::min(trail.back().level, masteredRank - 1));
}

} // namespace

MasteryRule MasteryRule::of(const MasteryScale& scale) {
    return {scale.method, scale.decayWeight, scale.timesNeeded, scale.masteredRank};
}

std::optional<int> levelOf(std::span<const MasteryMark> trail, const MasteryRule& rule) {
    if (trail.empty()) return std::nullopt;
    switch (rule.method) {
    case MasteryMethod::MostRecent:
        return trail.back().level;
    case MasteryMethod::Highest:
        return highest(trail);
    case MasteryMethod::DecayingAverage:
        return decayingAverage(trail, rule.decayWeight);
    case MasteryMethod::TimesAtMastery:
        return timesAtMastery(trail, rule.timesNeeded, rule.masteredRank);
    }
    return trail.back().level;
}

MasteryIndex::MasteryIndex(const std::vector<Evidence>& evidence, const MasteryScale& scale)
    : MasteryIndex(MasteryData::from(evidence), scale) {}

MasteryIndex::MasteryIndex(MasteryData data, const MasteryScale& scale)
    : m_data(std::move(data)), m_rule(MasteryRule::of(scale)) {}

int MasteryIndex::learnerIndex(std::string_view id) const {
    return m_data.learners().find(id);
}

int MasteryIndex::competencyIndex(std::string_view id) const {
    return m_data.competencies().find(id);
}

std::optional<int> levelAsOf(std::span<const MasteryMark> trail, Days asOf,
                             const MasteryRule& rule) {
    const std::int32_t day = dayNumber(asOf);
    // First mark dated after asOf: the marks before it are the trail as of that day.
    const auto after =
        std::upper_bound(trail.begin(), trail.end(), day,
                         [](std::int32_t d, const MasteryMark& m) { return d < m.day; });
    if (after == trail.begin()) return std::nullopt;
    if (rule.method == MasteryMethod::MostRecent) return std::prev(after)->level; // hot path
    return levelOf(trail.first(static_cast<std::size_t>(after - trail.begin())), rule);
}

std::optional<int> MasteryIndex::levelAt(int learner, int competency, Days asOf) const {
    return lantern::levelAsOf(m_data.trail(learner, competency), asOf, m_rule);
}

std::optional<int> MasteryIndex::levelAsOf(std::string_view learnerId,
                                           std::string_view competencyId, Days asOf) const {
    return levelAt(learnerIndex(learnerId), competencyIndex(competencyId), asOf);
}

std::optional<int> levelAsOf(const std::vector<Evidence>& evidence, const MasteryScale& scale,
                             const std::string& learnerId, const std::string& competencyId,
                             Days asOf) {
    return MasteryIndex(evidence, scale).levelAsOf(learnerId, competencyId, asOf);
}

namespace {
constexpr std::pair<MasteryMethod, const char*> kMethodNames[] = {
    {MasteryMethod::MostRecent, "most-recent"},
    {MasteryMethod::Highest, "highest"},
    {MasteryMethod::DecayingAverage, "decaying-average"},
    {MasteryMethod::TimesAtMastery, "times-at-mastery"},
};
} // namespace

const char* masteryMethodName(MasteryMethod method) {
    for (const auto& [m, name] : kMethodNames)
        if (m == method) return name;
    return "most-recent";
}

std::optional<MasteryMethod> parseMasteryMethod(std::string_view name) {
    for (const auto& [m, n] : kMethodNames)
        if (name == n) return m;
    return std::nullopt;
}

} // namespace lantern
