#pragma once
// The simple mastery CSV (docs/importing.md, "Simple mastery CSV"), read row by row and checked
// for everything that needs no database: the header has learner_id, section_id, competency_code,
// level and date (by name, in any order, ',' or ';'), optionally source; level is a rank of the
// school's scale or one of its labels in any language (case-insensitive); date is YYYY-MM-DD and
// not after today + 1. A bad row throws ImportError "file:line: column: message".
#include "core/interop/CsvRead.hpp"
#include "core/model/Content.hpp"

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lantern {

// `text` with ASCII, Latin-1, Greek and Cyrillic capitals lowered (enough to compare level
// labels in the school's languages without a Unicode library); other bytes are kept.
[[nodiscard]] std::string foldCase(std::string_view text);

// A scale's levels by rank number ("3") or by any of their labels, case-insensitive.
class LevelNames {
public:
    explicit LevelNames(const MasteryScale& scale);
    [[nodiscard]] std::optional<int> find(std::string_view text) const;
    // "1 … 4 or a level label" for messages.
    [[nodiscard]] std::string expected() const;

private:
    std::unordered_map<std::string, int> m_byName;
    int m_lowest = 0, m_highest = -1;
    std::string m_firstLabel;
};

// One data row; the views point into the reader and hold until the next call to next().
struct MasteryCsvRow {
    std::string_view learnerId;
    std::string_view sectionId;
    std::string_view competencyCode;
    std::string_view dateText; // as written, YYYY-MM-DD
    std::string_view source;   // empty without a source column
    int level = 1;
    Days date;
};

class MasteryCsvReader {
public:
    enum class Column { Learner, Section, Competency, Level, Date, Source };

    // Reads the header; throws ImportError when a required column is missing.
    MasteryCsvReader(std::istream& in, std::string fileName, const MasteryScale& scale, Days today);

    // The next row, checked; false at the end. Throws ImportError for a bad row.
    bool next(MasteryCsvRow& row);
    [[nodiscard]] int line() const { return m_table.line(); }
    // Throws ImportError for the current row naming `column`'s header.
    [[noreturn]] void fail(Column column, const std::string& message) const;

private:
    [[nodiscard]] std::string_view required(Column column) const;

    CsvTable m_table;
    LevelNames m_levels;
    Days m_latest;
    std::size_t m_columns[5] = {};
    std::optional<std::size_t> m_source;
};

} // namespace lantern
