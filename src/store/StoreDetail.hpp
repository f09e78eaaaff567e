#pragma once
// Internal to the store: the readers and writers of the content tables that live in their own
// feature files (Store_Schedule.cpp, Store_Notices.cpp, Store_Celebrations.cpp, Store_Read.cpp).
// Readers return rows in the order loadContent promises; writers expect empty tables and let
// SQLite's constraints throw.
#include "core/model/Content.hpp"
#include "core/progress/CountedMembership.hpp"
#include "store/Sqlite.hpp"

#include <vector>

namespace lantern::store {

[[nodiscard]] std::vector<RoomGroup> readGroups(sqlite::Connection& db);   // by id; rooms by id
[[nodiscard]] std::vector<Playlist> readPlaylists(sqlite::Connection& db); // by id; items in order
[[nodiscard]] std::vector<ScheduleRule> readRules(sqlite::Connection& db); // by id
void writeGroups(sqlite::Connection& db, const std::vector<RoomGroup>& groups);
void writePlaylists(sqlite::Connection& db, const std::vector<Playlist>& playlists);
void writeRules(sqlite::Connection& db, const std::vector<ScheduleRule>& rules);

[[nodiscard]] std::vector<Announcement> readAnnouncements(sqlite::Connection& db); // by id
[[nodiscard]] std::vector<Quote> readQuotes(sqlite::Connection& db);               // by id
void writeAnnouncements(sqlite::Connection& db, const std::vector<Announcement>& announcements);
void writeQuotes(sqlite::Connection& db, const std::vector<Quote>& quotes);

// Store_Read.cpp: by id.
[[nodiscard]] std::vector<Celebration> readCelebrations(sqlite::Connection& db);
// Store_Celebrations.cpp: inserts (an existing id is a constraint error).
void writeCelebrations(sqlite::Connection& db, const std::vector<Celebration>& celebrations);

// Store_Read.cpp: competencies by (sort_order, id) with their scoring; levels by rank.
[[nodiscard]] std::vector<Competency> readCompetencies(sqlite::Connection& db);
[[nodiscard]] std::vector<MasteryLevel> readLevels(sqlite::Connection& db);

// Store_Framework.cpp: frameworks, learning targets (by sort_order, id), outside references
// (by item, relation, uri) and enrollments (by learner, section).
[[nodiscard]] std::vector<Framework> readFrameworks(sqlite::Connection& db); // by id
[[nodiscard]] std::vector<LearningTarget> readLearningTargets(sqlite::Connection& db);
[[nodiscard]] std::vector<FrameworkRef> readFrameworkRefs(sqlite::Connection& db);
[[nodiscard]] std::vector<Enrollment> readEnrollments(sqlite::Connection& db);
void writeFrameworks(sqlite::Connection& db, const std::vector<Framework>& frameworks);
void writeLearningTargets(sqlite::Connection& db, const std::vector<LearningTarget>& targets);
void writeFrameworkRefs(sqlite::Connection& db, const std::vector<FrameworkRef>& refs);
void writeEnrollments(sqlite::Connection& db, const std::vector<Enrollment>& enrollments);

// Store_Membership.cpp: the counted membership (by learner id) and the departed evidence
// (by date, learner, competency).
[[nodiscard]] std::vector<CountedMember> readCountedMembers(sqlite::Connection& db);
[[nodiscard]] std::vector<Evidence> readDepartedEvidence(sqlite::Connection& db);
// Before a write that replaces the learners wholesale (their evidence goes first, so the
// trigger has nothing to keep): keeps the evidence of counted learners missing from `incoming`.
void keepDepartedEvidence(sqlite::Connection& db, const std::vector<Learner>& incoming);
// After a write that may have changed learners or sections, in its transaction: moves the
// counted membership on by core's rule (core/progress/CountedMembership.hpp), drops departed
// evidence nobody counts any more, and bumps the evidence epoch when that drops any.
MembershipStep advanceMembership(sqlite::Connection& db);

} // namespace lantern::store
