#pragma once
// Internal to the evidence imports (Store_EvidenceImport.cpp, Store_CanvasMastery.cpp): what a
// row may refer to, read once per import, and the evidence writer both share.
#include "core/model/Content.hpp"
#include "core/model/ImportReport.hpp"
#include "store/Sqlite.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace lantern::store::evidence {

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// Ids only (plus the competencies, read as loadContent reads them), so a district's 50,000 learners
// fit easily.
struct Targets {
    MasteryScale scale;
    StringMap<std::string> learnerSection; // learner id → own section id
    StringSet sections;
    std::vector<Competency> competencies;       // id, domainId, code, title, ratings, points
    StringMap<std::vector<std::size_t>> byCode; // code → indexes into competencies
    StringMap<std::size_t> byId;                // id → index into competencies
};
[[nodiscard]] Targets loadTargets(sqlite::Connection& db);

struct Row {
    std::string_view learnerId;
    std::string_view competencyId;
    std::string_view sectionId; // empty: NULL
    std::string_view date;      // YYYY-MM-DD
    int level = 1;
    std::optional<double> score;
    std::string_view sourceKey;
};

// Upserts evidence by (source, source_key) with three prepared statements reused for every row,
// tallying report.counts["evidence"] and ["enrollments"].
class Writer {
public:
    Writer(sqlite::Connection& db, ImportReport& report, std::string source);

    // False when this import already wrote `row.sourceKey` (a duplicate row); nothing is written.
    [[nodiscard]] bool write(const Row& row);
    // Adds the enrollment once per import; an existing one counts as unchanged.
    void enroll(std::string_view learnerId, std::string_view sectionId);

private:
    [[nodiscard]] bool insert(const Row& row);                   // false when the key exists
    [[nodiscard]] std::int64_t find(std::string_view sourceKey); // -1 when absent
    [[nodiscard]] bool update(std::int64_t id, const Row& row);  // false when already touched
    [[nodiscard]] bool touch(std::int64_t id);                   // false when already touched

    sqlite::Connection& m_db;
    std::string m_source;
    ImportCounts& m_evidence;
    ImportCounts& m_enrollments;
    sqlite::Statement m_insert;
    sqlite::Statement m_find;
    sqlite::Statement m_update;
    sqlite::Statement m_enroll;
    std::vector<bool> m_touched; // by evidence id: written by this import
    StringSet m_enrolled;
    std::string m_pair;
    bool m_expectExisting = false; // the last row was already in the table
};

} // namespace lantern::store::evidence
