#pragma once
// Writing a OneRoster set into the store (`lantern import oneroster`): classes become sections,
// students become learners (their own section: their first active class enrollment by class
// sourcedId; every other class enrollment an Enrollment), scored results tied to a competency
// become evidence with source 'oneroster'. docs/importing.md has the user's view.
//
// All-or-nothing: the set is read and validated, then written in one ImportSession; an
// ImportError (naming file, line, column) or a StoreError leaves the database as it was. A dry
// run reports the same counts and writes nothing. Importing the same set twice changes nothing
// the second time.
//
// Bulk files replace what earlier OneRoster imports wrote of their kind (sections, learners and
// enrollments are tracked by id in the table oneroster_records, evidence by its source);
// rows made by hand or by other importers are never removed. Delta files upsert, and delete the
// rows whose status is tobedeleted. Learners' naming consent is never read from OneRoster and
// never changed.
#include "core/interop/OneRosterFiles.hpp"
#include "core/model/ImportReport.hpp"
#include "store/Store.hpp"

#include <functional>

namespace lantern {

struct OneRosterImportOptions {
    bool dryRun = false;
    std::function<void(long resultRows)> onProgress{}; // every progressEvery result rows
    long progressEvery = 100000;
};

[[nodiscard]] ImportReport importOneRoster(Store& store, oneroster::SetFiles& files,
                                           const OneRosterImportOptions& options = {});

} // namespace lantern
