// Store: emergency alerts and the change counters (versions, saveAlert, clearAlerts, openAlerts,
// findAlert).
#include "store/Codec.hpp"
#include "store/Store.hpp"

#include <algorithm>
#include <charconv>

namespace lantern {
namespace {

using sqlite::Connection;
using sqlite::Statement;

constexpr const char* kAlertColumns = "SELECT id, kind, headline, instruction, description, "
                                      "targets, raised_at, expires, cleared_at FROM alerts ";

std::optional<Instant> optionalInstant(const Statement& query, int column) {
    const auto millis = query.optionalInt64(column);
    if (!millis) return std::nullopt;
    return codec::decodeInstant(*millis);
}

std::optional<std::int64_t> optionalMillis(const std::optional<Instant>& instant) {
    if (!instant) return std::nullopt;
    return codec::encodeInstant(*instant);
}

Alert readAlert(const Statement& query) {
    Alert alert;
    alert.id = query.text(0);
    alert.kind = codec::decodeAlertKind(query.text(1), "alerts.kind");
    alert.headline = codec::decodeText(query.text(2), "alerts.headline");
    alert.instruction = codec::decodeText(query.text(3), "alerts.instruction");
    alert.description = codec::decodeText(query.text(4), "alerts.description");
    alert.targets = codec::decodeList(query.text(5), "alerts.targets");
    alert.raisedAt = codec::decodeInstant(query.int64(6));
    alert.expires = optionalInstant(query, 7);
    alert.clearedAt = optionalInstant(query, 8);
    return alert;
}

// The n of "alert-<n>" when the rest of the id is all digits.
std::optional<std::int64_t> alertNumber(const std::string& id) {
    constexpr std::string_view prefix = "alert-";
    if (!id.starts_with(prefix) || id.size() == prefix.size()) return std::nullopt;
    std::int64_t n = 0;
    const char* first = id.data() + prefix.size();
    const char* last = id.data() + id.size();
    const auto [end, error] = std::from_chars(first, last, n);
    if (error != std::errc() || end != last || *first == '-' || *first == '+') return std::nullopt;
    return n;
}

std::string nextAlertId(Connection& db) {
    Statement query(db, "SELECT id FROM alerts WHERE id LIKE 'alert-%'");
    std::int64_t highest = 0;
    while (query.step())
        highest = std::max(highest, alertNumber(query.text(0)).value_or(0));
    return "alert-" + std::to_string(highest + 1);
}

void writeAlert(Connection& db, const Alert& a) {
    Statement insert(db, "INSERT OR REPLACE INTO alerts (id, kind, headline, instruction, "
                         "description, targets, raised_at, expires, cleared_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bindAll(a.id, codec::encodeAlertKind(a.kind), codec::encodeText(a.headline),
                   codec::encodeText(a.instruction), codec::encodeText(a.description),
                   codec::encodeList(a.targets), codec::encodeInstant(a.raisedAt),
                   optionalMillis(a.expires), optionalMillis(a.clearedAt));
    insert.run();
}

void bumpAlerts(Connection& db) {
    db.exec("UPDATE meta SET alerts_version = alerts_version + 1");
}

int clearOne(Connection& db, Instant at, const std::string& id) {
    Statement update(db, "UPDATE alerts SET cleared_at = ? WHERE id = ? AND cleared_at IS NULL");
    update.bindAll(codec::encodeInstant(at), id);
    update.run();
    return db.changes();
}

int clearEvery(Connection& db, Instant at) {
    Statement update(db, "UPDATE alerts SET cleared_at = ? WHERE cleared_at IS NULL");
    update.bindAll(codec::encodeInstant(at));
    update.run();
    return db.changes();
}

} // namespace

Store::Versions Store::versions() const {
    sqlite::Statement query(m_connection, "SELECT content_version, alerts_version FROM meta");
    if (!query.step()) return {};
    return {query.int64(0), query.int64(1)};
}

std::string Store::saveAlert(Alert alert) {
    sqlite::Transaction transaction(m_connection, sqlite::Transaction::Kind::Immediate);
    try {
        if (alert.id.empty()) alert.id = nextAlertId(m_connection);
        writeAlert(m_connection, alert);
        bumpAlerts(m_connection);
    } catch (const StoreError& error) {
        throw StoreError("cannot save alert '" + alert.id + "' to '" + m_path.string() +
                         "': " + error.what());
    }
    transaction.commit();
    return alert.id;
}

int Store::clearAlerts(Instant at, const std::vector<std::string>& ids) {
    sqlite::Transaction transaction(m_connection, sqlite::Transaction::Kind::Immediate);
    int cleared = 0;
    try {
        if (ids.empty()) cleared = clearEvery(m_connection, at);
        for (const auto& id : ids)
            cleared += clearOne(m_connection, at, id);
        if (cleared > 0) bumpAlerts(m_connection);
    } catch (const StoreError& error) {
        throw StoreError("cannot clear alerts in '" + m_path.string() + "': " + error.what());
    }
    transaction.commit();
    return cleared;
}

int Store::replaceAlerts(const Alert& save, const std::vector<std::string>& clear, Instant at) {
    sqlite::Transaction transaction(m_connection, sqlite::Transaction::Kind::Immediate);
    int cleared = 0;
    try {
        Alert alert = save;
        if (alert.id.empty()) alert.id = nextAlertId(m_connection);
        writeAlert(m_connection, alert);
        for (const auto& id : clear)
            if (id != alert.id) cleared += clearOne(m_connection, at, id);
        bumpAlerts(m_connection);
    } catch (const StoreError& error) {
        throw StoreError("cannot replace alerts in '" + m_path.string() + "': " + error.what());
    }
    transaction.commit();
    return cleared;
}

std::vector<Alert> Store::openAlerts() const {
    sqlite::Statement query(m_connection, std::string(kAlertColumns) +
                                              "WHERE cleared_at IS NULL ORDER BY raised_at, id");
    std::vector<Alert> alerts;
    while (query.step())
        alerts.push_back(readAlert(query));
    return alerts;
}

std::optional<Alert> Store::findAlert(const std::string& id) const {
    sqlite::Statement query(m_connection, std::string(kAlertColumns) + "WHERE id = ?");
    query.bindAll(id);
    if (!query.step()) return std::nullopt;
    return readAlert(query);
}

} // namespace lantern
