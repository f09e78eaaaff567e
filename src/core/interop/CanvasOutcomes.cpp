// Canvas outcomes CSV: [1] cells to rows, checked as read, [2] groups and their paths,
// [3] domains and competencies, [4] the suggested mastery scale, [5] HTML to plain text.
// [6] parseCanvasOutcomes, the entry point.
//
// Call flow:
//   parseCanvasOutcomes
//   ├─ [1] RowReader::next ─ check ─ checkOutcome ─ readRatings
//   ├─ [2] OutcomeTree: every parent_guids names a row
//   ├─ [3] FrameworkBuilder::build ─ addOutcome
//   │      ├─ OutcomeTree::nearestGroup, domainFor ─ OutcomeTree::path
//   │      └─ [5] stripHtml ─ appendEntity
//   └─ [4] suggestScale ─ rampColor, masteredRankOf
#include "core/interop/CanvasOutcomes.hpp"

#include "core/interop/CsvRead.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <sstream>

namespace lantern {
namespace {

constexpr std::array kMethods = {
    "decaying_average", "standard_decaying_average", "n_mastery", "highest", "latest",
    "average",          "weighted_average"};

struct Row {
    int line = 0;
    std::string guid, type, title, description, displayName, method, state;
    std::optional<double> calculationInt, masteryPoints;
    std::vector<std::string> parents;
    std::vector<Rating> ratings; // by points descending
};

struct Columns {
    std::size_t guid, type, title;
    std::optional<std::size_t> description, displayName, method, calcInt, state, parents, ratings,
        masteryPoints;
};

std::optional<double> number(std::string_view text) {
    double value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::string pointsText(double points) {
    std::ostringstream out;
    out << points;
    return out.str();
}

// [1] ------------------------------------------------------------------------------------------

class RowReader {
public:
    explicit RowReader(CsvTable& table) : m_table(table), m_cols(columns(table)) {}

    bool next(Row& row) {
        if (!m_table.next()) return false;
        row = Row{};
        row.line = m_table.line();
        row.guid = cell(m_cols.guid);
        row.type = cell(m_cols.type);
        row.title = cell(m_cols.title);
        row.description = cell(m_cols.description);
        row.displayName = cell(m_cols.displayName);
        row.state = cell(m_cols.state);
        std::istringstream parents{cell(m_cols.parents)};
        for (std::string p; parents >> p;)
            row.parents.push_back(p);
        check(row);
        return true;
    }

private:
    static Columns columns(const CsvTable& t) {
        return {t.requireColumn("vendor_guid"), t.requireColumn("object_type"),
                t.requireColumn("title"),       t.column("description"),
                t.column("display_name"),       t.column("calculation_method"),
                t.column("calculation_int"),    t.column("workflow_state"),
                t.column("parent_guids"),       t.column("ratings"),
                t.column("mastery_points")};
    }
    std::string cell(const std::optional<std::size_t>& c) const {
        return std::string(m_table.cell(c));
    }
    std::string cell(std::size_t c) const { return std::string(m_table.cell(c)); }

    std::optional<double> optionalNumber(const std::optional<std::size_t>& c) const {
        const auto text = m_table.cell(c);
        if (text.empty()) return std::nullopt;
        if (auto value = number(text)) return value;
        m_table.fail(*c, "not a number: " + std::string(text));
    }

    void check(Row& row) {
        if (row.guid.empty()) m_table.fail(m_cols.guid, "missing");
        if (auto [it, added] = m_lines.emplace(row.guid, row.line); !added)
            m_table.fail(m_cols.guid, "duplicate vendor_guid " + row.guid + " (first on line " +
                                          std::to_string(it->second) + ")");
        if (row.type != "group" && row.type != "outcome")
            m_table.fail(m_cols.type, "expected group or outcome, not '" + row.type + "'");
        if (row.title.empty()) m_table.fail(m_cols.title, "missing");
        if (row.type == "outcome") checkOutcome(row);
    }

    void checkOutcome(Row& row) {
        row.method = cell(m_cols.method);
        if (!row.method.empty() &&
            std::find(kMethods.begin(), kMethods.end(), row.method) == kMethods.end())
            m_table.fail(*m_cols.method, "unknown calculation method '" + row.method + "'");
        row.calculationInt = optionalNumber(m_cols.calcInt);
        row.masteryPoints = optionalNumber(m_cols.masteryPoints);
        if (m_cols.ratings) readRatings(row);
    }

    // Pairs of cells from the `ratings` column to the end of the row: points, description.
    void readRatings(Row& row) {
        const auto& cells = m_table.row();
        for (std::size_t c = *m_cols.ratings; c < cells.size(); c += 2) {
            const auto points = m_table.cell(c);
            const auto description = m_table.cell(c + 1);
            if (points.empty() && description.empty()) continue;
            const auto value = number(points);
            if (!value)
                m_table.fail("ratings", "rating " + std::to_string((c - *m_cols.ratings) / 2 + 1) +
                                            ": points are not a number: '" + std::string(points) +
                                            "'");
            row.ratings.push_back({*value, std::string(description)});
        }
        std::stable_sort(row.ratings.begin(), row.ratings.end(),
                         [](const Rating& a, const Rating& b) { return a.points > b.points; });
    }

    CsvTable& m_table;
    Columns m_cols;
    std::map<std::string, int> m_lines;
};

// [2] ------------------------------------------------------------------------------------------

class OutcomeTree {
public:
    OutcomeTree(std::vector<Row> rows, const std::string& file) : m_rows(std::move(rows)) {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            m_index[m_rows[i].guid] = i;
        for (const auto& row : m_rows)
            for (const auto& parent : row.parents)
                if (!m_index.count(parent))
                    throw ImportError(file, row.line, "parent_guids",
                                      "no row has vendor_guid " + parent);
    }

    [[nodiscard]] const std::vector<Row>& rows() const { return m_rows; }

    // The group an outcome sits in: of its parents that are live groups, the deepest.
    [[nodiscard]] const Row* nearestGroup(const Row& row) const {
        const Row* best = nullptr;
        std::size_t bestDepth = 0;
        for (const auto& parent : row.parents) {
            const Row& p = m_rows[m_index.at(parent)];
            if (!isLiveGroup(p)) continue;
            if (auto depth = path(p).size(); !best || depth > bestDepth) {
                best = &p;
                bestDepth = depth;
            }
        }
        return best;
    }

    // Titles from the outermost group down to `group`, through each group's first live parent
    // group; a loop of groups stops where it repeats.
    [[nodiscard]] std::vector<std::string> path(const Row& group) const {
        std::vector<std::string> titles, seen;
        for (const Row* at = &group; at; at = parentGroup(*at)) {
            if (std::find(seen.begin(), seen.end(), at->guid) != seen.end()) break;
            seen.push_back(at->guid);
            titles.insert(titles.begin(), at->title);
        }
        return titles;
    }

    static bool isLiveGroup(const Row& r) { return r.type == "group" && r.state != "deleted"; }

private:
    [[nodiscard]] const Row* parentGroup(const Row& group) const {
        for (const auto& parent : group.parents)
            if (const Row& p = m_rows[m_index.at(parent)]; isLiveGroup(p)) return &p;
        return nullptr;
    }

    std::vector<Row> m_rows;
    std::map<std::string, std::size_t> m_index;
};

// [3] ------------------------------------------------------------------------------------------

std::string joinPath(const std::vector<std::string>& titles) {
    std::string out;
    for (const auto& t : titles)
        out += (out.empty() ? "" : " > ") + t;
    return out;
}

class FrameworkBuilder {
public:
    FrameworkBuilder(FrameworkImportData& out, const OutcomeTree& tree)
        : m_out(out), m_tree(tree) {}

    void build() {
        for (const auto& row : m_tree.rows())
            if (row.type == "outcome" && row.state != "deleted") addOutcome(row);
    }

private:
    LangText inLanguage(const std::string& text) const {
        if (text.empty()) return {};
        return {{m_out.language, text}};
    }

    // The domain's index, made on first use.
    std::size_t domainFor(const Row* group) {
        const std::string id = group ? "canvas:" + group->guid : m_out.framework.id;
        if (auto it = m_domains.find(id); it != m_domains.end()) return it->second;
        const auto title =
            group ? inLanguage(joinPath(m_tree.path(*group))) : m_out.framework.title;
        m_out.domains.push_back({id, group ? group->guid : "", title,
                                 static_cast<int>(m_out.domains.size()), m_out.framework.id});
        m_sizes.push_back(0);
        return m_domains[id] = m_out.domains.size() - 1;
    }

    void addOutcome(const Row& row) {
        const auto domain = domainFor(m_tree.nearestGroup(row));
        Competency c;
        c.id = "canvas:" + row.guid;
        c.domainId = m_out.domains[domain].id;
        c.code = row.guid;
        c.title = inLanguage(row.title);
        c.meaning =
            inLanguage(row.displayName.empty() ? stripHtml(row.description) : row.displayName);
        c.sortOrder = m_sizes[domain]++;
        c.frameworkId = m_out.framework.id;
        c.ratings = row.ratings;
        c.masteryPoints = row.masteryPoints;
        c.calculationMethod = row.method;
        c.calculationInt = row.calculationInt;
        m_out.competencies.push_back(std::move(c));
    }

    FrameworkImportData& m_out;
    const OutcomeTree& m_tree;
    std::map<std::string, std::size_t> m_domains;
    std::vector<int> m_sizes;
};

// [4] ------------------------------------------------------------------------------------------

// Purple-orange (ColorBrewer PuOr without its grey middle): readable by colour-blind viewers.
// The first four are the demo school's scale.
constexpr std::array<const char*, 4> kRamp4 = {"#E66101", "#FDB863", "#B2ABD2", "#5E3C99"};
constexpr std::array<const char*, 8> kRamp8 = {"#B35806", "#E08214", "#FDB863", "#FEE0B6",
                                               "#D8DAEB", "#B2ABD2", "#8073AC", "#542788"};

std::string rampColor(std::size_t i, std::size_t n) {
    if (n <= 1) return kRamp4.back();
    if (n <= kRamp4.size()) return kRamp4[i * (kRamp4.size() - 1) / (n - 1)];
    return kRamp8[std::min(i, n - 1) * (kRamp8.size() - 1) / (n - 1)];
}

int masteredRankOf(const std::vector<Rating>& ascending, const std::optional<double>& mastery) {
    const int n = static_cast<int>(ascending.size());
    if (!mastery) return n >= 3 ? n - 1 : n;
    for (int i = 0; i < n; ++i)
        if (ascending[static_cast<std::size_t>(i)].points >= *mastery) return i + 1;
    return n;
}

std::optional<MasteryScale> suggestScale(const FrameworkImportData& data) {
    for (const auto& c : data.competencies) {
        if (c.ratings.empty()) continue;
        std::vector<Rating> ascending(c.ratings.rbegin(), c.ratings.rend());
        MasteryScale scale;
        for (std::size_t i = 0; i < ascending.size(); ++i) {
            const auto& r = ascending[i];
            const auto label = r.description.empty() ? pointsText(r.points) : r.description;
            scale.levels.push_back({static_cast<int>(i) + 1,
                                    {{data.language, label}},
                                    rampColor(i, ascending.size())});
        }
        scale.masteredRank = masteredRankOf(ascending, c.masteryPoints);
        return scale;
    }
    return std::nullopt;
}

// [5] ------------------------------------------------------------------------------------------

void appendEntity(std::string_view html, std::size_t& i, std::string& out) {
    static const std::array<std::pair<std::string_view, char>, 6> kEntities = {{{"&amp;", '&'},
                                                                                {"&lt;", '<'},
                                                                                {"&gt;", '>'},
                                                                                {"&quot;", '"'},
                                                                                {"&#39;", '\''},
                                                                                {"&nbsp;", ' '}}};
    for (const auto& [name, c] : kEntities)
        if (html.substr(i, name.size()) == name) {
            out += c;
            i += name.size() - 1;
            return;
        }
    out += '&';
}

} // namespace

std::string stripHtml(std::string_view html) {
    std::string text;
    for (std::size_t i = 0; i < html.size(); ++i) {
        if (html[i] == '<') {
            const auto close = html.find('>', i);
            if (close == std::string_view::npos) break;
            text += ' ';
            i = close;
        } else if (html[i] == '&') {
            appendEntity(html, i, text);
        } else {
            text += html[i];
        }
    }
    std::istringstream words(text);
    std::string out;
    for (std::string w; words >> w;)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

// [6] ------------------------------------------------------------------------------------------

FrameworkImportData parseCanvasOutcomes(std::istream& in, const std::string& fileName,
                                        const std::string& language) {
    CsvTable table(in, fileName, {',', true});
    RowReader reader(table);
    std::vector<Row> rows;
    for (Row row; reader.next(row);)
        rows.push_back(std::move(row));
    const OutcomeTree tree(std::move(rows), fileName);

    FrameworkImportData data;
    data.fileName = fileName;
    data.language = language;
    const auto stem = std::filesystem::path(fileName).stem().string();
    data.framework = {"canvas:" + stem, "canvas", {{language, stem}}, {}, {}};
    FrameworkBuilder(data, tree).build();
    data.suggestedScale = suggestScale(data);
    return data;
}

} // namespace lantern
