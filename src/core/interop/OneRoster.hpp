#pragma once
// Reading a OneRoster 1.1 / 1.2 CSV set (docs/importing.md, "OneRoster"). Columns are found by
// header name only, so 1.1 and 1.2 files (and 1.2's users.csv with or without
// resourceSourcedIds) read alike; the version is never trusted. Every problem that would make
// the import wrong throws ImportError naming file, line and column; what can safely be kept is
// kept with a warning in the report (one warning per cause and file, not per row).
//
// readRoster() holds the roster files in memory (they are small); readScores() streams
// results.csv row by row, because gradebook exports can run to millions of rows.
#include "core/interop/OneRosterFiles.hpp"
#include "core/model/ImportReport.hpp"
#include "core/model/Time.hpp"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace lantern::oneroster {

enum class FileMode { Absent, Bulk, Delta };

struct Manifest {
    std::string version;                   // oneroster.version as written (information only)
    std::map<std::string, FileMode> files; // by file kind in lower case, e.g. "users"
    [[nodiscard]] FileMode mode(std::string_view kind) const; // Absent when not listed
};

struct Class {
    std::string id;
    std::string title;
    std::optional<int> grade; // the class's grades, else its course's
    bool deleted = false;     // status tobedeleted
};

struct User {
    std::string id;
    std::string givenName; // preferred name when given
    std::string familyName;
    std::optional<int> grade;
    bool student = false;
    bool deleted = false;
};

struct Enrollment {
    std::string id;
    std::string classId;
    std::string userId;
    bool student = false; // role student
    bool deleted = false;
    int line = 0;
};

struct LineItem {
    std::string id;
    std::string classId;
    std::optional<double> minScore, maxScore; // resultValueMin / resultValueMax
    std::vector<std::string> objectives;      // learning objective ids (1.2), in file order
    bool deleted = false;
};

// Everything but the results, validated within the set.
struct Roster {
    Manifest manifest;
    std::map<std::string, Class> classes; // by sourcedId
    std::map<std::string, User> users;    // by sourcedId; every role
    std::vector<Enrollment> enrollments;  // file order
    std::string enrollmentsFile;          // how messages name enrollments.csv
    std::map<std::string, LineItem> lineItems;
    [[nodiscard]] FileMode mode(std::string_view kind) const { return manifest.mode(kind); }
};

// Reads manifest.csv and the roster files it lists as bulk or delta (orgs, academicSessions,
// courses, classes, users, roles, enrollments, lineItems, lineItemLearningObjectiveIds).
// Throws ImportError; warnings go to `report`.
[[nodiscard]] Roster readRoster(SetFiles& files, ImportReport& report);

// One score of one learner: a result (key = its sourcedId) or one learning objective's score of
// a result (key = the resultLearningObjectiveIds row's sourcedId).
struct Score {
    std::string key;
    std::string resultId;
    std::string learnerId;
    std::string lineItemId;
    std::string classId;
    std::string objectiveId; // a CASE identifier; empty when the line item names none
    std::optional<double> score;
    std::optional<Days> date;
    bool deleted = false; // status tobedeleted: only key and resultId are meaningful
};

// Streams results.csv (joined with resultLearningObjectiveIds.csv when present), calling
// `onScore` once per score in file order and `onProgress` every `progressEvery` result rows.
// A result with per-objective scores yields those; one without yields one Score per learning
// objective of its line item, or a single Score with an empty objectiveId when it has none
// (the caller decides what that means). Results without a score and not tobedeleted yield
// nothing. Throws ImportError (duplicate ids, unknown line item, bad date or number).
void readScores(SetFiles& files, const Roster& roster, ImportReport& report,
                const std::function<void(const Score&)>& onScore,
                const std::function<void(long rows)>& onProgress = {}, long progressEvery = 100000);

// Value parsing, exposed for tests.
// "07", "7", "KG" (0), "PK"/"TK"/"PR"/"IT"/"PS" (-1); a list ("09,10,11") gives its first; "UG",
// "Other" or empty: nullopt.
[[nodiscard]] std::optional<int> parseGrades(std::string_view grades);
// YYYY-MM-DD, an ISO timestamp (any zone: its date part is taken as written), or US M/D/YYYY.
[[nodiscard]] std::optional<Days> parseDate(std::string_view text);
// The forms dateLastModified may take: a plain date YYYY-MM-DD, or a date-time
// YYYY-MM-DDThh:mm[:ss[.fraction]] with or without a zone (Z, +hh:mm, +hhmm, +hh). A space may
// stand for the T (RFC 3339 allows it; SQL exports write it). The date must exist.
[[nodiscard]] bool isDateTime(std::string_view text);

} // namespace lantern::oneroster
