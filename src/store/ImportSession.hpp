#pragma once
// One import as one write transaction. Importers write through it row by row (Upsert below) and
// call finish(): a real run commits and bumps the content counter when something changed (and the
// evidence epoch when evidence changed or was removed, or anything was removed); a dry
// run rolls back, so it reports exactly what a real run would do and writes nothing. Destroying a
// session without finish() (an ImportError midway) rolls back: a failed import changes nothing.
#include "core/model/ImportReport.hpp"
#include "store/Store.hpp"

#include <initializer_list>
#include <string>
#include <vector>

namespace lantern {

class ImportSession {
public:
    ImportSession(Store& store, bool dryRun);
    ImportSession(const ImportSession&) = delete;
    ImportSession& operator=(const ImportSession&) = delete;

    [[nodiscard]] sqlite::Connection& db() { return m_store.connection(); }
    [[nodiscard]] ImportReport& report() { return m_report; }
    [[nodiscard]] bool dryRun() const { return m_dryRun; }

    // Commits (or, in a dry run, rolls back) and returns the report.
    ImportReport finish();

private:
    Store& m_store;
    bool m_dryRun;
    sqlite::Transaction m_transaction;
    ImportReport m_report;
};

enum class UpsertOutcome { Added, Changed, Unchanged };

// Insert-or-update of one table by its key columns, telling added, changed and unchanged apart so
// that importing the same file twice reports (and writes) nothing the second time. Bind the key
// columns, then the value columns, in the order given, with row().
class Upsert {
public:
    Upsert(sqlite::Connection& db, const std::string& table,
           std::initializer_list<const char*> keyColumns,
           std::initializer_list<const char*> valueColumns);

    template <typename... Args> UpsertOutcome row(const Args&... args) {
        m_insert.bindAll(args...);
        m_insert.run();
        if (m_db.changes() > 0) return UpsertOutcome::Added;
        if (!m_hasValues) return UpsertOutcome::Unchanged;
        m_update.bindAll(args...);
        m_update.run();
        return m_db.changes() > 0 ? UpsertOutcome::Changed : UpsertOutcome::Unchanged;
    }

    // row() and a tally into `counts`.
    template <typename... Args> UpsertOutcome row(ImportCounts& counts, const Args&... args) {
        const auto outcome = row(args...);
        (outcome == UpsertOutcome::Added     ? counts.added
         : outcome == UpsertOutcome::Changed ? counts.changed
                                             : counts.unchanged)++;
        return outcome;
    }

private:
    sqlite::Connection& m_db;
    bool m_hasValues;
    sqlite::Statement m_insert; // INSERT OR IGNORE
    sqlite::Statement m_update; // UPDATE … WHERE key AND some value differs
};

} // namespace lantern
