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

#include "core/progress/CountedMembership.hpp"

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

MasteryData countedEvidence(const SchoolContent& content) {
    if (content.departedEvidence.empty()) return MasteryData::from(content.evidence);
    std::vector<Evidence> all = content.evidence;
    all.insert(all.end(), content.departedEvidence.begin(), content.departedEvidence.end());
    return MasteryData::from(all);
}

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
    for (const auto& m : countedMembership(content)) {
        mix(h, m.learnerId);
        mix(h, m.sectionId);
        mix(h, static_cast<std::uint64_t>(m.grade));
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
    m_sectionIds.clear();
    m_slotUnit.clear();
    m_learnerSlot.clear();
    m_sectionIndex.clear();
    m_gradeIndex.clear();
    m_sectionUnits.clear();
    m_gradeUnits.clear();
    Index unitOf;
    for (const auto& m : countedMembership(content)) {
        if (!m_learnerSlot.emplace(m.learnerId, static_cast<int>(m_slotUnit.size())).second)
            continue;
        const std::string key = m.sectionId + '\x1f' + std::to_string(m.grade);
        const auto [it, added] = unitOf.emplace(key, static_cast<int>(m_units.size()));
        if (added) {
            const auto section =
                m_sectionIndex.emplace(m.sectionId, static_cast<int>(m_sectionUnits.size()));
            if (section.second) {
                m_sectionUnits.emplace_back();
                m_sectionIds.push_back(m.sectionId);
            }
            const auto grade = m_gradeIndex.emplace(m.grade, static_cast<int>(m_gradeUnits.size()));
            if (grade.second) m_gradeUnits.emplace_back();
            m_sectionUnits[static_cast<std::size_t>(section.first->second)].push_back(it->second);
            m_gradeUnits[static_cast<std::size_t>(grade.first->second)].push_back(it->second);
            m_units.push_back({m.grade, section.first->second, grade.first->second});
        }
        m_slotUnit.push_back(it->second);
    }
    m_unitMembers.assign(m_units.size(), 0);
    for (int unit : m_slotUnit)
        ++m_unitMembers[static_cast<std::size_t>(unit)];
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
    m_unitCells.assign(m_units.size() * perGroup, 0);
    m_gradeCells.assign(m_gradeUnits.size() * perGroup, 0);
    m_schoolCells.assign(perGroup, 0);
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
    int* groups[] = {m_unitCells.data() + unitIndex * perGroup,
                     m_gradeCells.data() + static_cast<std::size_t>(unit.gradeSlot) * perGroup,
                     m_schoolCells.data()};
    auto add = [&](std::size_t comp, int figure, int rank) {
        const std::size_t at = (comp * kFigures + static_cast<std::size_t>(figure)) * levels +
                               static_cast<std::size_t>(levelIndex(rank));
        for (int* g : groups)
            g[at] += sign;
    };
    std::vector<std::vector<int>> domainRanks(static_cast<std::size_t>(m_domains));
    data.forEachTrail(dataLearner, [&](int dataComp, std::span<const MasteryMark> trail) {
        const int comp = m_dataComp[static_cast<std::size_t>(dataComp)];
        if (comp < 0) return;
        const auto c = static_cast<std::size_t>(comp);
        const auto now = levelAsOf(trail, m_today, m_rule);
        if (!now) return;
        add(c, kNow, *now);
        if (const int d = m_compDomain[c]; d >= 0)
            domainRanks[static_cast<std::size_t>(d)].push_back(*now);
        if (!m_window) return;
        const auto start = levelAsOf(trail, *m_window, m_rule);
        if (!start) return;
        add(c, kStart, *start);
        add(c, kStartToday, *now);
        if (!m_fourWeeks) return;
        if (const auto four = levelAsOf(trail, *m_fourWeeks, m_rule))
            add(c, kStartFourWeeks, *four);
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
                                 Figure figure, std::vector<int>& sum) const {
    const auto comp = m_compIndex.find(competencyId);
    if (comp == m_compIndex.end() || m_levelCount == 0) return nullptr;
    switch (group.kind) {
    case ProgressGroup::Kind::Section: {
        const auto it = m_sectionIndex.find(group.sectionId);
        if (it == m_sectionIndex.end()) return nullptr;
        const auto& units = m_sectionUnits[static_cast<std::size_t>(it->second)];
        if (units.size() == 1) return classLevels(units.front(), comp->second, figure).data();
        sum.assign(static_cast<std::size_t>(m_levelCount), 0);
        for (int unit : units) {
            const auto levels = classLevels(unit, comp->second, figure);
            for (std::size_t i = 0; i < sum.size(); ++i)
                sum[i] += levels[i];
        }
        return sum.data();
    }
    case ProgressGroup::Kind::Grade: {
        const auto it = m_gradeIndex.find(group.grade);
        if (it == m_gradeIndex.end()) return nullptr;
        return m_gradeCells.data() + static_cast<std::size_t>(it->second) * perGroup() +
               cellOffset(comp->second, figure);
    }
    case ProgressGroup::Kind::School:
        break;
    }
    return m_schoolCells.data() + cellOffset(comp->second, figure);
}

std::size_t ProgressCounts::perGroup() const {
    return static_cast<std::size_t>(m_competencies) * kFigures *
           static_cast<std::size_t>(m_levelCount);
}

std::size_t ProgressCounts::cellOffset(int competency, Figure figure) const {
    return (static_cast<std::size_t>(competency) * kFigures + static_cast<std::size_t>(figure)) *
           static_cast<std::size_t>(m_levelCount);
}

std::span<const int> ProgressCounts::classLevels(int cls, int competency, Figure figure) const {
    return {m_unitCells.data() + static_cast<std::size_t>(cls) * perGroup() +
                cellOffset(competency, figure),
            static_cast<std::size_t>(m_levelCount)};
}

std::span<const int> ProgressCounts::classDomainLevels(int cls, int domain) const {
    const auto levels = static_cast<std::size_t>(m_levelCount);
    return {m_domainLevel.data() +
                (static_cast<std::size_t>(cls) * static_cast<std::size_t>(m_domains) +
                 static_cast<std::size_t>(domain)) *
                    levels,
            levels};
}

const std::vector<int>& ProgressCounts::classesOfGrade(int grade) const {
    static const std::vector<int> none;
    const auto it = m_gradeIndex.find(grade);
    return it == m_gradeIndex.end() ? none : m_gradeUnits[static_cast<std::size_t>(it->second)];
}

const std::string& ProgressCounts::classSection(int cls) const {
    return m_sectionIds[static_cast<std::size_t>(m_units[static_cast<std::size_t>(cls)].section)];
}

int ProgressCounts::classMembers(int cls) const {
    return m_unitMembers[static_cast<std::size_t>(cls)];
}

int ProgressCounts::competencyIndex(std::string_view id) const {
    const auto it = m_compIndex.find(id);
    return it == m_compIndex.end() ? -1 : it->second;
}

int ProgressCounts::domainIndex(std::string_view id) const {
    const auto it = m_domainIndex.find(id);
    return it == m_domainIndex.end() ? -1 : it->second;
}

std::vector<int> ProgressCounts::levels(const ProgressGroup& group, std::string_view competencyId,
                                        Figure figure) const {
    std::vector<int> sum;
    const int* first = cells(group, competencyId, figure, sum);
    if (!first) return std::vector<int>(static_cast<std::size_t>(m_levelCount), 0);
    return {first, first + m_levelCount};
}

int ProgressCounts::count(const ProgressGroup& group, std::string_view competencyId,
                          Figure figure) const {
    std::vector<int> buffer;
    const int* first = cells(group, competencyId, figure, buffer);
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

std::vector<int> ProgressCounts::grades() const {
    std::vector<int> out;
    for (const auto& [grade, slot] : m_gradeIndex)
        out.push_back(grade);
    std::sort(out.begin(), out.end());
    return out;
}

int ProgressCounts::members(std::string_view sectionId) const {
    const auto it = m_sectionIndex.find(sectionId);
    if (it == m_sectionIndex.end()) return 0;
    int n = 0;
    for (int unit : m_sectionUnits[static_cast<std::size_t>(it->second)])
        n += m_unitMembers[static_cast<std::size_t>(unit)];
    return n;
}

} // namespace lantern
