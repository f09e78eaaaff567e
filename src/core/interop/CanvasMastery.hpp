#pragma once
// Canvas's Learning Mastery Gradebook export (docs/importing.md, "Canvas mastery gradebook"):
// "Student name", "Student ID", optionally "Student SIS ID", then per outcome the two columns
// "<group path> > <outcome title> result" and "<same path> mastery points". A BOM, ';' as
// separator and decimal commas are accepted; a blank result means "not assessed".
//
// Outcome columns are matched to competencies imported from Canvas outcomes (CanvasOutcomes.hpp)
// by title and, when titles repeat, by the group path (their domain's title).
#include "core/interop/CsvRead.hpp"

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lantern {

struct CanvasOutcomeColumn {
    std::string header;                       // the result column's header, for messages
    std::string path;                         // "<group path> > <outcome title>"
    std::size_t result = 0;                   // column index
    std::optional<std::size_t> masteryPoints; // column index, when the file has it
};

class CanvasMasteryReader {
public:
    // Reads the header; throws ImportError when "Student ID" is missing or no outcome column is.
    CanvasMasteryReader(std::istream& in, std::string fileName);

    [[nodiscard]] const std::vector<CanvasOutcomeColumn>& outcomes() const { return m_outcomes; }
    // Headers that are neither student nor outcome columns (kept out of the import).
    [[nodiscard]] const std::vector<std::string>& ignoredColumns() const { return m_ignored; }
    [[nodiscard]] const std::string& fileName() const { return m_table.fileName(); }

    bool next(); // the next student row; false at the end
    [[nodiscard]] int line() const { return m_table.line(); }
    [[nodiscard]] std::string_view studentId() const { return m_table.cell(m_studentId); }
    [[nodiscard]] std::string_view sisId() const { return m_table.cell(m_sisId); }
    [[nodiscard]] std::string_view studentName() const { return m_table.cell(m_name); }
    // The outcome's result in this row; nullopt when blank. Throws ImportError when not a number.
    [[nodiscard]] std::optional<double> result(const CanvasOutcomeColumn& outcome) const;
    // The row's mastery points for the outcome; nullopt when blank or absent.
    [[nodiscard]] std::optional<double> masteryPoints(const CanvasOutcomeColumn& outcome) const;
    [[noreturn]] void fail(std::size_t column, const std::string& message) const {
        m_table.fail(column, message);
    }
    [[noreturn]] void failRow(const std::string& message) const { m_table.fail("", message); }

private:
    [[nodiscard]] std::optional<double> number(std::size_t column) const;

    CsvTable m_table;
    std::optional<std::size_t> m_name, m_sisId;
    std::size_t m_studentId = 0;
    std::vector<CanvasOutcomeColumn> m_outcomes;
    std::vector<std::string> m_ignored;
};

// A competency an outcome column may name: one per (competency, title translation).
struct CanvasOutcomeCandidate {
    std::string competencyId;
    std::string title;
    std::string groupPath; // its domain's title, "Math > Number"
};

// The competency id for each outcome column, in order. A column whose path ends with exactly one
// competency's title matches it; when several share the title, the one whose group path is the
// rest of the column's path (or its end) wins. Throws ImportError (line 1, the column's header)
// for a column that matches none or cannot be told apart.
[[nodiscard]] std::vector<std::string>
matchOutcomeColumns(const std::vector<CanvasOutcomeColumn>& columns,
                    const std::vector<CanvasOutcomeCandidate>& candidates,
                    const std::string& fileName);

} // namespace lantern
