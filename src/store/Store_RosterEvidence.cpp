// OneRoster import: scored results to evidence rows (source 'oneroster', source_key the result's
// or the per-objective score's sourcedId), streamed from results.csv; bulk and tobedeleted
// removals.
#include "core/progress/ScoreLevel.hpp"
#include "store/Codec.hpp"
#include "store/ImportSession.hpp"
#include "store/RosterImportDetail.hpp"

#include <set>
#include <unordered_map>
#include <unordered_set>

namespace lantern::store::roster {
namespace {

using namespace oneroster;
using sqlite::Connection;
using sqlite::Statement;

std::unordered_set<std::string> idsOf(Connection& db, const char* sql) {
    Statement query(db, sql);
    std::unordered_set<std::string> ids;
    while (query.step())
        ids.insert(query.text(0));
    return ids;
}

std::unordered_map<std::string, Competency> readCompetencies(Connection& db) {
    Statement query(db, "SELECT id, ratings, mastery_points, calculation_method, "
                        "calculation_int FROM competencies");
    std::unordered_map<std::string, Competency> competencies;
    while (query.step()) {
        Competency c;
        c.id = query.text(0);
        c.ratings = codec::decodeRatings(query.text(1), "competencies.ratings");
        if (!query.isNull(2)) c.masteryPoints = query.real(2);
        c.calculationMethod = query.text(3);
        if (!query.isNull(4)) c.calculationInt = query.real(4);
        competencies.emplace(c.id, std::move(c));
    }
    return competencies;
}

MasteryScale readScale(Connection& db) {
    MasteryScale scale;
    Statement levels(db, "SELECT rank, color FROM mastery_levels ORDER BY rank");
    while (levels.step())
        scale.levels.push_back({levels.integer(0), {}, levels.text(1)});
    Statement school(db, "SELECT mastered_rank FROM school");
    if (school.step()) scale.masteredRank = school.integer(0);
    return scale;
}

// A learning target's scores count for its competency.
std::unordered_map<std::string, std::string> readTargets(Connection& db) {
    Statement query(db, "SELECT id, competency_id FROM learning_targets");
    std::unordered_map<std::string, std::string> targets;
    while (query.step())
        targets.emplace(query.text(0), query.text(1));
    return targets;
}

class EvidenceWriter {
public:
    EvidenceWriter(Connection& db, const Roster& roster, ImportReport& report, bool bulk)
        : m_db(db), m_roster(roster), m_report(report), m_counts(report.counts["evidence"]),
          m_bulk(bulk), m_competencies(readCompetencies(db)), m_targets(readTargets(db)),
          m_scale(readScale(db)), m_learners(idsOf(db, "SELECT id FROM learners")),
          m_sections(idsOf(db, "SELECT id FROM sections")),
          m_upsert(db, "evidence", {"source", "source_key"},
                   {"learner_id", "competency_id", "level", "date", "section_id", "score"}),
          m_remove(db, "DELETE FROM evidence WHERE source = 'oneroster' AND (source_key = ?1 "
                       "OR substr(source_key, 1, length(?1) + 1) = ?1 || '|')") {
        m_db.exec("CREATE TEMP TABLE IF NOT EXISTS oneroster_seen (key TEXT PRIMARY KEY);"
                  "DELETE FROM temp.oneroster_seen");
        m_seen.emplace(db, "INSERT OR IGNORE INTO temp.oneroster_seen (key) VALUES (?1)");
    }

    void write(const Score& s) {
        if (s.deleted) return remove(s.key);
        const Competency* competency = competencyFor(s);
        if (!competency) return;
        if (!m_learners.count(s.learnerId)) {
            if (m_notLearners++ == 0) m_notLearnerExample = s.learnerId;
            return;
        }
        const auto& item = m_roster.lineItems.at(s.lineItemId);
        const auto level =
            levelForScore(*s.score, *competency, m_scale, item.minScore, item.maxScore);
        if (!level) {
            ++m_noLevel;
            return;
        }
        const std::optional<std::string> section =
            m_sections.count(s.classId) ? std::optional(s.classId) : std::nullopt;
        m_upsert.row(m_counts, "oneroster", s.key, s.learnerId, competency->id, *level,
                     codec::encodeDate(*s.date), section, *s.score);
        m_seen->bindAll(s.key);
        m_seen->run();
    }

    void finish() {
        if (m_bulk) {
            m_db.exec("DELETE FROM evidence WHERE source = 'oneroster' AND source_key NOT IN "
                      "(SELECT key FROM temp.oneroster_seen)");
            m_counts.removed += m_db.changes();
        }
        m_seen.reset();
        m_db.exec("DROP TABLE temp.oneroster_seen");
        if (m_notLearners > 0)
            m_report.warnings.push_back(
                "results.csv: " + std::to_string(m_notLearners) +
                " score(s) of users who are not learners were skipped (e.g. '" +
                m_notLearnerExample + "')");
        if (m_noLevel > 0)
            m_report.warnings.push_back(
                "results.csv: " + std::to_string(m_noLevel) +
                " score(s) could not be placed on the mastery scale (no range for the line "
                "item or the competency) and were skipped");
    }

private:
    void remove(const std::string& key) {
        m_remove.bindAll(key);
        m_remove.run();
        m_counts.removed += m_db.changes();
    }

    const Competency* competencyFor(const Score& s) {
        if (s.objectiveId.empty()) {
            if (m_warnedItems.insert(s.lineItemId).second)
                m_report.warnings.push_back("lineItem " + s.lineItemId +
                                            " has no learning objective; its results are not "
                                            "evidence");
            return nullptr;
        }
        auto it = m_competencies.find(s.objectiveId);
        if (it == m_competencies.end())
            if (auto target = m_targets.find(s.objectiveId); target != m_targets.end())
                it = m_competencies.find(target->second);
        if (it != m_competencies.end()) return &it->second;
        if (m_warnedObjectives.insert(s.objectiveId).second)
            m_report.warnings.push_back("learning objective " + s.objectiveId +
                                        " is not a competency or learning target in the "
                                        "database (import its CASE framework first); its "
                                        "scores are skipped");
        return nullptr;
    }

    Connection& m_db;
    const Roster& m_roster;
    ImportReport& m_report;
    ImportCounts& m_counts;
    bool m_bulk;
    std::unordered_map<std::string, Competency> m_competencies;
    std::unordered_map<std::string, std::string> m_targets;
    MasteryScale m_scale;
    std::unordered_set<std::string> m_learners, m_sections;
    Upsert m_upsert;
    Statement m_remove;
    std::optional<Statement> m_seen;
    std::set<std::string> m_warnedItems, m_warnedObjectives;
    int m_notLearners = 0, m_noLevel = 0;
    std::string m_notLearnerExample;
};

} // namespace

void writeEvidence(Connection& db, SetFiles& files, const Roster& roster, ImportReport& report,
                   const OneRosterImportOptions& options) {
    if (roster.mode("results") == FileMode::Absent &&
        roster.mode("resultLearningObjectiveIds") == FileMode::Absent)
        return;
    EvidenceWriter writer(db, roster, report, roster.mode("results") == FileMode::Bulk);
    readScores(
        files, roster, report, [&](const Score& s) { writer.write(s); }, options.onProgress,
        options.progressEvery);
    writer.finish();
}

} // namespace lantern::store::roster
