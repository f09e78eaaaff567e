#pragma once
// Evidence in flat arrays, lean enough for a district (2,000,000 rows in about 20 MB): learner
// and competency ids interned to dense indexes, and per learner the competencies it has evidence
// on (a CSR layout: offsets into shared arrays), each with its trail of marks ordered by (date,
// level) ascending. Built once by MasteryData::Builder from rows in any order; read-only after.
#include "core/model/Content.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lantern {

// One piece of evidence on a trail: its day (days since 1970-01-01) and level.
struct MasteryMark {
    std::int32_t day = 0;
    std::int32_t level = 1;
    [[nodiscard]] Days date() const { return Days{std::chrono::days{day}}; }
    friend bool operator==(const MasteryMark&, const MasteryMark&) = default;
};

[[nodiscard]] inline std::int32_t dayNumber(Days d) {
    return static_cast<std::int32_t>(d.time_since_epoch().count());
}

// Ids to dense indexes 0..size()-1, in the order first interned.
class IdTable {
public:
    int intern(std::string_view id);
    [[nodiscard]] int find(std::string_view id) const; // -1 when absent
    [[nodiscard]] const std::string& name(int index) const { return m_names[index]; }
    [[nodiscard]] int size() const { return static_cast<int>(m_names.size()); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_index;
    std::vector<std::string> m_names;
};

class MasteryData {
public:
    class Builder {
    public:
        int learner(std::string_view id) { return m_learners.intern(id); }
        int competency(std::string_view id) { return m_competencies.intern(id); }
        void add(int learner, int competency, Days date, int level);
        void add(std::string_view learnerId, std::string_view competencyId, Days date, int level) {
            add(learner(learnerId), competency(competencyId), date, level);
        }
        void reserve(std::size_t rows) { m_rows.reserve(rows); }
        [[nodiscard]] MasteryData finish() &&;

    private:
        struct Row {
            std::int32_t learner, competency, day, level;
        };
        IdTable m_learners, m_competencies;
        std::vector<Row> m_rows;
    };

    MasteryData() = default;
    [[nodiscard]] static MasteryData from(const std::vector<Evidence>& evidence);

    // This data with `rows` added, every earlier index unchanged (new ids are interned after the
    // existing ones), and the learners the rows touch, ascending and unique, in `touched`. Linear
    // in this data's size plus rows·log(rows): a merge, not a rebuild.
    [[nodiscard]] MasteryData withAdded(const std::vector<Evidence>& rows,
                                        std::vector<int>& touched) const;

    [[nodiscard]] const IdTable& learners() const { return m_learners; }
    [[nodiscard]] const IdTable& competencies() const { return m_competencies; }
    // The whole trail of (learner, competency), ordered by (day, level); empty when there is none
    // or an index is out of range.
    [[nodiscard]] std::span<const MasteryMark> trail(int learner, int competency) const;
    // Calls f(competency, trail) for each competency the learner has evidence on, ascending;
    // nothing for an index out of range.
    template <class F> void forEachTrail(int learner, F&& f) const {
        if (learner < 0 || learner + 1 >= static_cast<int>(m_learnerCells.size())) return;
        for (auto cell = m_learnerCells[learner]; cell < m_learnerCells[learner + 1]; ++cell)
            f(m_cellCompetency[cell],
              std::span<const MasteryMark>(m_marks.data() + m_cellMarks[cell],
                                           m_marks.data() + m_cellMarks[cell + 1]));
    }
    [[nodiscard]] std::optional<Days> firstDate() const { return m_firstDate; }
    [[nodiscard]] std::size_t evidenceCount() const { return m_marks.size(); }
    // Bytes held by the arrays and id tables (approximate), for benchmarks.
    [[nodiscard]] std::size_t bytes() const;

private:
    IdTable m_learners, m_competencies;
    std::vector<std::uint32_t> m_learnerCells{0}; // per learner: first cell; one past the end
    std::vector<std::int32_t> m_cellCompetency;   // per cell, ascending within a learner
    std::vector<std::uint32_t> m_cellMarks{0};    // per cell: first mark; one past the end
    std::vector<MasteryMark> m_marks;
    std::optional<Days> m_firstDate;
};

} // namespace lantern
