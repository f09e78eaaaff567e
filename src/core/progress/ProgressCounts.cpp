// ProgressCounts (ProgressCounts.hpp states the definitions): learners counted into the cells
// of their unit, and groups read back as sums over their units.
//
// Index of this file:
// - [build]    construction and recount; the fingerprint countsFor compares
// - [indexes]  units, sections, grades, domains and competencies as dense indexes; the days
// - [counting] every learner at once, or only those that new evidence touches
// - [queries]  a group's cells, counts and domain levels
//
// Call flow:
//   ProgressCounts ─ recount
//   ├─ setUp ─ fingerprint, setDays
//   └─ countAll ─ mapData, countLearner ─ levelIndex
//   addEvidence ─ mapData, countLearner (the old trail out, the new one in)
//   └─ setDays, countAll instead when, with no term start, the earliest evidence date moves
#include "core/progress/ProgressCounts.hpp"

#include <algorithm>
#include <functional>

namespace lantern {
namespace {

// ---- [build] ---------------------------------------------------------------------------------

constexpr int kNow = 0, kStart = 1, kStartToday = 2, kStartFourWeeks = 3;

void mix(std::uint64_t& h, std::uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
}

void mix(std::uint64_t& h, std::string_view s) {
    mix(h, std::hash<std::string_view>{}(s));
}

} // namespace

ProgressCounts::ProgressCounts(const SchoolContent& content, MasteryData data, Days today)
    : m_data(std::move(data)) {
    recount(content, today);
}

void ProgressCounts::recount(const SchoolContent& content, Days today) {
    setUp(content, today);
    countAll();
}

bool ProgressCounts::countsFor(const SchoolContent& content) const {
    return fingerprint(content) == m_fingerprint;
}

std::uint64_t ProgressCounts::fingerprint(const SchoolContent& content) const {
    std::uint64_t h = 0;
    for (const auto& l : content.learners) {
        mix(h, l.id);
        mix(h, l.sectionId);
        mix(h, static_cast<std::uint64_t>(l.grade));
    }
    mix(h, 1);
    for (const auto& c : content.competencies) {
        mix(h, c.id);
        mix(h, c.domainId);
    }
    mix(h, 2);
    for (const auto& d : content.domains)
        mix(h, d.id);
    mix(h, 3);
    for (const auto& level : content.scale.levels)
        mix(h, static_cast<std::uint64_t>(level.rank));
    const auto& s = content.scale;
    mix(h, static_cast<std::uint64_t>(s.method));
    mix(h, std::hash<double>{}(s.decayWeight));
    mix(h, static_cast<std::uint64_t>(s.timesNeeded));
    mix(h, static_cast<std::uint64_t>(s.masteredRank));
    mix(h, content.school.termStart
               ? static_cast<std::uint64_t>(dayNumber(*content.school.termStart)) + 1
               : 0);
    return h;
}

// ---- [indexes] -------------------------------------------------------------------------------

void ProgressCounts::setUp(const SchoolContent& content, Days today) {
    m_today = today;
    m_rule = MasteryRule::of(content.scale);
    m_ranks.clear();
    for (const auto& level : content.scale.levels)
        m_ranks.push_back(level.rank);
    std::sort(m_ranks.begin(), m_ranks.end());
    m_levelCount = static_cast<int>(m_ranks.size());
    m_schoolTermStart = content.school.termStart;
    m_fingerprint = fingerprint(content);

    m_units.clear();
    m_slotUnit.clear();
    m_learnerSlot.clear();
    m_sectionIndex.clear();
    m_gradeIndex.clear();
    m_sectionUnits.clear();
    m_gradeUnits.clear();
    Index unitOf;
    for (const auto& l : content.learners) {
        if (!m_learnerSlot.emplace(l.id, static_cast<int>(m_slotUnit.size())).second) continue;
        const std::string key = l.sectionId + '\x1f' + std::to_string(l.grade);
        const auto [it, added] = unitOf.emplace(key, static_cast<int>(m_units.size()));
        if (added) {
            const auto section =
                m_sectionIndex.emplace(l.sectionId, static_cast<int>(m_sectionUnits.size()));
            if (section.second) m_sectionUnits.emplace_back();
            const auto grade = m_gradeIndex.emplace(l.grade, static_cast<int>(m_gradeUnits.size()));
            if (grade.second) m_gradeUnits.emplace_back();
            m_sectionUnits[static_cast<std::size_t>(section.first->second)].push_back(it->second);
            m_gradeUnits[static_cast<std::size_t>(grade.first->second)].push_back(it->second);
            m_units.push_back({l.grade, section.first->second, grade.first->second});
        }
        m_slotUnit.push_back(it->second);
    }
    m_allUnits.resize(m_units.size());
    for (std::size_t i = 0; i < m_allUnits.size(); ++i)
        m_allUnits[i] = static_cast<int>(i);
    m_domainIndex.clear();
    for (const auto& d : content.domains)
        m_domainIndex.emplace(d.id, static_cast<int>(m_domainIndex.size()));
    m_domains = static_cast<int>(m_domainIndex.size());
    m_compIndex.clear();
    m_compDomain.clear();
    for (const auto& c : content.competencies)
        if (m_compIndex.emplace(c.id, static_cast<int>(m_compDomain.size())).second) {
            const auto d = m_domainIndex.find(c.domainId);
            m_compDomain.push_back(d == m_domainIndex.end() ? -1 : d->second);
        }
    m_competencies = static_cast<int>(m_compDomain.size());
    m_dataSlot.clear();
    m_dataComp.clear();
    setDays();
}

void ProgressCounts::setDays() {
    m_termStart = m_schoolTermStart ? m_schoolTermStart : m_data.firstDate();
    m_window = m_fourWeeks = std::nullopt;
    if (!m_termStart) return;
    if (const Days window = *m_termStart + std::chrono::days{13}; m_today > window)
        m_window = window;
    if (const Days fourWeeks = m_today - std::chrono::days{28}; m_window && fourWeeks > *m_window)
        m_fourWeeks = fourWeeks;
}

void ProgressCounts::mapData(const MasteryData& data) {
    for (int i = static_cast<int>(m_dataSlot.size()); i < data.learners().size(); ++i) {
        const auto it = m_learnerSlot.find(data.learners().name(i));
        m_dataSlot.push_back(it == m_learnerSlot.end() ? -1 : it->second);
    }
    for (int i = static_cast<int>(m_dataComp.size()); i < data.competencies().size(); ++i) {
        const auto it = m_compIndex.find(data.competencies().name(i));
        m_dataComp.push_back(it == m_compIndex.end() ? -1 : it->second);
    }
}

// ---- [counting] ------------------------------------------------------------------------------

void ProgressCounts::countAll() {
    const auto comps = static_cast<std::size_t>(m_competencies);
    const auto perGroup = comps * kFigures * static_cast<std::size_t>(m_levelCount);
    const auto domains = static_cast<std::size_t>(m_domains);
    m_sectionCells.assign(m_sectionUnits.size() * perGroup, 0);
    m_gradeCells.assign(m_gradeUnits.size() * perGroup, 0);
    m_schoolCells.assign(perGroup, 0);
    m_unitNow.assign(m_units.size() * comps, 0);
    m_inDomain.assign(m_units.size() * domains, 0);
    m_domainLevel.assign(m_units.size() * domains * static_cast<std::size_t>(m_levelCount), 0);
    mapData(m_data);
    if (m_levelCount == 0) return;
    for (int dl = 0; dl < m_data.learners().size(); ++dl)
        if (const int slot = m_dataSlot[static_cast<std::size_t>(dl)]; slot >= 0)
            countLearner(slot, dl, m_data, 1);
}

void ProgressCounts::addEvidence(const std::vector<Evidence>& rows) {
    if (rows.empty()) return;
    std::vector<int> touched;
    MasteryData next = m_data.withAdded(rows, touched);
    if (!m_schoolTermStart && next.firstDate() != m_data.firstDate()) {
        m_data = std::move(next);
        setDays();
        countAll();
        return;
    }
    mapData(next);
    if (m_levelCount > 0)
        for (int dl : touched)
            if (const int slot = m_dataSlot[static_cast<std::size_t>(dl)]; slot >= 0) {
                countLearner(slot, dl, m_data, -1);
                countLearner(slot, dl, next, 1);
            }
    m_data = std::move(next);
}

int ProgressCounts::levelIndex(int rank) const {
    int index = 0;
    for (int i = 0; i < m_levelCount; ++i)
        if (m_ranks[static_cast<std::size_t>(i)] <= rank) index = i;
    return index;
}

void ProgressCounts::countLearner(int slot, int dataLearner, const MasteryData& data, int sign) {
    const Unit& unit =
        m_units[static_cast<std::size_t>(m_slotUnit[static_cast<std::size_t>(slot)])];
    const auto unitIndex = static_cast<std::size_t>(m_slotUnit[static_cast<std::size_t>(slot)]);
    const auto levels = static_cast<std::size_t>(m_levelCount);
    const auto comps = static_cast<std::size_t>(m_competencies);
    const std::size_t perGroup = comps * kFigures * levels;
    int* groups[] = {m_sectionCells.data() + static_cast<std::size_t>(unit.section) * perGroup,
                     m_gradeCells.data() + static_cast<std::size_t>(unit.gradeSlot) * perGroup,
                     m_schoolCells.data()};
    auto add = [&](std::size_t comp, int figure, int rank, bool schoolOnly) {
        const std::size_t at = (comp * kFigures + static_cast<std::size_t>(figure)) * levels +
                               static_cast<std::size_t>(levelIndex(rank));
        for (int* g : groups)
            if (!schoolOnly || g == m_schoolCells.data()) g[at] += sign;
    };
    std::vector<std::vector<int>> domainRanks(static_cast<std::size_t>(m_domains));
    data.forEachTrail(dataLearner, [&](int dataComp, std::span<const MasteryMark> trail) {
        const int comp = m_dataComp[static_cast<std::size_t>(dataComp)];
        if (comp < 0) return;
        const auto c = static_cast<std::size_t>(comp);
        const auto now = levelAsOf(trail, m_today, m_rule);
        if (!now) return;
        add(c, kNow, *now, false);
        m_unitNow[unitIndex * comps + c] += sign;
        if (const int d = m_compDomain[c]; d >= 0)
            domainRanks[static_cast<std::size_t>(d)].push_back(*now);
        if (!m_window) return;
        const auto start = levelAsOf(trail, *m_window, m_rule);
        if (!start) return;
        add(c, kStart, *start, false);
        add(c, kStartToday, *now, false);
        if (!m_fourWeeks) return;
        if (const auto four = levelAsOf(trail, *m_fourWeeks, m_rule))
            add(c, kStartFourWeeks, *four, true);
    });
    for (std::size_t d = 0; d < domainRanks.size(); ++d) {
        auto& ranks = domainRanks[d];
        if (ranks.empty()) continue;
        std::sort(ranks.begin(), ranks.end());
        const auto cell = unitIndex * static_cast<std::size_t>(m_domains) + d;
        m_inDomain[cell] += sign;
        m_domainLevel[cell * levels +
                      static_cast<std::size_t>(levelIndex(ranks[(ranks.size() - 1) / 2]))] += sign;
    }
}

// ---- [queries] -------------------------------------------------------------------------------

const std::vector<int>& ProgressCounts::unitsOf(const ProgressGroup& group) const {
    static const std::vector<int> none;
    switch (group.kind) {
    case ProgressGroup::Kind::Section: {
        const auto it = m_sectionIndex.find(group.sectionId);
        return it == m_sectionIndex.end() ? none
                                          : m_sectionUnits[static_cast<std::size_t>(it->second)];
    }
    case ProgressGroup::Kind::Grade: {
        const auto it = m_gradeIndex.find(group.grade);
        return it == m_gradeIndex.end() ? none : m_gradeUnits[static_cast<std::size_t>(it->second)];
    }
    case ProgressGroup::Kind::School:
        break;
    }
    return m_allUnits;
}

const int* ProgressCounts::cells(const ProgressGroup& group, std::string_view competencyId,
                                 Figure figure) const {
    const auto comp = m_compIndex.find(competencyId);
    if (comp == m_compIndex.end() || m_levelCount == 0) return nullptr;
    const int f = static_cast<int>(figure);
    if (figure == Figure::StartFourWeeksAgo && group.kind != ProgressGroup::Kind::School)
        return nullptr;
    const auto levels = static_cast<std::size_t>(m_levelCount);
    const std::size_t perGroup = static_cast<std::size_t>(m_competencies) * kFigures * levels;
    const std::size_t at =
        (static_cast<std::size_t>(comp->second) * kFigures + static_cast<std::size_t>(f)) * levels;
    switch (group.kind) {
    case ProgressGroup::Kind::Section: {
        const auto it = m_sectionIndex.find(group.sectionId);
        if (it == m_sectionIndex.end()) return nullptr;
        return m_sectionCells.data() + static_cast<std::size_t>(it->second) * perGroup + at;
    }
    case ProgressGroup::Kind::Grade: {
        const auto it = m_gradeIndex.find(group.grade);
        if (it == m_gradeIndex.end()) return nullptr;
        return m_gradeCells.data() + static_cast<std::size_t>(it->second) * perGroup + at;
    }
    case ProgressGroup::Kind::School:
        break;
    }
    return m_schoolCells.data() + at;
}

std::vector<int> ProgressCounts::levels(const ProgressGroup& group, std::string_view competencyId,
                                        Figure figure) const {
    const int* first = cells(group, competencyId, figure);
    if (!first) return std::vector<int>(static_cast<std::size_t>(m_levelCount), 0);
    return {first, first + m_levelCount};
}

int ProgressCounts::count(const ProgressGroup& group, std::string_view competencyId,
                          Figure figure) const {
    const int* first = cells(group, competencyId, figure);
    int sum = 0;
    for (int i = 0; first && i < m_levelCount; ++i)
        sum += first[i];
    return sum;
}

int ProgressCounts::inDomain(const ProgressGroup& group, std::string_view domainId) const {
    const auto it = m_domainIndex.find(domainId);
    if (it == m_domainIndex.end()) return 0;
    int sum = 0;
    for (int unit : unitsOf(group))
        sum += m_inDomain[static_cast<std::size_t>(unit) * static_cast<std::size_t>(m_domains) +
                          static_cast<std::size_t>(it->second)];
    return sum;
}

std::vector<int> ProgressCounts::domainLevels(const ProgressGroup& group,
                                              std::string_view domainId) const {
    std::vector<int> out(static_cast<std::size_t>(m_levelCount), 0);
    const auto it = m_domainIndex.find(domainId);
    if (it == m_domainIndex.end()) return out;
    for (int unit : unitsOf(group)) {
        const std::size_t base =
            (static_cast<std::size_t>(unit) * static_cast<std::size_t>(m_domains) +
             static_cast<std::size_t>(it->second)) *
            out.size();
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] += m_domainLevel[base + i];
    }
    return out;
}

std::vector<std::pair<int, int>> ProgressCounts::nowByGrade(std::string_view sectionId,
                                                            std::string_view competencyId) const {
    std::vector<std::pair<int, int>> out;
    const auto comp = m_compIndex.find(competencyId);
    const auto section = m_sectionIndex.find(sectionId);
    if (comp == m_compIndex.end() || section == m_sectionIndex.end()) return out;
    for (int unit : m_sectionUnits[static_cast<std::size_t>(section->second)])
        out.emplace_back(
            m_units[static_cast<std::size_t>(unit)].grade,
            m_unitNow[static_cast<std::size_t>(unit) * static_cast<std::size_t>(m_competencies) +
                      static_cast<std::size_t>(comp->second)]);
    return out;
}

} // namespace lantern
