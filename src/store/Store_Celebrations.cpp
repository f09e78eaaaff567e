// Store: single-celebration writes (addCelebration, setCelebrationStatus, expireCelebrations)
// and the celebrations writer shared with replaceContent. Each write is one transaction that
// bumps the content counter, as replaceContent does, so players reload.
#include "core/content/Celebrations.hpp"
#include "store/Codec.hpp"
#include "store/Store.hpp"
#include "store/StoreDetail.hpp"

namespace lantern {
namespace {

using sqlite::Connection;
using sqlite::Statement;

void bumpContent(Connection& db) {
    db.exec("UPDATE meta SET content_version = content_version + 1");
}

bool exists(Connection& db, const std::string& id) {
    Statement query(db, "SELECT 1 FROM celebrations WHERE id = ?");
    query.bindAll(id);
    return query.step();
}

} // namespace

namespace store {

void writeCelebrations(Connection& db, const std::vector<Celebration>& celebrations) {
    Statement insert(db, "INSERT INTO celebrations (id, kind, text, learner_id, section_id, grade, "
                         "habit_id, status, show_from, show_until, created_at, targets, "
                         "submitted_by, anonymous_as) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& c : celebrations) {
        insert.bindAll(c.id, c.kind, codec::encodeText(c.text), c.learnerId, c.sectionId, c.grade,
                       c.habitId, codec::encodeStatus(c.status),
                       codec::encodeOptionalDate(c.showFrom),
                       codec::encodeOptionalDate(c.showUntil), codec::encodeInstant(c.createdAt),
                       codec::encodeList(c.targets), c.submittedBy, c.anonymousAs);
        insert.run();
    }
}

} // namespace store

void Store::addCelebration(const Celebration& celebration) {
    sqlite::Transaction transaction(m_connection, sqlite::Transaction::Kind::Immediate);
    try {
        if (exists(m_connection, celebration.id))
            throw StoreError("a celebration with this id already exists");
        store::writeCelebrations(m_connection, {celebration});
        bumpContent(m_connection);
    } catch (const StoreError& error) {
        throw StoreError("cannot add celebration '" + celebration.id + "' to '" + m_path.string() +
                         "': " + error.what());
    }
    transaction.commit();
}

void Store::setCelebrationStatus(const std::string& id, CelebrationStatus status) {
    sqlite::Transaction transaction(m_connection, sqlite::Transaction::Kind::Immediate);
    try {
        Statement update(m_connection, "UPDATE celebrations SET status = ? WHERE id = ?");
        update.bindAll(codec::encodeStatus(status), id);
        update.run();
        if (m_connection.changes() == 0) throw StoreError("no such celebration");
        bumpContent(m_connection);
    } catch (const StoreError& error) {
        throw StoreError("cannot set the status of celebration '" + id + "' in '" +
                         m_path.string() + "': " + error.what());
    }
    transaction.commit();
}

int Store::expireCelebrations(Days today) {
    sqlite::Transaction transaction(m_connection, sqlite::Transaction::Kind::Immediate);
    int expired = 0;
    try {
        // Which ones is core's rule (moderation::expireDue), the same the tests hold it to.
        SchoolContent current;
        current.celebrations = store::readCelebrations(m_connection);
        Statement update(m_connection, "UPDATE celebrations SET status = 'expired' WHERE id = ?");
        for (const auto& id : moderation::expireDue(current, today)) {
            update.bindAll(id).run();
            ++expired;
        }
        if (expired > 0) bumpContent(m_connection);
    } catch (const StoreError& error) {
        throw StoreError("cannot expire celebrations in '" + m_path.string() +
                         "': " + error.what());
    }
    transaction.commit();
    return expired;
}

} // namespace lantern
