#pragma once
// Internal to the OneRoster reader (OneRoster_*.cpp): one open CSV file of a set with the rules
// every file shares (status values, unique sourcedIds, numbers and dates in cells).
#include "core/interop/CsvRead.hpp"
#include "core/interop/OneRoster.hpp"

#include <memory>
#include <unordered_set>

namespace lantern::oneroster::detail {

class SetFile {
public:
    // nullptr when the manifest lists the kind as absent (or not at all). Throws ImportError
    // when the manifest lists it but the set has no such file.
    [[nodiscard]] static std::unique_ptr<SetFile>
    open(SetFiles& files, const Manifest& manifest, const std::string& kind, ImportReport& report);

    CsvTable& table() { return *m_table; }
    [[nodiscard]] FileMode mode() const { return m_mode; }
    [[nodiscard]] std::size_t require(std::string_view column) const;
    [[nodiscard]] std::optional<std::size_t> column(std::string_view column) const;
    // The first of the names the header has (1.1 / 1.2 spellings, known header typos).
    [[nodiscard]] std::optional<std::size_t>
    anyColumn(std::initializer_list<std::string_view> names) const;

    // The next row; a last row with fewer cells than the header names throws (a cut-short
    // file), naming its first missing column. Shorter rows before the last are kept.
    // dateLastModified is checked on every row but never used: values that are not
    // isDateTime() add one warning per file (count, first line and value) at the end.
    bool next();
    [[nodiscard]] std::string cell(std::size_t column) const;
    [[nodiscard]] std::string cell(const std::optional<std::size_t>& column) const;

    // The row's sourcedId (required, non-empty, unique in the file).
    [[nodiscard]] std::string sourcedId();
    // True for status tobedeleted; other values than active / tobedeleted / empty are taken as
    // active, with one warning per file.
    [[nodiscard]] bool deleted();
    [[nodiscard]] std::optional<double> number(const std::optional<std::size_t>& column) const;
    [[nodiscard]] std::optional<Days> date(const std::optional<std::size_t>& column) const;
    [[noreturn]] void fail(std::size_t column, const std::string& message) const {
        m_table->fail(column, message);
    }
    [[nodiscard]] const std::string& name() const { return m_table->fileName(); }
    [[nodiscard]] int line() const { return m_table->line(); }

private:
    void checkModified();
    void warnModified();

    SetFile(std::unique_ptr<std::istream> in, const std::string& label, FileMode mode,
            ImportReport& report);

    std::unique_ptr<std::istream> m_in;
    std::unique_ptr<CsvTable> m_table;
    FileMode m_mode;
    ImportReport& m_report;
    std::size_t m_idColumn = 0;
    std::optional<std::size_t> m_statusColumn;
    std::unordered_set<std::string> m_ids;
    bool m_warnedStatus = false;
    std::optional<std::size_t> m_modifiedColumn;
    int m_oddModified = 0; // rows whose dateLastModified is not isDateTime()
    int m_oddModifiedLine = 0;
    std::string m_oddModifiedValue;
    std::size_t m_namedColumns = 0; // up to the last non-empty header name
    std::size_t m_rowSize = 0;
    int m_rowLine = 0;
};

[[nodiscard]] std::string lower(std::string_view text);

} // namespace lantern::oneroster::detail
