// Evidence imports: the shared targets and writer (EvidenceImportDetail.hpp) and the simple
// mastery CSV. The Canvas gradebook is in Store_CanvasMastery.cpp.
#include "core/interop/MasteryCsv.hpp"
#include "store/Codec.hpp"
#include "store/EvidenceImport.hpp"
#include "store/EvidenceImportDetail.hpp"
#include "store/ImportSession.hpp"
#include "store/StoreDetail.hpp"

#include <sqlite3.h>

namespace lantern {
namespace store::evidence {
namespace {

using sqlite::Statement;

void loadScale(sqlite::Connection& db, MasteryScale& scale) {
    Statement school(db, "SELECT mastered_rank FROM school");
    if (school.step()) scale.masteredRank = school.integer(0);
    scale.levels = readLevels(db);
}

void loadCompetencies(sqlite::Connection& db, Targets& targets) {
    targets.competencies = readCompetencies(db);
    for (std::size_t i = 0; i < targets.competencies.size(); ++i) {
        targets.byCode[targets.competencies[i].code].push_back(i);
        targets.byId.emplace(targets.competencies[i].id, i);
    }
}

} // namespace

Targets loadTargets(sqlite::Connection& db) {
    Targets targets;
    loadScale(db, targets.scale);
    Statement learners(db, "SELECT id, section_id FROM learners");
    while (learners.step())
        targets.learnerSection.emplace(learners.text(0), learners.text(1));
    Statement sections(db, "SELECT id FROM sections");
    while (sections.step())
        targets.sections.insert(sections.text(0));
    loadCompetencies(db, targets);
    return targets;
}

Writer::Writer(sqlite::Connection& db, ImportReport& report, std::string source)
    : m_db(db), m_source(std::move(source)), m_evidence(report.counts["evidence"]),
      m_enrollments(report.counts["enrollments"]),
      m_insert(db, "INSERT INTO evidence (learner_id, competency_id, section_id, date, level, "
                   "score, source, source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (source, source_key) DO NOTHING"),
      m_find(db, "SELECT id FROM evidence WHERE source = ? AND source_key = ?"),
      m_update(db, "UPDATE evidence SET section_id = ?2, level = ?3, score = ?4 WHERE id = ?1 "
                   "AND (section_id IS NOT ?2 OR level IS NOT ?3 OR score IS NOT ?4)"),
      m_enroll(db, "INSERT INTO enrollments (learner_id, section_id) VALUES (?, ?) "
                   "ON CONFLICT DO NOTHING") {}

bool Writer::touch(std::int64_t id) {
    const auto index = static_cast<std::size_t>(id);
    if (index >= m_touched.size()) m_touched.resize(std::max(index + 1, m_touched.size() * 2));
    if (m_touched[index]) return false;
    m_touched[index] = true;
    return true;
}

namespace {

void bindOptional(Statement& statement, int index, std::string_view text) {
    if (text.empty())
        statement.bind(index, std::nullopt);
    else
        statement.bindView(index, text);
}

} // namespace

bool Writer::insert(const Row& row) {
    m_insert.bindView(1, row.learnerId);
    m_insert.bindView(2, row.competencyId);
    bindOptional(m_insert, 3, row.sectionId);
    m_insert.bindView(4, row.date);
    m_insert.bind(5, row.level);
    m_insert.bind(6, row.score);
    m_insert.bindView(7, m_source);
    m_insert.bindView(8, row.sourceKey);
    m_insert.run();
    if (m_db.changes() == 0) return false;
    (void)touch(sqlite3_last_insert_rowid(m_db.handle()));
    ++m_evidence.added;
    return true;
}

std::int64_t Writer::find(std::string_view sourceKey) {
    m_find.bindView(1, m_source);
    m_find.bindView(2, sourceKey);
    const std::int64_t id = m_find.step() ? m_find.int64(0) : -1;
    m_find.reset();
    return id;
}

bool Writer::update(std::int64_t id, const Row& row) {
    if (!touch(id)) return false;
    m_update.bind(1, id);
    bindOptional(m_update, 2, row.sectionId);
    m_update.bind(3, row.level);
    m_update.bind(4, row.score);
    m_update.run();
    ++(m_db.changes() > 0 ? m_evidence.changed : m_evidence.unchanged);
    return true;
}

// Rows of a file imported before mostly exist already, rows of a new file mostly don't: after a
// row that existed, look it up first (one index probe instead of a failed insert and a probe).
bool Writer::write(const Row& row) {
    if (m_expectExisting) {
        if (const auto id = find(row.sourceKey); id >= 0) return update(id, row);
        m_expectExisting = false;
    }
    if (insert(row)) return true;
    m_expectExisting = true;
    const auto id = find(row.sourceKey);
    return id >= 0 && update(id, row);
}

void Writer::enroll(std::string_view learnerId, std::string_view sectionId) {
    m_pair.assign(learnerId).append(1, '\x1f').append(sectionId);
    if (!m_enrolled.insert(m_pair).second) return;
    m_enroll.bindAll(learnerId, sectionId);
    m_enroll.run();
    ++(m_db.changes() > 0 ? m_enrollments.added : m_enrollments.unchanged);
}

} // namespace store::evidence

namespace {

using store::evidence::Targets;
using Column = MasteryCsvReader::Column;

// Connection settings for the length of a mastery CSV import, restored afterwards (both pragmas
// must be set outside the import's transaction):
// - a bigger page cache: each row updates three indexes, and SQLite's default 2 MB cache made a
//   2-million-row import ~40 % slower in a measurement on a generated district (256 MB saved
//   only ~4 % of the CPU time for 240 MB more memory);
// - no foreign key checks: every row's learner, competency and section are checked against the
//   roster read inside the same write transaction (Targets), so the parent look-ups SQLite would
//   add per row can never fail; skipping them saved ~13 % of the import's CPU time.
class BulkSettings {
public:
    explicit BulkSettings(sqlite::Connection& db)
        : m_db(db), m_cache(db.queryInt("PRAGMA cache_size")),
          m_foreignKeys(db.queryInt("PRAGMA foreign_keys")) {
        m_db.exec("PRAGMA cache_size = -65536; PRAGMA foreign_keys = OFF");
    }
    ~BulkSettings() { // no throw from a destructor: a failure only leaves a setting as it was
        const auto restore = "PRAGMA cache_size = " + std::to_string(m_cache) +
                             "; PRAGMA foreign_keys = " + std::to_string(m_foreignKeys);
        sqlite3_exec(m_db.handle(), restore.c_str(), nullptr, nullptr, nullptr);
    }
    BulkSettings(const BulkSettings&) = delete;
    BulkSettings& operator=(const BulkSettings&) = delete;

private:
    sqlite::Connection& m_db;
    std::int64_t m_cache;
    std::int64_t m_foreignKeys;
};

const std::string& competencyFor(const Targets& targets, const MasteryCsvRow& row,
                                 const MasteryCsvReader& reader) {
    const auto found = targets.byCode.find(row.competencyCode);
    if (found == targets.byCode.end())
        reader.fail(Column::Competency,
                    "no competency has the code '" + std::string(row.competencyCode) + "'");
    if (found->second.size() > 1) {
        std::string ids;
        for (auto index : found->second)
            ids += (ids.empty() ? "" : ", ") + targets.competencies[index].id;
        reader.fail(Column::Competency, "the code '" + std::string(row.competencyCode) +
                                            "' is shared by several competencies (" + ids + ")");
    }
    return targets.competencies[found->second.front()].id;
}

// The learner's own section, after checking that the row's learner and section exist.
const std::string& checkRoster(const Targets& targets, const MasteryCsvRow& row,
                               const MasteryCsvReader& reader) {
    const auto learner = targets.learnerSection.find(row.learnerId);
    if (learner == targets.learnerSection.end())
        reader.fail(Column::Learner, "no learner has the id '" + std::string(row.learnerId) +
                                         "' (import the roster first)");
    if (!targets.sections.contains(row.sectionId))
        reader.fail(Column::Section, "no section has the id '" + std::string(row.sectionId) + "'");
    return learner->second;
}

} // namespace

ImportReport importMasteryCsv(Store& store, std::istream& in, const std::string& fileName,
                              Days today, const EvidenceImportOptions& options) {
    BulkSettings settings(store.connection());
    ImportSession session(store, options.dryRun);
    const auto targets = store::evidence::loadTargets(session.db());
    MasteryCsvReader reader(in, fileName, targets.scale, today);
    store::evidence::Writer writer(session.db(), session.report(), "mastery-csv");
    MasteryCsvRow row;
    std::string key;
    long rows = 0;
    while (reader.next(row)) {
        const auto& ownSection = checkRoster(targets, row, reader);
        const auto& competencyId = competencyFor(targets, row, reader);
        key.assign(row.learnerId).append(1, '|').append(competencyId).append(1, '|');
        key.append(row.dateText).append(1, '|').append(row.source);
        if (!writer.write({row.learnerId, competencyId, row.sectionId, row.dateText, row.level,
                           std::nullopt, key}))
            reader.fail(Column::Date, "repeats an earlier row (same learner, competency, date "
                                      "and source)");
        if (ownSection != row.sectionId) writer.enroll(row.learnerId, row.sectionId);
        if (options.onProgress && ++rows % options.progressEvery == 0) options.onProgress(rows);
    }
    return session.finish();
}

std::string schoolTimeZone(Store& store) {
    sqlite::Statement query(store.connection(), "SELECT time_zone FROM school");
    return query.step() ? query.text(0) : School{}.timeZone;
}

} // namespace lantern
