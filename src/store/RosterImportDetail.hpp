#pragma once
// Internal to the OneRoster import (Store_RosterImport.cpp, Store_RosterEvidence.cpp).
#include "core/interop/OneRoster.hpp"
#include "store/RosterImport.hpp"
#include "store/Sqlite.hpp"

namespace lantern::store::roster {

// Sections, learners and enrollments, with bulk / tobedeleted removals.
void writeRoster(sqlite::Connection& db, const oneroster::Roster& roster, ImportReport& report);

// Evidence from results.csv (streamed) and its bulk / tobedeleted removals.
void writeEvidence(sqlite::Connection& db, oneroster::SetFiles& files,
                   const oneroster::Roster& roster, ImportReport& report,
                   const OneRosterImportOptions& options);

} // namespace lantern::store::roster
