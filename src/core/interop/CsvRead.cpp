#include "core/interop/CsvRead.hpp"

#include <csv.h>

#include <algorithm>
#include <cctype>

namespace lantern {
namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

bool sameName(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

// ';' when the line has more of them than ',' outside quotes.
char sniff(std::string_view line) {
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : line) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        commas += c == ',';
        semicolons += c == ';';
    }
    return semicolons > commas ? ';' : ',';
}

} // namespace

struct CsvReader::Parser {
    csv_parser p{};
};

CsvReader::CsvReader(std::istream& in, std::string fileName, Options options)
    : m_in(in), m_fileName(std::move(fileName)), m_options(options), m_separator(options.separator),
      m_parser(std::make_unique<Parser>()) {
    if (csv_init(&m_parser->p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
        throw ImportError(m_fileName, 0, "", "cannot start the CSV reader");
}

CsvReader::~CsvReader() {
    csv_free(&m_parser->p);
}

void CsvReader::onField(void* data, std::size_t size, void* self) {
    auto& reader = *static_cast<CsvReader*>(self);
    if (reader.m_building.fields.empty()) reader.m_building.line = reader.m_lineFed;
    reader.m_building.fields.emplace_back(data ? static_cast<const char*>(data) : "", size);
}

void CsvReader::onRecord(int, void* self) {
    auto& reader = *static_cast<CsvReader*>(self);
    if (reader.m_building.fields.empty()) reader.m_building.line = reader.m_lineFed;
    reader.m_ready.push_back(std::move(reader.m_building));
    reader.m_building.line = 0;
    reader.m_building.fields.clear();
    if (!reader.m_spare.empty()) {
        reader.m_building.fields.swap(reader.m_spare.back());
        reader.m_spare.pop_back();
    }
}

// Feeds one physical line (with its line break) to libcsv; false at the end of the input.
bool CsvReader::feedLine() {
    auto& text = m_text;
    if (!std::getline(m_in, text)) {
        if (!m_finished) {
            m_finished = true;
            if (csv_fini(&m_parser->p, onField, onRecord, this) != 0)
                throw ImportError(m_fileName, m_lineFed, "",
                                  "the file ends inside a quoted field (a quote is not closed)");
        }
        return false;
    }
    ++m_lineFed;
    if (m_lineFed == 1) {
        if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
        if (m_options.sniffSeparator) m_separator = sniff(text);
        csv_set_delim(&m_parser->p, static_cast<unsigned char>(m_separator));
    }
    text += '\n';
    if (csv_parse(&m_parser->p, text.data(), text.size(), onField, onRecord, this) != text.size())
        throw ImportError(m_fileName, m_lineFed, "",
                          std::string("malformed CSV: ") + csv_strerror(csv_error(&m_parser->p)) +
                              " (a quote inside a field must be doubled)");
    return true;
}

bool CsvReader::next(std::vector<std::string>& fields) {
    while (m_ready.empty())
        if (!feedLine() && m_ready.empty()) return false;
    auto& record = m_ready.front();
    m_recordLine = record.line;
    fields.swap(record.fields);
    record.fields.clear(); // the caller's previous fields, kept for their capacity
    m_spare.push_back(std::move(record.fields));
    m_ready.pop_front();
    // A header with trailing empty cells ("a,b,,") or a row of only empty cells is still a row;
    // a record of one empty field is a blank line.
    if (fields.size() == 1 && fields[0].empty()) return next(fields);
    return true;
}

CsvTable::CsvTable(std::istream& in, std::string fileName, CsvReader::Options options)
    : m_reader(in, std::move(fileName), options) {
    if (!m_reader.next(m_header))
        throw ImportError(m_reader.fileName(), 0, "", "the file is empty");
    for (auto& name : m_header)
        name = std::string(trimmed(name));
}

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
    for (std::size_t i = 0; i < m_header.size(); ++i)
        if (sameName(m_header[i], name)) return i;
    return std::nullopt;
}

std::size_t CsvTable::requireColumn(std::string_view name) const {
    if (auto c = column(name)) return *c;
    throw ImportError(m_reader.fileName(), 1, std::string(name),
                      "the header has no column '" + std::string(name) + "'");
}

bool CsvTable::next() {
    return m_reader.next(m_row);
}

std::string_view CsvTable::cell(std::size_t column) const {
    return column < m_row.size() ? trimmed(m_row[column]) : std::string_view{};
}

std::string_view CsvTable::cell(const std::optional<std::size_t>& column) const {
    return column ? cell(*column) : std::string_view{};
}

void CsvTable::fail(std::size_t column, const std::string& message) const {
    fail(column < m_header.size() ? m_header[column] : "column " + std::to_string(column + 1),
         message);
}

void CsvTable::fail(const std::string& field, const std::string& message) const {
    throw ImportError(m_reader.fileName(), m_reader.line(), field, message);
}

} // namespace lantern
