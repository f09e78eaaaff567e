#pragma once
// Schema migrations, tracked in PRAGMA user_version. Each step is applied in its own IMMEDIATE
// transaction together with the user_version bump, so a crash or a concurrent opener never leaves
// a half-migrated file. Steps are append-only: never edit a released step, add a new one.
//
// Storage conventions (schema version 1):
// - LangText columns hold a JSON object {"en": "...", "es": "..."} (nlohmann-json).
// - school.languages holds a JSON array of BCP 47 codes.
// - Days are TEXT "YYYY-MM-DD"; Instants are INTEGER milliseconds since the Unix epoch (UTC).
// - Celebration status is TEXT 'pending' | 'approved' | 'rejected'.
// - sort_order columns keep the admin's order; ties fall back to id.
#include "store/Sqlite.hpp"

#include <filesystem>

namespace lantern::schema {

inline constexpr int kLatestVersion = 1;

[[nodiscard]] int currentVersion(sqlite::Connection& connection);

// Throws StoreError, writing nothing, when the file's version is newer than kLatestVersion.
void refuseNewer(sqlite::Connection& connection, const std::filesystem::path& path);

// Applies every step after the file's current version.
void migrate(sqlite::Connection& connection);

} // namespace lantern::schema
