#pragma once
// The school's SQLite database: opening (with migrations), whole-content reads and writes, and
// change detection. Its path is always injected; ":memory:" gives a private in-memory database.
//
// Connection settings: WAL journal (not for ":memory:"), foreign_keys=ON, busy_timeout 5000 ms.
// Schema and column conventions are in Schema.hpp. A Store is one connection: use it from one
// thread at a time.
#include "core/model/Alert.hpp"
#include "core/model/Content.hpp"
#include "core/progress/MasteryData.hpp"
#include "store/Sqlite.hpp"
#include "store/StoreError.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lantern {

class Store {
public:
    // Opens or creates the database and migrates it to the latest schema. Throws StoreError when
    // the file cannot be opened, is not an SQLite database, or was written by a newer Lantern
    // (in which case nothing is written to it).
    [[nodiscard]] static Store open(const std::filesystem::path& path);

    // Everything, read in one transaction so it is a consistent snapshot. Order is deterministic:
    // rooms, displays, sections, learners and celebrations by id; habits, domains, competencies
    // by (sort_order, id); habit indicators by position; mastery levels by rank; evidence by
    // (date, learner id, competency id, insertion order); groups (and each group's room ids),
    // playlists, rules, announcements and quotes by id; playlist items in their order.
    // countedMembers is always set (the membership public figures count, by learner id). With
    // WithEvidence::No, SchoolContent::evidence and departedEvidence stay empty: for callers that
    // read the evidence with loadMasteryData (the player) or do not need it.
    enum class WithEvidence { Yes, No };
    [[nodiscard]] SchoolContent loadContent(WithEvidence evidence = WithEvidence::Yes) const;

    // Only the school's settings and its mastery scale (levels, method, mastered rank), without
    // the rest of the content: cheap however much evidence the school has.
    struct SchoolSettings {
        School school;
        MasteryScale scale;
    };
    [[nodiscard]] SchoolSettings loadSchoolSettings() const;

    // The evidence public figures count (the roster's and departed learners'), as compact
    // arrays (MasteryData) (Store_Evidence.cpp), read in one transaction without building
    // SchoolContent::evidence: the lean path for large schools.
    [[nodiscard]] MasteryData loadMasteryData() const;

    // Where the evidence stands: the epoch (Schema.hpp: bumped by any write that may change or
    // remove existing evidence rows) and the largest evidence id. With an unchanged epoch, the
    // rows added since an earlier mark are exactly those with ids above its lastId.
    struct EvidenceMark {
        std::int64_t epoch = 0;
        std::int64_t lastId = 0;
        friend bool operator==(const EvidenceMark&, const EvidenceMark&) = default;
    };
    [[nodiscard]] EvidenceMark evidenceMark() const;
    // loadMasteryData and the mark it was read at, in one transaction.
    [[nodiscard]] MasteryData loadMasteryData(EvidenceMark& mark) const;
    // The rows with ids above `lastId` (by id), and the mark they were read at, in one
    // transaction: what an append-only import added since a mark.
    [[nodiscard]] std::vector<Evidence> evidenceAfter(std::int64_t lastId,
                                                      EvidenceMark& mark) const;

    // Everything, or only what a content file carries (school settings incl. the mastery method,
    // rooms, displays, groups, playlists, rules, habits, quotes, announcements, celebrations),
    // leaving what the imports own (frameworks, the scale's levels, sections, learners,
    // enrollments, evidence with its import keys) exactly as it is.
    enum class ContentScope { Everything, ContentFileParts };

    // Replaces the content (of `scope`) in one transaction; on any failure (e.g. a learner in an
    // unknown section) throws StoreError and leaves the database as it was.
    void replaceContent(const SchoolContent& content,
                        ContentScope scope = ContentScope::Everything);

    [[nodiscard]] std::vector<Room> rooms() const; // ordered by id

    // Sets the school's mastery method, its parameters and mastered rank (from `rule`; its levels
    // are not touched) and the term start, in one transaction that bumps the content counter.
    // Validation is the caller's (the CLI). Throws StoreError when there is no school yet.
    void setMasteryRule(const MasteryScale& rule, const std::optional<Days>& termStart);

    // Single-celebration writes (Store_Celebrations.cpp), for moderation. Each is one transaction
    // that bumps the `content` counter when it changes something; none validates the content
    // rules (core/Celebrations.hpp does, before calling). Throw StoreError naming the id:
    // addCelebration when the id exists or a reference does not resolve, setCelebrationStatus
    // when there is no such celebration.
    void addCelebration(const Celebration& celebration);
    void setCelebrationStatus(const std::string& id, CelebrationStatus status);
    // Approved celebrations with showUntil < today become Expired; returns how many.
    int expireCelebrations(Days today);

    // Counters bumped by this Store's writes: `content` by replaceContent (and importers) and
    // the celebration writes, `alerts` by every alert write. Proof-of-play writes bump neither,
    // so a player that sees another connection's commit can tell whether anything it shows
    // changed.
    struct Versions {
        std::int64_t content = 0;
        std::int64_t alerts = 0;
        friend bool operator==(const Versions&, const Versions&) = default;
    };
    [[nodiscard]] Versions versions() const;

    // Alerts live beside the content (replaceContent leaves them alone). saveAlert inserts or
    // replaces by id; an empty id is given the next "alert-<n>". Returns the id.
    std::string saveAlert(Alert alert);
    // Sets clearedAt = `at` on the given alerts (every uncleared one when `ids` is empty) that
    // are not cleared yet; returns how many it cleared.
    int clearAlerts(Instant at, const std::vector<std::string>& ids = {});
    // Alerts not cleared (expired ones included: Alerts.hpp decides what is active), by
    // (raisedAt, id).
    // A CAP Update in one transaction: saves `save` (as saveAlert) and clears the `clear` ids
    // (as clearAlerts, never all when empty), so screens never see one without the other.
    // Returns how many it cleared.
    int replaceAlerts(const Alert& save, const std::vector<std::string>& clear, Instant at);
    [[nodiscard]] std::vector<Alert> openAlerts() const;
    [[nodiscard]] std::optional<Alert> findAlert(const std::string& id) const;

    // Proof of play: appends in one transaction.
    void appendPlays(const std::vector<PlayRecord>& plays);
    // Plays that started in [from, to), of one room when `roomId` is not empty, by (start,
    // display id).
    [[nodiscard]] std::vector<PlayRecord> plays(Instant from, Instant to,
                                                const std::string& roomId = {}) const;

    // PRAGMA data_version: changes when ANOTHER connection commits; this connection's own writes
    // do not change it. Use ChangeWatcher rather than comparing by hand.
    [[nodiscard]] std::int64_t dataVersion() const;

    // Writes a consistent, compacted copy of the database to `target` (VACUUM INTO), which must
    // not exist yet. The copy opens with Store::open like any other file. Throws StoreError.
    void backupTo(const std::filesystem::path& target) const;

    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

    // The raw connection, for store feature files that add their own queries.
    [[nodiscard]] sqlite::Connection& connection() const { return m_connection; }

private:
    Store(std::filesystem::path path, sqlite::Connection connection);

    std::filesystem::path m_path;
    mutable sqlite::Connection m_connection;
};

// Notices commits made by other connections (another process, the CLI, a second Store) since the
// last check. Cheap enough to poll every frame or every 250 ms. The Store must outlive it and must
// not be moved while it exists.
class ChangeWatcher {
public:
    explicit ChangeWatcher(const Store& store);

    // True when another connection committed since construction or the previous call.
    [[nodiscard]] bool changed();

private:
    const Store* m_store;
    std::int64_t m_lastVersion;
};

} // namespace lantern
