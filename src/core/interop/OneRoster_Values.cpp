// OneRoster: the manifest's modes, value parsing (grades, dates, numbers) and SetFile, the rules
// every file of a set shares.
#include "core/interop/OneRosterDetail.hpp"
#include "core/model/Dates.hpp"

#include <cctype>
#include <charconv>
#include <chrono>

namespace lantern::oneroster {
namespace {

std::optional<int> digits(std::string_view text) {
    int value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end || text.empty()) return std::nullopt;
    return value;
}

// At most 40 bytes of `text`, cut at a UTF-8 character boundary, for a message.
std::string excerpt(const std::string& text) {
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax) return text;
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut) + "...";
}

} // namespace

FileMode Manifest::mode(std::string_view kind) const {
    const auto it = files.find(detail::lower(kind));
    return it == files.end() ? FileMode::Absent : it->second;
}

std::optional<int> parseGrades(std::string_view grades) {
    const auto comma = grades.find(',');
    auto first = grades.substr(0, comma);
    while (!first.empty() && std::isspace(static_cast<unsigned char>(first.front())))
        first.remove_prefix(1);
    while (!first.empty() && std::isspace(static_cast<unsigned char>(first.back())))
        first.remove_suffix(1);
    const auto code = detail::lower(first);
    if (code == "kg") return 0;
    if (code == "pk" || code == "tk" || code == "pr" || code == "it" || code == "ps") return -1;
    const auto n = digits(code);
    if (n && *n >= 0 && *n <= 13) return n;
    return std::nullopt;
}

std::optional<Days> parseDate(std::string_view text) {
    if (auto day = parseDateOfStamp(text)) return day;
    return parseUsDate(text);
}

bool isDateTime(std::string_view text) {
    return (text.size() == 10 && lantern::parseDate(text)) ||
           parseDateTime(text, Offset::Optional).has_value();
}

namespace detail {

std::string lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::unique_ptr<SetFile> SetFile::open(SetFiles& files, const Manifest& manifest,
                                       const std::string& kind, ImportReport& report) {
    const auto mode = manifest.mode(kind);
    if (mode == FileMode::Absent) return nullptr;
    const auto name = kind + ".csv";
    auto in = files.open(name);
    if (!in)
        throw ImportError(files.label(name), 0, "",
                          std::string("manifest.csv lists it as ") +
                              (mode == FileMode::Bulk ? "bulk" : "delta") +
                              " but the set has no such file");
    return std::unique_ptr<SetFile>(new SetFile(std::move(in), files.label(name), mode, report));
}

SetFile::SetFile(std::unique_ptr<std::istream> in, const std::string& label, FileMode mode,
                 ImportReport& report)
    : m_in(std::move(in)), m_table(std::make_unique<CsvTable>(*m_in, label)), m_mode(mode),
      m_report(report) {
    m_idColumn = m_table->requireColumn("sourcedId");
    m_statusColumn = m_table->column("status");
    m_modifiedColumn = anyColumn({"dateLastModified", "dataLastModified"});
    const auto& header = m_table->header();
    for (std::size_t i = 0; i < header.size(); ++i)
        if (!header[i].empty()) m_namedColumns = i + 1;
    m_rowSize = m_namedColumns;
}

bool SetFile::next() {
    if (m_table->next()) {
        m_rowSize = m_table->row().size();
        m_rowLine = m_table->line();
        checkModified();
        return true;
    }
    if (m_rowSize < m_namedColumns)
        throw ImportError(name(), m_rowLine, m_table->header()[m_rowSize],
                          "the last row ends early (" + std::to_string(m_rowSize) + " of " +
                              std::to_string(m_namedColumns) +
                              " columns): the file looks cut short");
    warnModified();
    return false;
}

void SetFile::checkModified() {
    const auto text = cell(m_modifiedColumn);
    if (text.empty() || isDateTime(text)) return;
    if (m_oddModified++ == 0) {
        m_oddModifiedLine = line();
        m_oddModifiedValue = excerpt(text);
    }
}

void SetFile::warnModified() {
    if (m_oddModified == 0) return;
    const bool one = m_oddModified == 1;
    m_report.warnings.push_back(
        name() + ": " + std::to_string(m_oddModified) + (one ? " row has" : " rows have") +
        " a dateLastModified that is not an ISO 8601 date-time (e.g. line " +
        std::to_string(m_oddModifiedLine) + ": '" + m_oddModifiedValue + "'); ignored");
    m_oddModified = 0; // once, however often next() is called at the end
}

std::size_t SetFile::require(std::string_view column) const {
    return m_table->requireColumn(column);
}

std::optional<std::size_t> SetFile::column(std::string_view column) const {
    return m_table->column(column);
}

std::optional<std::size_t> SetFile::anyColumn(std::initializer_list<std::string_view> names) const {
    for (auto name : names)
        if (auto c = m_table->column(name)) return c;
    return std::nullopt;
}

std::string SetFile::cell(std::size_t column) const {
    return std::string(m_table->cell(column));
}

std::string SetFile::cell(const std::optional<std::size_t>& column) const {
    return std::string(m_table->cell(column));
}

std::string SetFile::sourcedId() {
    auto id = cell(m_idColumn);
    if (id.empty()) fail(m_idColumn, "empty sourcedId");
    if (!m_ids.insert(id).second) fail(m_idColumn, "duplicate sourcedId '" + id + "'");
    return id;
}

bool SetFile::deleted() {
    const auto status = lower(cell(m_statusColumn));
    if (status.empty() || status == "active") return false;
    if (status == "tobedeleted") return true;
    if (!m_warnedStatus)
        m_report.warnings.push_back(
            name() + ": status '" + cell(m_statusColumn) + "' (line " + std::to_string(line()) +
            ") is not active or tobedeleted; such rows are taken as active");
    m_warnedStatus = true;
    return false;
}

std::optional<double> SetFile::number(const std::optional<std::size_t>& column) const {
    const auto text = cell(column);
    if (text.empty()) return std::nullopt;
    double value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || ptr != text.data() + text.size())
        fail(*column, "'" + text + "' is not a number");
    return value;
}

std::optional<Days> SetFile::date(const std::optional<std::size_t>& column) const {
    const auto text = cell(column);
    if (text.empty()) return std::nullopt;
    auto day = parseDate(text);
    if (!day) fail(*column, "'" + text + "' is not a date (YYYY-MM-DD, ISO 8601 or M/D/YYYY)");
    return day;
}

} // namespace detail
} // namespace lantern::oneroster
