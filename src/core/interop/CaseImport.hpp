#pragma once
// 1EdTech CASE 1.0/1.1 packages (CFPackage JSON) as a competency framework.
//
// Mapping (docs/importing.md, "Competency frameworks"):
// - CFDocument → Framework: id = identifier, title, uri, version = "version, adoptionStatus".
// - The isChildOf tree (origin = child, destination = parent), siblings ordered by sequenceNumber
//   (missing last), then humanCodingScheme, then identifier.
// - Items directly under the document → Domains; their children → Competencies; deeper
//   descendants → LearningTargets of their competency ancestor, in tree order. When no item under
//   the document has children, one Domain stands for the document (id = its identifier) and those
//   items are its Competencies.
// - Ids are CASE identifiers. code = humanCodingScheme, else abbreviatedStatement, else the first
//   8 characters of the identifier. title = abbreviatedStatement, else fullStatement; a
//   competency's meaning = fullStatement when the title is the abbreviation, else notes.
// - Texts go under the document's `language` (primary subtag, "en-US" → "en"), else
//   `defaultLanguage`.
// - Associations with one end outside the package become FrameworkRefs of the inside end
//   (relation = associationType) when the inside end is the origin; other outside links are left
//   out with a warning. isChildOf to an outside parent, or no parent at all: top level + warning.
//   A second isChildOf parent is ignored with a warning. CFItemType, educationalLevel (string or
//   array) and the datetimes are not read, so their quirks cannot fail an import.
//
// Throws ImportError (file, line, JSON path as field) for: text that is not JSON (the line; the
// column in the message), no CFDocument, a missing or duplicate identifier, an isChildOf cycle.
#include "core/interop/FrameworkImportData.hpp"
#include "core/model/ImportReport.hpp"

#include <string>

namespace lantern {

[[nodiscard]] FrameworkImportData parseCasePackage(const std::string& text,
                                                   const std::string& fileName,
                                                   const std::string& defaultLanguage);

} // namespace lantern
