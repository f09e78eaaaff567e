#pragma once
// Schema migrations, tracked in PRAGMA user_version. Each step is applied in its own IMMEDIATE
// transaction together with the user_version bump, so a crash or a concurrent opener never leaves
// a half-migrated file. Steps are append-only: never edit a released step, add a new one.
//
// Storage conventions (schema version 6):
// - LangText columns hold a JSON object {"en": "...", "es": "..."} (nlohmann-json).
// - school.languages and rooms.languages hold a JSON array of BCP 47 codes; celebrations,
//   announcements and alerts keep their `targets` (room or group ids) as a JSON array too.
// - Days are TEXT "YYYY-MM-DD"; Instants are INTEGER milliseconds since the Unix epoch (UTC).
// - Celebration status is TEXT 'pending' | 'approved' | 'rejected' | 'expired' (version 3;
//   the CHECK was widened by rebuilding the table). celebrations.submitted_by and habits.icon
//   are '' when unknown / none.
// - sort_order columns keep the admin's order; ties fall back to id.
// - Enum columns hold the names of core/ScheduleNames.hpp (items' source, rules' target_kind,
//   displays' orientation, rooms' dark_mode) or Codec's alert kind names ('lockdown', 'shelter',
//   'evacuate', 'hold', 'custom', 'cap'). They have no CHECK, so a new name needs no table
//   rebuild; Codec refuses an unknown name on read, naming the column.
// - Weekday sets (rules.days) are INTEGER bitmasks, bit 0 Monday ... bit 6 Sunday.
// - rooms.power_hours is a JSON array of {"days": <bitmask>, "start": <minute>, "end": <minute>}
//   (a PowerWindow; minutes since local midnight as in TimeWindow); [] means always on.
// - rules.window_start/window_end are both NULL for "all day"; date_from/date_until are NULL
//   when open-ended. rules.target_id is not a foreign key (its table depends on target_kind);
//   the content importer validates it. target_id is '' for 'everywhere'.
// - playlist_items.duration_ms NULL means `auto`; items are ordered by position (0-based).
// - school.default_playlist_id NULL means the built-in default (Content's empty string).
// - meta (one row) holds the counters of Store::versions(): content_version is bumped by
//   replaceContent and the celebration writes, alerts_version by every alert write; plays bump
//   neither.
// - plays are proof of play, append-only; start_ms/end_ms are Instants.
// - Version 4: habit_indicators.kind is 'looks' | 'sounds' (positions are per habit across both
//   kinds); competencies.ratings is a JSON array of {"points": n, "description": "…"};
//   school.mastery_method is 'most-recent' | 'highest' | 'decaying-average' | 'times-at-mastery'.
// - evidence.source names the import ('oneroster', 'mastery-csv', 'canvas-mastery', or '' for
//   rows written by replaceContent) and source_key the row's identity within it (a result's
//   sourcedId, or "learner|competency|date"): unique together, so importing a file again
//   updates rows instead of adding them. NULL keys (replaceContent's rows) never collide.
// - oneroster_records lists the sections ('section'), learners ('learner') and enrollments
//   ('enrollment', id "<learner>\n<section>") that OneRoster imports wrote, so that a bulk file
//   removes only those; rows made by hand or by other importers are never in it.
// - framework_refs.item_id is not a foreign key: it may name a domain, competency or target.
// - Version 5: meta.evidence_epoch is bumped by every write that may change or remove evidence
//   rows that already exist (replaceContent, an import that changed or removed evidence or
//   removed anything, since removals cascade). Appending evidence leaves it alone; appended rows
//   get ids above every earlier row's (evidence.id is the rowid, and the largest id is only
//   reused after a removal, which bumps the epoch). evidence_competency indexes competency_id
//   alone (it serves the cascade from competencies and counts by competency).
// - Version 6: counted_members is the membership public figures count (learner, section and the
//   section's grade at the class's last snapshot; no foreign keys: a counted learner may have
//   left). Every write that changes learners or sections moves it on by core's rule
//   (store::advanceMembership). departed_evidence keeps the evidence of counted learners who
//   have left the roster until their class's snapshot drops them; a trigger fills it before a
//   learner's evidence cascades away. Changes to it bump evidence_epoch.
#include "store/Sqlite.hpp"

#include <filesystem>

namespace lantern::schema {

inline constexpr int kLatestVersion = 6;

[[nodiscard]] int currentVersion(sqlite::Connection& connection);

// Throws StoreError, writing nothing, when the file's version is newer than kLatestVersion.
void refuseNewer(sqlite::Connection& connection, const std::filesystem::path& path);

// Applies every step after the file's current version, up to `target` (tests build files of
// older versions with a smaller target).
void migrate(sqlite::Connection& connection, int target = kLatestVersion);

} // namespace lantern::schema
