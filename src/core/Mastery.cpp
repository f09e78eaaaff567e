#include "core/Mastery.hpp"

#include <algorithm>

namespace lantern {

MasteryIndex::MasteryIndex(const std::vector<Evidence>& evidence) {
    for (const auto& e : evidence) {
        m_byLearnerCompetency[{e.learnerId, e.competencyId}].push_back({e.date, e.level});
        if (!m_firstDate || e.date < *m_firstDate) m_firstDate = e.date;
    }
    for (auto& [key, entries] : m_byLearnerCompetency)
        std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            return a.date != b.date ? a.date < b.date : a.level < b.level;
        });
}

std::optional<int> MasteryIndex::levelAsOf(const std::string& learnerId,
                                           const std::string& competencyId, Days asOf,
                                           MasteryMethod method) const {
    const auto it = m_byLearnerCompetency.find({learnerId, competencyId});
    if (it == m_byLearnerCompetency.end()) return std::nullopt;
    const auto& entries = it->second;
    // First entry dated after asOf; the one before it is the latest (and highest on its date).
    const auto after = std::upper_bound(entries.begin(), entries.end(), asOf,
                                        [](Days d, const Entry& e) { return d < e.date; });
    if (after == entries.begin()) return std::nullopt;
    switch (method) {
    case MasteryMethod::MostRecent:
        return std::prev(after)->level;
    default: // the other methods arrive with the mastery engine; until then, most recent
        return std::prev(after)->level;
    }
    return std::nullopt;
}

std::optional<int> levelAsOf(const std::vector<Evidence>& evidence, const std::string& learnerId,
                             const std::string& competencyId, Days asOf, MasteryMethod method) {
    return MasteryIndex(evidence).levelAsOf(learnerId, competencyId, asOf, method);
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
