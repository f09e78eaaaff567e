// Schema migrations (Schema.hpp states the storage conventions): the steps and applying them.
//
// Index of this file:
// - [steps] the SQL of each schema version, one step per version, append-only
// - [apply] one step in its own IMMEDIATE transaction; a step that rebuilds tables runs with
//           foreign keys off and has them checked before it commits
// - [entry] currentVersion, refuseNewer and migrate
//
// Call flow:
//   migrate
//   └─ apply ─ ForeignKeysOff, for a step that rebuilds tables
//      └─ applyInTransaction ─ currentVersion, checkForeignKeys
#include "store/Schema.hpp"

#include <string>

namespace lantern::schema {
namespace {

// ---- [steps] ---------------------------------------------------------------------------------

struct Migration {
    int version;
    const char* sql;
    // The step rebuilds a table (SQLite cannot alter a CHECK): it runs with foreign keys off and
    // checks them before committing (https://sqlite.org/lang_altertable.html, "other changes").
    bool rebuildsTables = false;
};

constexpr const char* kVersion1 = R"sql(
CREATE TABLE school (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    languages TEXT NOT NULL,
    mission TEXT NOT NULL,
    mastered_rank INTEGER NOT NULL DEFAULT 3
);
CREATE TABLE sections (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    grade INTEGER NOT NULL
);
CREATE TABLE rooms (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    section_id TEXT REFERENCES sections(id) ON DELETE SET NULL,
    grade INTEGER
);
CREATE TABLE displays (
    id TEXT PRIMARY KEY,
    room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL
);
CREATE TABLE habits (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    meaning TEXT NOT NULL,
    color TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE habit_indicators (
    habit_id TEXT NOT NULL REFERENCES habits(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (habit_id, position)
);
CREATE TABLE domains (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE competencies (
    id TEXT PRIMARY KEY,
    domain_id TEXT NOT NULL REFERENCES domains(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    meaning TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX competencies_domain ON competencies(domain_id);
CREATE TABLE mastery_levels (
    rank INTEGER PRIMARY KEY CHECK (rank >= 1),
    label TEXT NOT NULL,
    color TEXT NOT NULL
);
CREATE TABLE learners (
    id TEXT PRIMARY KEY,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    grade INTEGER NOT NULL,
    section_id TEXT NOT NULL REFERENCES sections(id),
    consent_name_public INTEGER NOT NULL DEFAULT 0 CHECK (consent_name_public IN (0, 1))
);
CREATE INDEX learners_section ON learners(section_id);
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    competency_id TEXT NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
    level INTEGER NOT NULL CHECK (level >= 1),
    date TEXT NOT NULL
);
CREATE INDEX evidence_learner ON evidence(learner_id);
CREATE INDEX evidence_competency ON evidence(competency_id, date);
CREATE TABLE celebrations (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    learner_id TEXT REFERENCES learners(id) ON DELETE CASCADE,
    section_id TEXT REFERENCES sections(id) ON DELETE CASCADE,
    grade INTEGER,
    habit_id TEXT REFERENCES habits(id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    show_from TEXT,
    show_until TEXT,
    created_at INTEGER NOT NULL,
    CHECK ((learner_id IS NOT NULL) + (section_id IS NOT NULL) + (grade IS NOT NULL) <= 1)
);
CREATE INDEX celebrations_learner ON celebrations(learner_id);
CREATE INDEX celebrations_habit ON celebrations(habit_id);
)sql";

// Version 2: counters, alerts, proof of play, and the schedule model.
constexpr const char* kVersion2 = R"sql(
CREATE TABLE meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    content_version INTEGER NOT NULL DEFAULT 0,
    alerts_version INTEGER NOT NULL DEFAULT 0
);
INSERT INTO meta (id) VALUES (1);
CREATE TABLE alerts (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    headline TEXT NOT NULL,
    instruction TEXT NOT NULL,
    description TEXT NOT NULL,
    targets TEXT NOT NULL,
    raised_at INTEGER NOT NULL,
    expires INTEGER,
    cleared_at INTEGER
);
CREATE INDEX alerts_open ON alerts(cleared_at, raised_at);
CREATE TABLE plays (
    id INTEGER PRIMARY KEY,
    display_id TEXT NOT NULL,
    room_id TEXT NOT NULL,
    slide_id TEXT NOT NULL,
    slide_kind TEXT NOT NULL,
    start_ms INTEGER NOT NULL,
    end_ms INTEGER NOT NULL
);
CREATE INDEX plays_start ON plays(start_ms);
ALTER TABLE rooms ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';
ALTER TABLE rooms ADD COLUMN viewing_distance_m REAL NOT NULL DEFAULT 3.0;
ALTER TABLE rooms ADD COLUMN power_hours TEXT NOT NULL DEFAULT '[]';
ALTER TABLE rooms ADD COLUMN dark_mode TEXT NOT NULL DEFAULT 'black';
ALTER TABLE displays ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE displays ADD COLUMN orientation TEXT NOT NULL DEFAULT 'landscape';
ALTER TABLE celebrations ADD COLUMN targets TEXT NOT NULL DEFAULT '[]';
CREATE TABLE room_groups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE group_rooms (
    group_id TEXT NOT NULL REFERENCES room_groups(id) ON DELETE CASCADE,
    room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, room_id)
);
CREATE INDEX group_rooms_room ON group_rooms(room_id);
CREATE TABLE playlists (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE playlist_items (
    playlist_id TEXT NOT NULL REFERENCES playlists(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source TEXT NOT NULL,
    param TEXT NOT NULL DEFAULT '',
    duration_ms INTEGER CHECK (duration_ms IS NULL OR duration_ms > 0),
    PRIMARY KEY (playlist_id, position)
);
ALTER TABLE school ADD COLUMN default_playlist_id TEXT
    REFERENCES playlists(id) ON DELETE SET NULL;
CREATE TABLE rules (
    id TEXT PRIMARY KEY,
    playlist_id TEXT NOT NULL REFERENCES playlists(id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL,
    target_id TEXT NOT NULL DEFAULT '',
    days INTEGER NOT NULL CHECK (days BETWEEN 0 AND 127),
    window_start INTEGER CHECK (window_start BETWEEN 0 AND 1439),
    window_end INTEGER CHECK (window_end BETWEEN 1 AND 1440),
    date_from TEXT,
    date_until TEXT,
    priority INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    CHECK ((window_start IS NULL) = (window_end IS NULL))
);
CREATE INDEX rules_playlist ON rules(playlist_id);
CREATE TABLE announcements (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    event_date TEXT,
    countdown INTEGER NOT NULL DEFAULT 0 CHECK (countdown IN (0, 1)),
    show_from TEXT,
    show_until TEXT,
    targets TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    learner_id TEXT REFERENCES learners(id) ON DELETE CASCADE,
    grade INTEGER,
    approved INTEGER NOT NULL DEFAULT 0 CHECK (approved IN (0, 1))
);
CREATE INDEX quotes_learner ON quotes(learner_id);
)sql";

// Version 3: celebrations can be 'expired' and say who submitted them; habits have an icon.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE celebrations_v3 (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    learner_id TEXT REFERENCES learners(id) ON DELETE CASCADE,
    section_id TEXT REFERENCES sections(id) ON DELETE CASCADE,
    grade INTEGER,
    habit_id TEXT REFERENCES habits(id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'expired')),
    show_from TEXT,
    show_until TEXT,
    created_at INTEGER NOT NULL,
    targets TEXT NOT NULL DEFAULT '[]',
    submitted_by TEXT NOT NULL DEFAULT '',
    CHECK ((learner_id IS NOT NULL) + (section_id IS NOT NULL) + (grade IS NOT NULL) <= 1)
);
INSERT INTO celebrations_v3 (id, kind, text, learner_id, section_id, grade, habit_id, status,
                             show_from, show_until, created_at, targets)
    SELECT id, kind, text, learner_id, section_id, grade, habit_id, status, show_from,
           show_until, created_at, targets FROM celebrations;
DROP TABLE celebrations;
ALTER TABLE celebrations_v3 RENAME TO celebrations;
CREATE INDEX celebrations_learner ON celebrations(learner_id);
CREATE INDEX celebrations_habit ON celebrations(habit_id);
CREATE INDEX celebrations_due ON celebrations(status, show_until);
ALTER TABLE habits ADD COLUMN icon TEXT NOT NULL DEFAULT '';
)sql";

// Version 4: frameworks (CASE, Canvas outcomes) with learning targets and outside references,
// Canvas scoring on competencies, enrollments, the school's mastery method and term start,
// where each evidence row came from (so a re-import updates rather than duplicates it), and
// habits' "sounds like" indicators.
constexpr const char* kVersion4 = R"sql(
CREATE TABLE frameworks (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    uri TEXT NOT NULL DEFAULT '',
    version TEXT NOT NULL DEFAULT ''
);
ALTER TABLE domains ADD COLUMN framework_id TEXT REFERENCES frameworks(id) ON DELETE SET NULL;
ALTER TABLE competencies ADD COLUMN framework_id TEXT
    REFERENCES frameworks(id) ON DELETE SET NULL;
ALTER TABLE competencies ADD COLUMN ratings TEXT NOT NULL DEFAULT '[]';
ALTER TABLE competencies ADD COLUMN mastery_points REAL;
ALTER TABLE competencies ADD COLUMN calculation_method TEXT NOT NULL DEFAULT '';
ALTER TABLE competencies ADD COLUMN calculation_int REAL;
CREATE INDEX competencies_code ON competencies(code);
CREATE TABLE learning_targets (
    id TEXT PRIMARY KEY,
    competency_id TEXT NOT NULL REFERENCES competencies(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX learning_targets_competency ON learning_targets(competency_id);
CREATE TABLE framework_refs (
    item_id TEXT NOT NULL,
    relation TEXT NOT NULL,
    target_uri TEXT NOT NULL,
    target_title TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, relation, target_uri)
);
CREATE TABLE enrollments (
    learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    section_id TEXT NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    PRIMARY KEY (learner_id, section_id)
);
CREATE INDEX enrollments_section ON enrollments(section_id);
ALTER TABLE school ADD COLUMN mastery_method TEXT NOT NULL DEFAULT 'most-recent';
ALTER TABLE school ADD COLUMN decay_weight REAL NOT NULL DEFAULT 0.65;
ALTER TABLE school ADD COLUMN times_needed INTEGER NOT NULL DEFAULT 2;
ALTER TABLE school ADD COLUMN term_start TEXT;
ALTER TABLE evidence ADD COLUMN section_id TEXT;
ALTER TABLE evidence ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE evidence ADD COLUMN source_key TEXT;
ALTER TABLE evidence ADD COLUMN score REAL;
CREATE UNIQUE INDEX evidence_source ON evidence(source, source_key);
ALTER TABLE habit_indicators ADD COLUMN kind TEXT NOT NULL DEFAULT 'looks';
CREATE TABLE oneroster_records (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);
ALTER TABLE celebrations ADD COLUMN anonymous_as TEXT NOT NULL DEFAULT 'grade';
)sql";

// Version 5: the evidence epoch, so that a player holding the evidence in memory can tell an
// import that only appended rows (read those rows) from one that changed or removed some (read
// everything again). The competency index loses its date column: nothing reads evidence by
// competency and date, and rows then go in at the end of their competency's run (ids ascend),
// which made a 2-million-row mastery import ~15 % cheaper in CPU.
constexpr const char* kVersion5 = R"sql(
ALTER TABLE meta ADD COLUMN evidence_epoch INTEGER NOT NULL DEFAULT 0;
DROP INDEX evidence_competency;
CREATE INDEX evidence_competency ON evidence(competency_id);
)sql";

// Version 6: the membership public figures count (core/progress/CountedMembership.hpp), as of
// each class's last snapshot, and the evidence of counted learners who have left the roster,
// kept until their class's next snapshot. A learner deleted while counted leaves their evidence
// here (the trigger runs before the cascade). A file from version 5 starts from its roster as it
// stands.
constexpr const char* kVersion6 = R"sql(
CREATE TABLE counted_members (
    learner_id TEXT PRIMARY KEY,
    section_id TEXT NOT NULL,
    grade INTEGER NOT NULL
);
CREATE TABLE departed_evidence (
    learner_id TEXT NOT NULL,
    competency_id TEXT NOT NULL,
    level INTEGER NOT NULL,
    date TEXT NOT NULL
);
CREATE INDEX departed_evidence_learner ON departed_evidence(learner_id);
INSERT INTO counted_members (learner_id, section_id, grade)
    SELECT l.id, l.section_id, coalesce(s.grade, l.grade)
    FROM learners l LEFT JOIN sections s ON s.id = l.section_id;
CREATE TRIGGER keep_departed_evidence BEFORE DELETE ON learners
    WHEN EXISTS (SELECT 1 FROM counted_members WHERE learner_id = OLD.id)
BEGIN
    INSERT INTO departed_evidence (learner_id, competency_id, level, date)
        SELECT learner_id, competency_id, level, date FROM evidence WHERE learner_id = OLD.id;
END;
)sql";

constexpr Migration kMigrations[] = {
    {1, kVersion1}, {2, kVersion2}, {3, kVersion3, true},
    {4, kVersion4}, {5, kVersion5}, {6, kVersion6},
};
static_assert(std::size(kMigrations) == kLatestVersion, "one step per schema version");

// ---- [apply] ---------------------------------------------------------------------------------

// Turns foreign key enforcement off for its lifetime (outside any transaction: SQLite ignores
// the pragma inside one) and restores the previous setting.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(sqlite::Connection& connection)
        : m_connection(connection), m_wasOn(connection.queryInt("PRAGMA foreign_keys") != 0) {
        m_connection.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff() {
        if (!m_wasOn) return;
        try {
            m_connection.exec("PRAGMA foreign_keys = ON");
        } catch (const StoreError&) { // nothing better to do in a destructor
        }
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    sqlite::Connection& m_connection;
    bool m_wasOn;
};

void checkForeignKeys(sqlite::Connection& connection, int version) {
    sqlite::Statement check(connection, "PRAGMA foreign_key_check");
    if (check.step())
        throw StoreError("migration to schema version " + std::to_string(version) +
                         " broke a foreign key in table '" + check.text(0) + "'");
}

void applyInTransaction(sqlite::Connection& connection, const Migration& step) {
    sqlite::Transaction transaction(connection, sqlite::Transaction::Kind::Immediate);
    if (currentVersion(connection) >= step.version) return; // another opener got there first
    connection.exec(step.sql);
    if (step.rebuildsTables) checkForeignKeys(connection, step.version);
    // PRAGMA takes no bound parameters; the value is our own integer constant.
    connection.exec(("PRAGMA user_version = " + std::to_string(step.version)).c_str());
    transaction.commit();
}

void apply(sqlite::Connection& connection, const Migration& step) {
    if (!step.rebuildsTables) return applyInTransaction(connection, step);
    ForeignKeysOff off(connection);
    applyInTransaction(connection, step);
}

} // namespace

// ---- [entry] ---------------------------------------------------------------------------------

int currentVersion(sqlite::Connection& connection) {
    return static_cast<int>(connection.queryInt("PRAGMA user_version"));
}

void refuseNewer(sqlite::Connection& connection, const std::filesystem::path& path) {
    const int version = currentVersion(connection);
    if (version <= kLatestVersion) return;
    throw StoreError("cannot open '" + path.string() + "': database schema version " +
                     std::to_string(version) + " is newer than this Lantern (" +
                     std::to_string(kLatestVersion) + "); upgrade Lantern");
}

void migrate(sqlite::Connection& connection, int target) {
    for (const Migration& step : kMigrations) {
        if (step.version <= target && currentVersion(connection) < step.version)
            apply(connection, step);
    }
}

} // namespace lantern::schema
