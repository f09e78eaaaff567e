#pragma once
// Streaming CSV input for the importers, through libcsv (RFC 4180 quoting). Reads one record at a
// time, so a 2-million-row file never sits in memory. Copes with what real exports do: a UTF-8
// BOM, CRLF or LF line ends, no final newline, quoted fields holding separators or line breaks,
// and ',' or ';' as separator (sniffed from the header line when asked). Malformed quoting throws
// ImportError with the file and line.
#include "core/model/ImportReport.hpp"

#include <deque>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lantern {

class CsvReader {
public:
    struct Options {
        char separator = ',';
        bool sniffSeparator = false; // pick ';' when the first line has more ';' than ','
    };

    // `in` must outlive the reader; `fileName` is only used in messages.
    CsvReader(std::istream& in, std::string fileName, Options options);
    CsvReader(std::istream& in, std::string fileName) : CsvReader(in, std::move(fileName), {}) {}
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // The next record (blank lines are skipped); false at the end of the input.
    bool next(std::vector<std::string>& fields);
    // The line the last record returned by next() started on (1-based).
    [[nodiscard]] int line() const { return m_recordLine; }
    [[nodiscard]] const std::string& fileName() const { return m_fileName; }
    [[nodiscard]] char separator() const { return m_separator; }

private:
    struct Parser;
    struct Record {
        int line = 0;
        std::vector<std::string> fields;
    };
    bool feedLine();
    static void onField(void* data, std::size_t size, void* self);
    static void onRecord(int terminator, void* self);

    std::istream& m_in;
    std::string m_fileName;
    Options m_options;
    char m_separator = ',';
    std::unique_ptr<Parser> m_parser;
    std::deque<Record> m_ready;
    Record m_building;
    std::vector<std::vector<std::string>> m_spare; // emptied field lists, reused (no malloc)
    std::string m_text;                            // the line being fed
    int m_lineFed = 0;
    int m_recordLine = 0;
    bool m_finished = false;
};

// A CSV file with a header row: columns found by name (case-insensitive, surrounding spaces
// ignored), so files whose columns come in another order or carry extra columns still import.
class CsvTable {
public:
    CsvTable(std::istream& in, std::string fileName, CsvReader::Options options = {});

    [[nodiscard]] const std::vector<std::string>& header() const { return m_header; }
    // The column's index, or nullopt when the header has no such column.
    [[nodiscard]] std::optional<std::size_t> column(std::string_view name) const;
    // As column(), but a missing column throws ImportError naming the file, line 1 and the column.
    [[nodiscard]] std::size_t requireColumn(std::string_view name) const;

    // Advances to the next data row; false at the end.
    bool next();
    // The current row's cell, trimmed of surrounding spaces; empty when the row is short.
    [[nodiscard]] std::string_view cell(std::size_t column) const;
    [[nodiscard]] std::string_view cell(const std::optional<std::size_t>& column) const;
    [[nodiscard]] const std::vector<std::string>& row() const { return m_row; }
    [[nodiscard]] int line() const { return m_reader.line(); }
    [[nodiscard]] const std::string& fileName() const { return m_reader.fileName(); }

    // Throws ImportError for the current row and the named column.
    [[noreturn]] void fail(std::size_t column, const std::string& message) const;
    [[noreturn]] void fail(const std::string& field, const std::string& message) const;

private:
    CsvReader m_reader;
    std::vector<std::string> m_header;
    std::vector<std::string> m_row;
};

} // namespace lantern
