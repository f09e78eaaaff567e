#include "store/ImportSession.hpp"

#include "store/StoreDetail.hpp"

namespace lantern {
namespace {

std::string joined(std::initializer_list<const char*> names, const char* separator,
                   const std::string& suffixFormat, std::size_t firstParam) {
    std::string out;
    std::size_t n = firstParam;
    for (const char* name : names) {
        if (!out.empty()) out += separator;
        std::string piece = suffixFormat;
        piece.replace(piece.find('@'), 1, name);
        piece.replace(piece.find('#'), 1, std::to_string(n++));
        out += piece;
    }
    return out;
}

std::string insertSql(const std::string& table, std::initializer_list<const char*> keys,
                      std::initializer_list<const char*> values) {
    std::string columns, params;
    std::size_t n = 1;
    for (auto list : {keys, values})
        for (const char* name : list) {
            columns += (columns.empty() ? "" : ", ") + std::string(name);
            params += (params.empty() ? "?" : ", ?") + std::to_string(n++);
        }
    return "INSERT OR IGNORE INTO " + table + " (" + columns + ") VALUES (" + params + ")";
}

// Parameters are numbered as in the INSERT (keys first), so one bindAll serves both.
std::string updateSql(const std::string& table, std::initializer_list<const char*> keys,
                      std::initializer_list<const char*> values) {
    if (values.size() == 0) return "SELECT 1 WHERE 0"; // nothing to change on a key-only table
    const std::size_t firstValue = keys.size() + 1;
    return "UPDATE " + table + " SET " + joined(values, ", ", "@ = ?#", firstValue) + " WHERE " +
           joined(keys, " AND ", "@ = ?#", 1) + " AND (" +
           joined(values, " OR ", "@ IS NOT ?#", firstValue) + ")";
}

// Whether existing evidence rows may have changed or gone: evidence changed or removed, or
// anything removed (learners and competencies take their evidence with them).
bool rewritesEvidence(const ImportReport& report) {
    for (const auto& [kind, counts] : report.counts)
        if (counts.removed > 0 || (kind == "evidence" && counts.changed > 0)) return true;
    return false;
}

// Whether the import changed who is on the roster or in which section.
bool changesMembership(const ImportReport& report) {
    for (const char* kind : {"learners", "sections"})
        if (const auto it = report.counts.find(kind);
            it != report.counts.end() && it->second.changesSomething())
            return true;
    return false;
}

} // namespace

ImportSession::ImportSession(Store& store, bool dryRun)
    : m_store(store), m_dryRun(dryRun),
      m_transaction(store.connection(), sqlite::Transaction::Kind::Immediate) {}

ImportReport ImportSession::finish() {
    if (changesMembership(m_report)) {
        const auto step = store::advanceMembership(db());
        for (const auto& [cls, changes] : step.waiting)
            m_report.warnings.push_back(
                "progress figures keep counting class " + cls + " as before until " +
                std::to_string(kMinMembershipChanges) + " learners have joined or left it (" +
                std::to_string(changes) + " so far), so that no one learner's move shows");
    }
    if (!m_dryRun) {
        if (m_report.changesSomething())
            db().exec("UPDATE meta SET content_version = content_version + 1");
        if (rewritesEvidence(m_report))
            db().exec("UPDATE meta SET evidence_epoch = evidence_epoch + 1");
        m_transaction.commit();
    } // a dry run rolls back when m_transaction goes
    return m_report;
}

Upsert::Upsert(sqlite::Connection& db, const std::string& table,
               std::initializer_list<const char*> keyColumns,
               std::initializer_list<const char*> valueColumns)
    : m_db(db), m_hasValues(valueColumns.size() > 0),
      m_insert(db, insertSql(table, keyColumns, valueColumns)),
      m_update(db, updateSql(table, keyColumns, valueColumns)) {}

} // namespace lantern
