// Store: frameworks, learning targets, outside references and enrollments as whole-table reads
// and writes for loadContent and replaceContent. Importers upsert the same tables row by row.
#include "store/Codec.hpp"
#include "store/StoreDetail.hpp"

namespace lantern::store {

using sqlite::Connection;
using sqlite::Statement;

std::vector<Framework> readFrameworks(Connection& db) {
    Statement query(db, "SELECT id, source, title, uri, version FROM frameworks ORDER BY id");
    std::vector<Framework> out;
    while (query.step())
        out.push_back({query.text(0), query.text(1),
                       codec::decodeText(query.text(2), "frameworks.title"), query.text(3),
                       query.text(4)});
    return out;
}

std::vector<LearningTarget> readLearningTargets(Connection& db) {
    Statement query(db, "SELECT id, competency_id, code, title, sort_order FROM learning_targets "
                        "ORDER BY sort_order, id");
    std::vector<LearningTarget> out;
    while (query.step())
        out.push_back({query.text(0), query.text(1), query.text(2),
                       codec::decodeText(query.text(3), "learning_targets.title"),
                       query.integer(4)});
    return out;
}

std::vector<FrameworkRef> readFrameworkRefs(Connection& db) {
    Statement query(db, "SELECT item_id, relation, target_uri, target_title FROM framework_refs "
                        "ORDER BY item_id, relation, target_uri");
    std::vector<FrameworkRef> out;
    while (query.step())
        out.push_back({query.text(0), query.text(1), query.text(2), query.text(3)});
    return out;
}

std::vector<Enrollment> readEnrollments(Connection& db) {
    Statement query(db, "SELECT learner_id, section_id FROM enrollments "
                        "ORDER BY learner_id, section_id");
    std::vector<Enrollment> out;
    while (query.step())
        out.push_back({query.text(0), query.text(1)});
    return out;
}

void writeFrameworks(Connection& db, const std::vector<Framework>& frameworks) {
    Statement insert(db, "INSERT INTO frameworks (id, source, title, uri, version) "
                         "VALUES (?, ?, ?, ?, ?)");
    for (const auto& f : frameworks)
        insert.bindAll(f.id, f.source, codec::encodeText(f.title), f.uri, f.version).run();
}

void writeLearningTargets(Connection& db, const std::vector<LearningTarget>& targets) {
    Statement insert(db, "INSERT INTO learning_targets (id, competency_id, code, title, "
                         "sort_order) VALUES (?, ?, ?, ?, ?)");
    for (const auto& t : targets)
        insert.bindAll(t.id, t.competencyId, t.code, codec::encodeText(t.title), t.sortOrder).run();
}

void writeFrameworkRefs(Connection& db, const std::vector<FrameworkRef>& refs) {
    Statement insert(db, "INSERT INTO framework_refs (item_id, relation, target_uri, "
                         "target_title) VALUES (?, ?, ?, ?)");
    for (const auto& r : refs)
        insert.bindAll(r.itemId, r.relation, r.targetUri, r.targetTitle).run();
}

void writeEnrollments(Connection& db, const std::vector<Enrollment>& enrollments) {
    Statement insert(db, "INSERT INTO enrollments (learner_id, section_id) VALUES (?, ?)");
    for (const auto& e : enrollments)
        insert.bindAll(e.learnerId, e.sectionId).run();
}

} // namespace lantern::store
