// Evidence imports: the shared targets and writer (EvidenceImportParts.hpp) and the simple
// mastery CSV. The Canvas gradebook is in Store_CanvasMastery.cpp.
#include "store/Store_EvidenceImport.hpp"

#include "core/MasteryCsv.hpp"
#include "store/Codec.hpp"
#include "store/EvidenceImportParts.hpp"
#include "store/ImportSession.hpp"
#include "store/StoreParts.hpp"

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

bool Writer::write(const Row& row) {
    const auto section = row.sectionId.empty() ? std::optional<std::string_view>{} : row.sectionId;
    m_insert.bindAll(row.learnerId, row.competencyId, section, row.date, row.level, row.score,
                     m_source, row.sourceKey);
    m_insert.run();
    if (m_db.changes() > 0) {
        (void)touch(sqlite3_last_insert_rowid(m_db.handle()));
        ++m_evidence.added;
        return true;
    }
    m_find.bindAll(m_source, row.sourceKey);
    const std::int64_t id = m_find.step() ? m_find.int64(0) : -1;
    m_find.reset();
    if (id < 0 || !touch(id)) return false;
    m_update.bindAll(id, section, row.level, row.score);
    m_update.run();
    ++(m_db.changes() > 0 ? m_evidence.changed : m_evidence.unchanged);
    return true;
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

// A 64 MB page cache while a mastery CSV streams in, restored afterwards: each row updates three
// indexes at random places, and SQLite's default 2 MB cache made a 2-million-row import ~40 %
// slower in a measurement on a generated district.
class BiggerCache {
public:
    explicit BiggerCache(sqlite::Connection& db)
        : m_db(db), m_old(db.queryInt("PRAGMA cache_size")) {
        m_db.exec("PRAGMA cache_size = -65536");
    }
    ~BiggerCache() { // no throw from a destructor: a failure only leaves the cache larger
        const auto restore = "PRAGMA cache_size = " + std::to_string(m_old);
        sqlite3_exec(m_db.handle(), restore.c_str(), nullptr, nullptr, nullptr);
    }
    BiggerCache(const BiggerCache&) = delete;
    BiggerCache& operator=(const BiggerCache&) = delete;

private:
    sqlite::Connection& m_db;
    std::int64_t m_old;
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
    BiggerCache cache(store.connection());
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
