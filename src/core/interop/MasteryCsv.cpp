#include "core/interop/MasteryCsv.hpp"

#include "core/model/Dates.hpp"
#include "core/model/LocalTime.hpp"

#include <charconv>

namespace lantern {
namespace {

constexpr const char* kColumnNames[] = {"learner_id", "section_id", "competency_code",
                                        "level",      "date",       "source"};

// The code point's lower case where foldCase handles it; else the code point itself.
char32_t lowered(char32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 0x20 : c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
    if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 0x20;
    if (c >= 0x410 && c <= 0x42F) return c + 0x20;
    if (c >= 0x400 && c <= 0x40F) return c + 0x50;
    return c;
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string_view trimmedView(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

std::string foldCase(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        // Two-byte sequences cover every capital foldCase lowers beyond ASCII.
        if ((byte & 0xE0) == 0xC0 && i + 1 < text.size()) {
            const char32_t c =
                ((byte & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
            appendUtf8(out, lowered(c));
            i += 2;
        } else {
            out += byte < 0x80 ? static_cast<char>(lowered(byte)) : text[i];
            ++i;
        }
    }
    return out;
}

LevelNames::LevelNames(const MasteryScale& scale) {
    for (const auto& level : scale.levels) {
        if (m_highest < m_lowest) m_lowest = level.rank;
        m_highest = level.rank;
        m_byName.emplace(std::to_string(level.rank), level.rank);
        for (const auto& [lang, label] : level.label) {
            if (m_firstLabel.empty()) m_firstLabel = label;
            m_byName.emplace(foldCase(trimmedView(label)), level.rank);
        }
    }
}

std::optional<int> LevelNames::find(std::string_view text) const {
    const bool digits = !text.empty() && text.size() < 4 &&
                        text.find_first_not_of("0123456789") == std::string_view::npos;
    const auto it = m_byName.find(digits ? std::string(text) : foldCase(text));
    if (it == m_byName.end()) return std::nullopt;
    return it->second;
}

std::string LevelNames::expected() const {
    if (m_highest < m_lowest) return "a level, but the school has no mastery scale";
    std::string out = "a rank " + std::to_string(m_lowest) + "-" + std::to_string(m_highest);
    if (!m_firstLabel.empty()) out += " or a level label such as '" + m_firstLabel + "'";
    return out;
}

MasteryCsvReader::MasteryCsvReader(std::istream& in, std::string fileName,
                                   const MasteryScale& scale, Days today)
    : m_table(in, std::move(fileName), {',', true}), m_levels(scale),
      m_latest(today + Days::duration(1)) {
    for (std::size_t i = 0; i < 5; ++i)
        m_columns[i] = m_table.requireColumn(kColumnNames[i]);
    m_source = m_table.column("source");
}

std::string_view MasteryCsvReader::required(Column column) const {
    const auto text = m_table.cell(m_columns[static_cast<int>(column)]);
    if (text.empty()) fail(column, "is empty");
    return text;
}

bool MasteryCsvReader::next(MasteryCsvRow& row) {
    if (!m_table.next()) return false;
    row.learnerId = required(Column::Learner);
    row.sectionId = required(Column::Section);
    row.competencyCode = required(Column::Competency);
    const auto level = m_levels.find(required(Column::Level));
    if (!level)
        fail(Column::Level,
             "'" + std::string(m_table.cell(m_columns[3])) + "' is not " + m_levels.expected());
    row.level = *level;
    row.dateText = required(Column::Date);
    const auto date = parseDate(row.dateText);
    if (!date)
        fail(Column::Date, "'" + std::string(row.dateText) + "' is not a date like 2026-11-20");
    if (*date > m_latest)
        fail(Column::Date, "'" + std::string(row.dateText) + "' is in the future (the latest " +
                               "accepted is " + formatDate(m_latest) + ")");
    row.date = *date;
    row.source = m_table.cell(m_source);
    return true;
}

void MasteryCsvReader::fail(Column column, const std::string& message) const {
    const auto index =
        column == Column::Source ? m_source.value_or(0) : m_columns[static_cast<int>(column)];
    m_table.fail(index, message);
}

} // namespace lantern
