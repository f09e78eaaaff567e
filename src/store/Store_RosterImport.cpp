// OneRoster import into the store: importOneRoster, and the roster part of it (classes to
// sections, students to learners, class enrollments), with bulk and tobedeleted removals.
// Evidence is in Store_RosterEvidence.cpp.
//
// Index of this file:
// - [records]  oneroster_records: what earlier imports wrote, the only rows bulk files remove
// - [plan]     RosterWriter: the database's sections and learners, each student's live classes
// - [writes]   sections, learners (each with their own section) and their other enrollments
// - [removals] bulk and delta removals: enrollments, then learners, then sections
// - [entry]    writeRoster, and importOneRoster in one import session
//
// Call flow:
//   importOneRoster
//   ├─ oneroster::readRoster
//   ├─ writeRoster ─ RosterWriter::run
//   │  ├─ planEnrollments
//   │  ├─ writeSections ─ sectionGrade; writeLearners ─ ownSection; writeEnrollments
//   │  └─ removeEnrollments, removeLearners, removeSections
//   └─ writeEvidence (Store_RosterEvidence.cpp)
#include "store/ImportSession.hpp"
#include "store/RosterImport.hpp"
#include "store/RosterImportDetail.hpp"

#include <map>
#include <set>

namespace lantern {
namespace store::roster {
namespace {

using namespace oneroster;
using sqlite::Connection;
using sqlite::Statement;

// ---- [records] -------------------------------------------------------------------------------

// oneroster_records (schema v4) holds which sections, learners and enrollments earlier OneRoster
// imports wrote: bulk files remove only these. An enrollment's id is "<learner>\n<section>".

std::set<std::string> tracked(Connection& db, const char* kind) {
    Statement query(db, "SELECT id FROM oneroster_records WHERE kind = ?1");
    query.bindAll(kind);
    std::set<std::string> ids;
    while (query.step())
        ids.insert(query.text(0));
    return ids;
}

std::string pairId(const std::string& learner, const std::string& section) {
    return learner + "\n" + section;
}

// ---- [plan] ----------------------------------------------------------------------------------

struct DbLearner {
    std::string sectionId;
    int grade = 0;
};

void warnCount(ImportReport& report, const std::string& file, int count, const std::string& text) {
    if (count > 0) report.warnings.push_back(file + ": " + std::to_string(count) + " " + text);
}

class RosterWriter {
public:
    RosterWriter(Connection& db, const Roster& roster, ImportReport& report)
        : m_db(db), m_roster(roster), m_report(report),
          m_track(db, "oneroster_records", {"kind", "id"}, {}) {
        loadDb();
    }

    void run() {
        planEnrollments();
        if (m_roster.mode("classes") != FileMode::Absent) writeSections();
        if (m_roster.mode("users") != FileMode::Absent) writeLearners();
        if (m_roster.mode("enrollments") != FileMode::Absent) writeEnrollments();
        removeEnrollments();
        removeLearners();
        removeSections();
    }

private:
    void loadDb() {
        Statement sections(m_db, "SELECT id, grade FROM sections");
        while (sections.step())
            m_dbSections[sections.text(0)] = sections.integer(1);
        Statement learners(m_db, "SELECT id, section_id, grade FROM learners");
        while (learners.step())
            m_dbLearners[learners.text(0)] = {learners.text(1), learners.integer(2)};
    }

    [[nodiscard]] const Class* setClass(const std::string& id) const {
        const auto it = m_roster.classes.find(id);
        return it == m_roster.classes.end() ? nullptr : &it->second;
    }

    [[nodiscard]] const User* setStudent(const std::string& id) const {
        const auto it = m_roster.users.find(id);
        return it == m_roster.users.end() || !it->second.student ? nullptr : &it->second;
    }

    // Checks every live enrollment's class and gathers students' classes (sorted by id).
    void planEnrollments() {
        int inDeletedClasses = 0, unknownUsers = 0;
        for (const auto& e : m_roster.enrollments) {
            if (e.deleted) continue;
            const Class* c = setClass(e.classId);
            if (!c && !m_dbSections.count(e.classId))
                throw ImportError(m_roster.enrollmentsFile, e.line, "classSourcedId",
                                  "no class '" + e.classId + "' in classes.csv or the database");
            if (!e.student) continue;
            const bool inSet = m_roster.users.count(e.userId) > 0;
            const User* student = setStudent(e.userId);
            if (student && student->deleted) continue;
            if (!student && (inSet || !m_dbLearners.count(e.userId))) {
                unknownUsers += inSet ? 0 : 1;
                continue;
            }
            if (c && c->deleted) {
                ++inDeletedClasses;
                continue;
            }
            if (student && student->grade) m_firstStudentGrade.emplace(e.classId, *student->grade);
            m_classesOf[e.userId].insert(e.classId);
        }
        const auto& file = m_roster.enrollmentsFile;
        warnCount(m_report, file, inDeletedClasses,
                  "student enrollment(s) in classes marked tobedeleted were skipped");
        warnCount(m_report, file, unknownUsers,
                  "enrollment(s) of users absent from users.csv and the database were skipped");
    }

    // ---- [writes] ----------------------------------------------------------------------------

    // The class's grades, else its course's, else its first student's, else the database's.
    int sectionGrade(const Class& c) {
        if (c.grade) return *c.grade;
        if (auto it = m_firstStudentGrade.find(c.id); it != m_firstStudentGrade.end())
            return it->second;
        if (auto it = m_dbSections.find(c.id); it != m_dbSections.end()) return it->second;
        m_noGrade.push_back(c.id);
        return 0;
    }

    void writeSections() {
        Upsert upsert(m_db, "sections", {"id"}, {"name", "grade"});
        auto& counts = m_report.counts["sections"];
        for (const auto& [id, c] : m_roster.classes) {
            if (c.deleted) continue;
            m_sectionGrades[id] = sectionGrade(c);
            upsert.row(counts, id, c.title, m_sectionGrades[id]);
            m_track.row("section", id);
        }
        if (!m_noGrade.empty())
            m_report.warnings.push_back("classes.csv: " + std::to_string(m_noGrade.size()) +
                                        " class(es) with no grade in the class, its course or "
                                        "its students (e.g. '" +
                                        m_noGrade.front() + "'); grade 0 assumed");
    }

    [[nodiscard]] bool sectionExists(const std::string& id) const {
        const Class* c = setClass(id);
        return c ? !c->deleted : m_dbSections.count(id) > 0;
    }

    [[nodiscard]] int gradeOfSection(const std::string& id) const {
        if (auto it = m_sectionGrades.find(id); it != m_sectionGrades.end()) return it->second;
        const auto it = m_dbSections.find(id);
        return it == m_dbSections.end() ? 0 : it->second;
    }

    // The first live class by sourcedId, else the section the database already has.
    [[nodiscard]] std::string ownSection(const std::string& learnerId) const {
        if (auto it = m_classesOf.find(learnerId); it != m_classesOf.end())
            for (const auto& id : it->second)
                if (sectionExists(id)) return id;
        const auto it = m_dbLearners.find(learnerId);
        return it == m_dbLearners.end() ? std::string{} : it->second.sectionId;
    }

    void writeLearners() {
        Upsert upsert(m_db, "learners", {"id"},
                      {"given_name", "family_name", "grade", "section_id"});
        auto& counts = m_report.counts["learners"];
        int withoutClass = 0;
        for (const auto& [id, u] : m_roster.users) {
            if (!u.student || u.deleted) continue;
            const auto section = ownSection(id);
            if (section.empty()) {
                ++withoutClass;
                continue;
            }
            const int grade = u.grade.value_or(gradeOfSection(section));
            upsert.row(counts, id, u.givenName, u.familyName, grade, section);
            m_track.row("learner", id);
            m_written[id] = section;
        }
        warnCount(m_report, "users.csv", withoutClass,
                  "student(s) with no active class enrollment were skipped (a learner needs a "
                  "section)");
    }

    void writeEnrollments() {
        Upsert upsert(m_db, "enrollments", {"learner_id", "section_id"}, {});
        auto& counts = m_report.counts["enrollments"];
        for (const auto& [learner, classes] : m_classesOf) {
            const auto own = m_written.count(learner) ? m_written[learner] : ownSection(learner);
            if (own.empty()) continue;
            for (const auto& section : classes) {
                if (section == own || !sectionExists(section)) continue;
                upsert.row(counts, learner, section);
                m_track.row("enrollment", pairId(learner, section));
                m_pairs.insert(pairId(learner, section));
            }
        }
    }

    // ---- [removals] --------------------------------------------------------------------------

    bool removeRow(const char* sql, const std::string& a, const std::string& b = {}) {
        Statement remove(m_db, sql);
        if (b.empty())
            remove.bindAll(a);
        else
            remove.bindAll(a, b);
        remove.run();
        return m_db.changes() > 0;
    }

    void untrack(const char* kind, const std::string& id) {
        Statement remove(m_db, "DELETE FROM oneroster_records WHERE kind = ?1 AND id = ?2");
        remove.bindAll(kind, id);
        remove.run();
    }

    void removePair(const std::string& pair, ImportCounts& counts) {
        const auto cut = pair.find('\n');
        if (removeRow("DELETE FROM enrollments WHERE learner_id = ?1 AND section_id = ?2",
                      pair.substr(0, cut), pair.substr(cut + 1)))
            ++counts.removed;
        untrack("enrollment", pair);
    }

    void removeEnrollments() {
        const auto mode = m_roster.mode("enrollments");
        if (mode == FileMode::Absent) return;
        auto& counts = m_report.counts["enrollments"];
        if (mode == FileMode::Bulk)
            for (const auto& pair : tracked(m_db, "enrollment"))
                if (!m_pairs.count(pair)) removePair(pair, counts);
        for (const auto& e : m_roster.enrollments)
            if (e.deleted && mode == FileMode::Delta)
                removePair(pairId(e.userId, e.classId), counts);
        for (const auto& [learner, section] : m_written) // a former enrollment became the section
            removePair(pairId(learner, section), counts);
    }

    void removeLearner(const std::string& id, ImportCounts& counts) {
        Statement evidence(m_db, "SELECT count(*) FROM evidence WHERE learner_id = ?1");
        evidence.bindAll(id);
        const int cascaded = evidence.step() ? evidence.integer(0) : 0;
        if (removeRow("DELETE FROM learners WHERE id = ?1", id)) {
            ++counts.removed;
            m_report.counts["evidence"].removed += cascaded;
        }
        untrack("learner", id);
    }

    void removeLearners() {
        const auto mode = m_roster.mode("users");
        if (mode == FileMode::Absent) return;
        auto& counts = m_report.counts["learners"];
        if (mode == FileMode::Bulk)
            for (const auto& id : tracked(m_db, "learner"))
                if (!m_written.count(id)) removeLearner(id, counts);
        if (mode == FileMode::Delta)
            for (const auto& [id, u] : m_roster.users)
                if (u.deleted) removeLearner(id, counts);
    }

    void removeSection(const std::string& id, ImportCounts& counts) {
        Statement users(m_db, "SELECT count(*) FROM learners WHERE section_id = ?1");
        users.bindAll(id);
        if (users.step() && users.integer(0) > 0) {
            m_report.warnings.push_back("section '" + id + "' is gone from the roster but is " +
                                        "still the section of " + users.text(0) +
                                        " learner(s); kept");
            return;
        }
        if (removeRow("DELETE FROM sections WHERE id = ?1", id)) ++counts.removed;
        untrack("section", id);
    }

    void removeSections() {
        const auto mode = m_roster.mode("classes");
        if (mode == FileMode::Absent) return;
        auto& counts = m_report.counts["sections"];
        if (mode == FileMode::Bulk)
            for (const auto& id : tracked(m_db, "section"))
                if (const Class* c = setClass(id); !c || c->deleted) removeSection(id, counts);
        if (mode == FileMode::Delta)
            for (const auto& [id, c] : m_roster.classes)
                if (c.deleted) removeSection(id, counts);
    }

    Connection& m_db;
    const Roster& m_roster;
    ImportReport& m_report;
    Upsert m_track;
    std::map<std::string, int> m_dbSections;                  // id -> grade
    std::map<std::string, DbLearner> m_dbLearners;            // by id
    std::map<std::string, std::set<std::string>> m_classesOf; // student -> live classes
    std::map<std::string, int> m_firstStudentGrade;           // class -> its first student's grade
    std::map<std::string, int> m_sectionGrades;               // sections written
    std::map<std::string, std::string> m_written;             // learner -> own section
    std::set<std::string> m_pairs;                            // enrollments written
    std::vector<std::string> m_noGrade;
};

} // namespace

// ---- [entry] ---------------------------------------------------------------------------------

void writeRoster(Connection& db, const Roster& roster, ImportReport& report) {
    RosterWriter(db, roster, report).run();
}

} // namespace store::roster

ImportReport importOneRoster(Store& store, oneroster::SetFiles& files,
                             const OneRosterImportOptions& options) {
    ImportReport parsed;
    const auto roster = oneroster::readRoster(files, parsed);
    ImportSession session(store, options.dryRun);
    session.report().warnings = std::move(parsed.warnings);
    store::roster::writeRoster(session.db(), roster, session.report());
    store::roster::writeEvidence(session.db(), files, roster, session.report(), options);
    return session.finish();
}

} // namespace lantern
