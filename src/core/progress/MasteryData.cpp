#include "core/progress/MasteryData.hpp"

#include <algorithm>
#include <tuple>

namespace lantern {

int IdTable::intern(std::string_view id) {
    if (auto it = m_index.find(id); it != m_index.end()) return it->second;
    const int index = size();
    m_names.emplace_back(id);
    m_index.emplace(m_names.back(), index);
    return index;
}

int IdTable::find(std::string_view id) const {
    const auto it = m_index.find(id);
    return it == m_index.end() ? -1 : it->second;
}

void MasteryData::Builder::add(int learner, int competency, Days date, int level) {
    m_rows.push_back({learner, competency, dayNumber(date), level});
}

MasteryData MasteryData::Builder::finish() && {
    const auto key = [](const Row& r) { return std::tie(r.learner, r.competency, r.day, r.level); };
    const auto less = [&](const Row& a, const Row& b) { return key(a) < key(b); };
    if (!std::is_sorted(m_rows.begin(), m_rows.end(), less))
        std::sort(m_rows.begin(), m_rows.end(), less);

    MasteryData out;
    out.m_learners = std::move(m_learners);
    out.m_competencies = std::move(m_competencies);
    out.m_learnerCells.assign(static_cast<std::size_t>(out.m_learners.size()) + 1, 0);
    out.m_marks.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows[i];
        const bool newCell = i == 0 || r.learner != m_rows[i - 1].learner ||
                             r.competency != m_rows[i - 1].competency;
        if (newCell) {
            out.m_cellCompetency.push_back(r.competency);
            ++out.m_learnerCells[static_cast<std::size_t>(r.learner) + 1];
        }
        out.m_marks.push_back({r.day, r.level});
        if (newCell) out.m_cellMarks.push_back(0);
        out.m_cellMarks.back() = static_cast<std::uint32_t>(out.m_marks.size());
        const Days d = out.m_marks.back().date();
        if (!out.m_firstDate || d < *out.m_firstDate) out.m_firstDate = d;
    }
    for (std::size_t l = 1; l < out.m_learnerCells.size(); ++l)
        out.m_learnerCells[l] += out.m_learnerCells[l - 1];
    m_rows = {};
    return out;
}

MasteryData MasteryData::from(const std::vector<Evidence>& evidence) {
    Builder builder;
    builder.reserve(evidence.size());
    for (const auto& e : evidence)
        builder.add(e.learnerId, e.competencyId, e.date, e.level);
    return std::move(builder).finish();
}

MasteryData MasteryData::withAdded(const std::vector<Evidence>& rows,
                                   std::vector<int>& touched) const {
    struct Row {
        std::int32_t learner, competency;
        MasteryMark mark;
    };
    MasteryData out;
    out.m_learners = m_learners;
    out.m_competencies = m_competencies;
    out.m_firstDate = m_firstDate;
    std::vector<Row> added;
    added.reserve(rows.size());
    for (const auto& e : rows) {
        added.push_back({out.m_learners.intern(e.learnerId),
                         out.m_competencies.intern(e.competencyId),
                         {dayNumber(e.date), e.level}});
        if (!out.m_firstDate || e.date < *out.m_firstDate) out.m_firstDate = e.date;
    }
    const auto markKey = [](const MasteryMark& m) { return std::pair(m.day, m.level); };
    std::sort(added.begin(), added.end(), [&](const Row& a, const Row& b) {
        return std::tuple(a.learner, a.competency, markKey(a.mark)) <
               std::tuple(b.learner, b.competency, markKey(b.mark));
    });
    touched.clear();
    for (const Row& r : added)
        if (touched.empty() || touched.back() != r.learner) touched.push_back(r.learner);

    const auto learners = static_cast<std::size_t>(out.m_learners.size());
    out.m_learnerCells.assign(learners + 1, 0);
    out.m_cellCompetency.reserve(m_cellCompetency.size() + added.size());
    out.m_cellMarks.reserve(m_cellMarks.size() + added.size());
    out.m_marks.reserve(m_marks.size() + added.size());
    const auto lessMark = [&](const MasteryMark& a, const MasteryMark& b) {
        return markKey(a) < markKey(b);
    };
    std::size_t next = 0; // into `added`
    for (std::size_t l = 0; l < learners; ++l) {
        const bool old = l + 1 < m_learnerCells.size();
        std::size_t cell = old ? m_learnerCells[l] : 0;
        const std::size_t cellEnd = old ? m_learnerCells[l + 1] : 0;
        while (cell < cellEnd ||
               (next < added.size() && static_cast<std::size_t>(added[next].learner) == l)) {
            const bool takeNew =
                next < added.size() && static_cast<std::size_t>(added[next].learner) == l &&
                (cell >= cellEnd || added[next].competency <= m_cellCompetency[cell]);
            const std::int32_t comp = takeNew ? added[next].competency : m_cellCompetency[cell];
            const auto oldMarks =
                cell < cellEnd && m_cellCompetency[cell] == comp
                    ? std::span<const MasteryMark>(m_marks.data() + m_cellMarks[cell],
                                                   m_marks.data() + m_cellMarks[cell + 1])
                    : std::span<const MasteryMark>();
            if (!oldMarks.empty()) ++cell;
            std::vector<MasteryMark> newMarks;
            for (; next < added.size() && static_cast<std::size_t>(added[next].learner) == l &&
                   added[next].competency == comp;
                 ++next)
                newMarks.push_back(added[next].mark);
            std::merge(oldMarks.begin(), oldMarks.end(), newMarks.begin(), newMarks.end(),
                       std::back_inserter(out.m_marks), lessMark);
            out.m_cellCompetency.push_back(comp);
            out.m_cellMarks.push_back(static_cast<std::uint32_t>(out.m_marks.size()));
            ++out.m_learnerCells[l + 1];
        }
    }
    for (std::size_t l = 1; l < out.m_learnerCells.size(); ++l)
        out.m_learnerCells[l] += out.m_learnerCells[l - 1];
    return out;
}

std::span<const MasteryMark> MasteryData::trail(int learner, int competency) const {
    if (learner < 0 || learner + 1 >= static_cast<int>(m_learnerCells.size())) return {};
    const auto first = m_cellCompetency.begin() + m_learnerCells[learner];
    const auto last = m_cellCompetency.begin() + m_learnerCells[learner + 1];
    const auto it = std::lower_bound(first, last, competency);
    if (it == last || *it != competency) return {};
    const auto cell = static_cast<std::size_t>(it - m_cellCompetency.begin());
    return {m_marks.data() + m_cellMarks[cell], m_marks.data() + m_cellMarks[cell + 1]};
}

std::size_t MasteryData::bytes() const {
    std::size_t ids = 0;
    for (const IdTable* t : {&m_learners, &m_competencies})
        for (int i = 0; i < t->size(); ++i)
            ids += t->name(i).capacity() + 64; // the name, its hash node and its slot
    return ids + m_learnerCells.capacity() * 4 + m_cellCompetency.capacity() * 4 +
           m_cellMarks.capacity() * 4 + m_marks.capacity() * sizeof(MasteryMark);
}

} // namespace lantern
