// Store: the counted membership (schema v6) moved on by core's rule after every write that
// changes learners or sections, and the departed evidence that goes with it.
#include "core/progress/CountedMembership.hpp"
#include "store/Codec.hpp"
#include "store/StoreDetail.hpp"

namespace lantern::store {
namespace {

using sqlite::Connection;
using sqlite::Statement;

// Rows of (learner, section, grade).
std::vector<CountedMember> membersFrom(Statement& query) {
    std::vector<CountedMember> out;
    while (query.step())
        out.push_back({query.text(0), query.text(1), query.integer(2)});
    return out;
}

// Rows of (learner, competency, level, date).
std::vector<Evidence> evidenceFrom(Statement& query, std::string_view dateColumn) {
    std::vector<Evidence> out;
    while (query.step())
        out.push_back({query.text(0), query.text(1), query.integer(2),
                       codec::decodeDate(query.text(3), dateColumn)});
    return out;
}

// A temporary table `name` (one column, id) holding the given ids, for `IN` in the next query.
template <typename Ids, typename IdOf>
void tempIds(Connection& db, const std::string& name, const Ids& ids, IdOf idOf) {
    db.exec(("CREATE TEMP TABLE IF NOT EXISTS " + name + " (id TEXT PRIMARY KEY)").c_str());
    db.exec(("DELETE FROM temp." + name).c_str());
    Statement insert(db, "INSERT OR IGNORE INTO temp." + name + " (id) VALUES (?)");
    for (const auto& id : ids)
        insert.bindAll(idOf(id)).run();
}

std::vector<CountedMember> readRoster(Connection& db) {
    Statement query(db, "SELECT l.id, l.section_id, coalesce(s.grade, l.grade) FROM learners l "
                        "LEFT JOIN sections s ON s.id = l.section_id ORDER BY l.id");
    return membersFrom(query);
}

// The competencies and domains figures are kept for (for figureKeys), without texts.
SchoolContent framework(Connection& db) {
    SchoolContent c;
    Statement domains(db, "SELECT id FROM domains ORDER BY id");
    while (domains.step())
        c.domains.push_back({domains.text(0), "", {}, 0});
    Statement comps(db, "SELECT id, domain_id FROM competencies ORDER BY id");
    while (comps.step())
        c.competencies.push_back({comps.text(0), comps.text(1), "", {}, {}, 0});
    return c;
}

// The start window as figures take it: the term start, else the first evidence date, plus 13
// days.
std::optional<Days> startWindow(Connection& db) {
    Statement query(db,
                    "SELECT coalesce((SELECT term_start FROM school), (SELECT min(date) FROM "
                    "(SELECT date FROM evidence UNION ALL SELECT date FROM departed_evidence)))");
    if (!query.step()) return std::nullopt;
    const auto text = query.optionalText(0);
    if (!text) return std::nullopt;
    return codec::decodeDate(*text, "school.term_start") + std::chrono::days{13};
}

// The evidence of the given learners, roster's and departed.
std::vector<Evidence> evidenceOf(Connection& db, const std::set<std::string>& learners) {
    tempIds(db, "membership_changes", learners, [](const std::string& id) { return id; });
    Statement query(db, "SELECT learner_id, competency_id, level, date FROM evidence "
                        "WHERE learner_id IN (SELECT id FROM temp.membership_changes) "
                        "UNION ALL SELECT learner_id, competency_id, level, date FROM "
                        "departed_evidence WHERE learner_id IN "
                        "(SELECT id FROM temp.membership_changes)");
    return evidenceFrom(query, "evidence.date");
}

void writeCounted(Connection& db, const std::vector<CountedMember>& members) {
    db.exec("DELETE FROM counted_members");
    Statement insert(
        db, "INSERT INTO counted_members (learner_id, section_id, grade) VALUES (?, ?, ?)");
    for (const auto& m : members)
        insert.bindAll(m.learnerId, m.sectionId, m.grade).run();
}

} // namespace

std::vector<CountedMember> readCountedMembers(Connection& db) {
    Statement query(db, "SELECT learner_id, section_id, grade FROM counted_members "
                        "ORDER BY learner_id");
    return membersFrom(query);
}

std::vector<Evidence> readDepartedEvidence(Connection& db) {
    Statement query(db, "SELECT learner_id, competency_id, level, date FROM departed_evidence "
                        "ORDER BY date, learner_id, competency_id, rowid");
    return evidenceFrom(query, "departed_evidence.date");
}

void keepDepartedEvidence(Connection& db, const std::vector<Learner>& incoming) {
    tempIds(db, "incoming_learners", incoming, [](const Learner& l) { return l.id; });
    db.exec("INSERT INTO departed_evidence (learner_id, competency_id, level, date) "
            "SELECT learner_id, competency_id, level, date FROM evidence "
            "WHERE learner_id IN (SELECT learner_id FROM counted_members) "
            "AND learner_id NOT IN (SELECT id FROM temp.incoming_learners)");
}

MembershipStep advanceMembership(Connection& db) {
    const auto counted = readCountedMembers(db);
    const auto roster = readRoster(db);
    const auto changed = membershipChanges(counted, roster);
    FigureKeys keys;
    if (!changed.empty())
        keys = figureKeys(framework(db), evidenceOf(db, changed), startWindow(db));
    MembershipStep step = lantern::advanceMembership(counted, roster, keys);
    if (step.counted != counted) writeCounted(db, step.counted);
    // Departed evidence stays only for learners still counted and no longer on the roster.
    db.exec("DELETE FROM departed_evidence WHERE learner_id NOT IN "
            "(SELECT learner_id FROM counted_members) OR learner_id IN (SELECT id FROM learners)");
    if (db.changes() > 0) db.exec("UPDATE meta SET evidence_epoch = evidence_epoch + 1");
    return step;
}

} // namespace lantern::store
