#pragma once
// Writes a parsed framework file (core/CaseImport.hpp, core/CanvasOutcomes.hpp) into the store as
// one ImportSession: the framework, its domains, competencies, learning targets and outside
// references are upserted by id, so importing the same file again changes nothing.
//
// - Texts: the file's language is replaced, translations the school added in other languages
//   are kept.
// - Items of the same framework that the file no longer has are removed and counted, except a
//   competency that evidence refers to (kept, with a warning) and a domain that still holds a
//   competency (kept, with a warning). Their learning targets and references go with them.
// - When the school has no mastery levels yet and the file suggests a scale (Canvas ratings),
//   it becomes the school's scale ("mastery levels" added, and a warning saying so).
// - The file's own warnings come first in the report.
// All or nothing: on any failure (StoreError) nothing is written; a dry run writes nothing.
#include "core/interop/FrameworkImportData.hpp"
#include "core/model/ImportReport.hpp"
#include "store/Store.hpp"

namespace lantern {

[[nodiscard]] ImportReport importFramework(Store& store, const FrameworkImportData& data,
                                           bool dryRun);

} // namespace lantern
