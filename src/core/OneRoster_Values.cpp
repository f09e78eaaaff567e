// OneRoster: the manifest's modes, value parsing (grades, dates, numbers) and SetFile, the rules
// every file of a set shares.
#include "core/OneRosterDetail.hpp"

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

std::optional<Days> makeDay(std::optional<int> y, std::optional<int> m, std::optional<int> d) {
    if (!y || !m || !d || *m < 1 || *d < 1) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{*y},
                                          std::chrono::month{static_cast<unsigned>(*m)},
                                          std::chrono::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) return std::nullopt;
    return Days{ymd};
}

std::optional<Days> isoDate(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    if (text.size() > 10 && text[10] != 'T' && text[10] != 't' && text[10] != ' ')
        return std::nullopt;
    return makeDay(digits(text.substr(0, 4)), digits(text.substr(5, 2)), digits(text.substr(8, 2)));
}

// The two-digit number at `at`, when it is at most `max`.
bool twoDigits(std::string_view text, std::size_t at, int max) {
    if (at + 2 > text.size()) return false;
    const auto n = digits(text.substr(at, 2));
    return n && std::isdigit(static_cast<unsigned char>(text[at])) && *n <= max;
}

// hh:mm[:ss[.fraction]] from the start of `text`; returns what follows, or nullopt.
std::optional<std::string_view> clockTime(std::string_view text) {
    if (!twoDigits(text, 0, 23) || text.size() < 5 || text[2] != ':' || !twoDigits(text, 3, 59))
        return std::nullopt;
    text.remove_prefix(5);
    if (text.empty() || text[0] != ':') return text;
    if (!twoDigits(text, 1, 60)) return std::nullopt; // 60: a leap second
    text.remove_prefix(3);
    if (text.empty() || (text[0] != '.' && text[0] != ',')) return text;
    std::size_t n = 1;
    while (n < text.size() && std::isdigit(static_cast<unsigned char>(text[n])))
        ++n;
    if (n == 1) return std::nullopt;
    return text.substr(n);
}

// "", Z, +hh, +hhmm or +hh:mm (or -).
bool zone(std::string_view text) {
    if (text.empty() || text == "Z" || text == "z") return true;
    if ((text[0] != '+' && text[0] != '-') || !twoDigits(text, 1, 23)) return false;
    text.remove_prefix(3);
    if (!text.empty() && text[0] == ':') text.remove_prefix(1);
    return text.empty() || (text.size() == 2 && twoDigits(text, 0, 59));
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

std::optional<Days> usDate(std::string_view text) {
    const auto first = text.find('/');
    const auto second = first == std::string_view::npos ? first : text.find('/', first + 1);
    if (second == std::string_view::npos || first == 0 || first > 2 || second - first > 3 ||
        text.size() - second != 5)
        return std::nullopt;
    return makeDay(digits(text.substr(second + 1)), digits(text.substr(0, first)),
                   digits(text.substr(first + 1, second - first - 1)));
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
    if (auto day = isoDate(text)) return day;
    return usDate(text);
}

bool isDateTime(std::string_view text) {
    if (text.size() < 10 || !std::isdigit(static_cast<unsigned char>(text[0])) ||
        !std::isdigit(static_cast<unsigned char>(text[5])) || !isoDate(text.substr(0, 10)))
        return false;
    if (text.size() == 10) return true;
    if (text[10] != 'T' && text[10] != 't' && text[10] != ' ') return false;
    const auto rest = clockTime(text.substr(11));
    return rest && zone(*rest);
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
