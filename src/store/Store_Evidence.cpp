// Store: the lean evidence read (loadMasteryData), departed learners' evidence included. Rows go
// straight from SQLite's buffers into MasteryData::Builder: no Evidence structs and no string per
// row, so a district's 2,000,000 rows cost their 16 bytes each while building and 8 bytes each
// after.
#include "store/Codec.hpp"
#include "store/Store.hpp"

#include <sqlite3.h>

#include <map>
#include <memory>

namespace lantern {
namespace {

struct StatementDeleter {
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using RawStatement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

RawStatement prepare(sqlite::Connection& db, const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK)
        throw StoreError("cannot read evidence: " + db.errorMessage());
    return RawStatement(stmt);
}

std::string_view columnText(sqlite3_stmt* stmt, int column) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    return text ? std::string_view(text,
                                   static_cast<std::size_t>(sqlite3_column_bytes(stmt, column)))
                : std::string_view();
}

// Dates repeat across rows (a term has about a hundred school days): decode each text once.
class DateCache {
public:
    Days operator()(std::string_view text) {
        if (auto it = m_days.find(text); it != m_days.end()) return it->second;
        const Days day = codec::decodeDate(std::string(text), "evidence.date");
        m_days.emplace(std::string(text), day);
        return day;
    }

private:
    std::map<std::string, Days, std::less<>> m_days;
};

} // namespace

Store::EvidenceMark Store::evidenceMark() const {
    return {m_connection.queryInt("SELECT evidence_epoch FROM meta"),
            m_connection.queryInt("SELECT coalesce(max(id), 0) FROM evidence")};
}

MasteryData Store::loadMasteryData() const {
    EvidenceMark ignored;
    return loadMasteryData(ignored);
}

MasteryData Store::loadMasteryData(EvidenceMark& mark) const {
    sqlite::Transaction transaction(m_connection);
    mark = evidenceMark();
    MasteryData::Builder builder;
    builder.reserve(
        static_cast<std::size_t>(m_connection.queryInt("SELECT count(*) FROM evidence")));
    // Counted learners who have left the roster count with the evidence they had.
    const auto query =
        prepare(m_connection, "SELECT learner_id, competency_id, level, date FROM evidence "
                              "UNION ALL SELECT learner_id, competency_id, level, date "
                              "FROM departed_evidence");
    DateCache dates;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(query.get())) == SQLITE_ROW)
        builder.add(builder.learner(columnText(query.get(), 0)),
                    builder.competency(columnText(query.get(), 1)),
                    dates(columnText(query.get(), 3)), sqlite3_column_int(query.get(), 2));
    if (rc != SQLITE_DONE) throw StoreError("cannot read evidence: " + m_connection.errorMessage());
    transaction.commit();
    return std::move(builder).finish();
}

std::vector<Evidence> Store::evidenceAfter(std::int64_t lastId, EvidenceMark& mark) const {
    sqlite::Transaction transaction(m_connection);
    mark = evidenceMark();
    sqlite::Statement query(m_connection, "SELECT learner_id, competency_id, level, date "
                                          "FROM evidence WHERE id > ? ORDER BY id");
    query.bindAll(lastId);
    std::vector<Evidence> rows;
    DateCache dates;
    while (query.step())
        rows.push_back({query.text(0), query.text(1), query.integer(2), dates(query.text(3))});
    transaction.commit();
    return rows;
}

} // namespace lantern
