#include "core/interop/CanvasMastery.hpp"

#include <algorithm>
#include <charconv>

namespace lantern {
namespace {

constexpr std::string_view kResult = " result";
constexpr std::string_view kMasteryPoints = " mastery points";

bool endsWithNoCase(std::string_view text, std::string_view suffix) {
    if (text.size() < suffix.size()) return false;
    const auto tail = text.substr(text.size() - suffix.size());
    return std::equal(tail.begin(), tail.end(), suffix.begin(),
                      [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a + 32 : a) == b; });
}

// `path` names `tail` as its last part: equal, or ending with " > tail".
bool pathEndsWith(std::string_view path, std::string_view tail) {
    if (path == tail) return true;
    return path.size() > tail.size() + 3 && path.ends_with(tail) &&
           path.substr(path.size() - tail.size() - 3, 3) == " > ";
}

std::vector<std::string> distinctIds(const std::vector<const CanvasOutcomeCandidate*>& found) {
    std::vector<std::string> ids;
    for (const auto* c : found)
        if (std::find(ids.begin(), ids.end(), c->competencyId) == ids.end())
            ids.push_back(c->competencyId);
    return ids;
}

std::string joined(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids)
        out += (out.empty() ? "" : ", ") + id;
    return out;
}

std::string matchOne(const CanvasOutcomeColumn& column,
                     const std::vector<CanvasOutcomeCandidate>& candidates,
                     const std::string& fileName) {
    std::vector<const CanvasOutcomeCandidate*> byTitle, byPath;
    for (const auto& c : candidates)
        if (!c.title.empty() && pathEndsWith(column.path, c.title)) byTitle.push_back(&c);
    for (const auto* c : byTitle) {
        const auto rest =
            std::string_view(column.path)
                .substr(0, column.path.size() - std::min(column.path.size(), c->title.size() + 3));
        if (!c->groupPath.empty() && c->title.size() < column.path.size() &&
            pathEndsWith(rest, c->groupPath))
            byPath.push_back(c);
    }
    auto ids = distinctIds(byTitle);
    if (ids.size() == 1) return ids.front();
    if (ids.empty())
        throw ImportError(fileName, 1, column.header,
                          "no competency imported from Canvas outcomes is titled '" + column.path +
                              "' (import the outcomes first: lantern import "
                              "canvas-outcomes)");
    const auto narrowed = distinctIds(byPath);
    if (narrowed.size() == 1) return narrowed.front();
    throw ImportError(fileName, 1, column.header,
                      "the outcome matches several competencies (" + joined(ids) +
                          ") and its group path does not tell them apart");
}

} // namespace

CanvasMasteryReader::CanvasMasteryReader(std::istream& in, std::string fileName)
    : m_table(in, std::move(fileName), {',', true}) {
    m_studentId = m_table.requireColumn("Student ID");
    m_name = m_table.column("Student name");
    m_sisId = m_table.column("Student SIS ID");
    const auto& header = m_table.header();
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string_view name = header[i];
        if (i == m_studentId || i == m_name || i == m_sisId) continue;
        if (endsWithNoCase(name, kResult))
            m_outcomes.push_back(
                {header[i], std::string(name.substr(0, name.size() - kResult.size())), i, {}});
        else if (!endsWithNoCase(name, kMasteryPoints))
            m_ignored.push_back(header[i]);
    }
    for (auto& outcome : m_outcomes)
        outcome.masteryPoints = m_table.column(outcome.path + std::string(kMasteryPoints));
    if (m_outcomes.empty())
        throw ImportError(m_table.fileName(), 1, "",
                          "no outcome columns (\"<outcome> result\") in the header");
}

bool CanvasMasteryReader::next() {
    return m_table.next();
}

std::optional<double> CanvasMasteryReader::number(std::size_t column) const {
    const auto text = m_table.cell(column);
    if (text.empty()) return std::nullopt;
    std::string normal(text);
    std::replace(normal.begin(), normal.end(), ',', '.'); // a decimal comma
    double value = 0;
    const auto [end, error] = std::from_chars(normal.data(), normal.data() + normal.size(), value);
    if (error != std::errc() || end != normal.data() + normal.size())
        fail(column, "'" + std::string(text) + "' is not a number");
    return value;
}

std::optional<double> CanvasMasteryReader::result(const CanvasOutcomeColumn& outcome) const {
    return number(outcome.result);
}

std::optional<double> CanvasMasteryReader::masteryPoints(const CanvasOutcomeColumn& outcome) const {
    return outcome.masteryPoints ? number(*outcome.masteryPoints) : std::nullopt;
}

std::vector<std::string> matchOutcomeColumns(const std::vector<CanvasOutcomeColumn>& columns,
                                             const std::vector<CanvasOutcomeCandidate>& candidates,
                                             const std::string& fileName) {
    std::vector<std::string> ids;
    ids.reserve(columns.size());
    for (const auto& column : columns)
        ids.push_back(matchOne(column, candidates, fileName));
    return ids;
}

} // namespace lantern
