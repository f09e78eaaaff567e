#pragma once
// Canvas outcomes CSV (the outcomes import format: vendor_guid, object_type, title, description,
// display_name, calculation_method, calculation_int, workflow_state, parent_guids, mastery_points,
// then `ratings` followed by pairs of cells: points, description) as a competency framework.
//
// Mapping (docs/importing.md, "Competency frameworks"):
// - Framework id "canvas:<file stem>", source "canvas", title the file stem.
// - A group that directly holds outcomes → a Domain: id "canvas:<vendor_guid>", code the guid,
//   title its group path ("Math > Number"). Outcomes with no group → one domain with the
//   framework's id, titled after the file.
// - An outcome → a Competency under its nearest group (of several parent_guids, the deepest
//   group; ties to the first listed): id "canvas:<vendor_guid>", code the guid, title, meaning =
//   display_name, else the description without HTML. Ratings (by points descending),
//   mastery_points, calculation_method and calculation_int are kept on the competency.
// - Rows with workflow_state "deleted" are left out (a parent_guid may still name them).
// - suggestedScale: from the first outcome with ratings, levels ranked by points ascending,
//   labelled by the descriptions (the points when blank), coloured from a colour-blind-safe
//   purple-orange ramp; masteredRank = the lowest rating at or above mastery_points (without
//   mastery_points: the one below the top when there are three or more, else the top).
//
// Throws ImportError (file, line, column name) for a missing required column (vendor_guid,
// object_type, title), a blank or duplicate vendor_guid, an unknown object_type or
// calculation_method, a non-numeric calculation_int, mastery_points or rating points, and a
// parent_guid that is in no row. Texts are stored under `language`.
#include "core/interop/FrameworkImportData.hpp"
#include "core/model/ImportReport.hpp"

#include <istream>
#include <string>
#include <string_view>

namespace lantern {

[[nodiscard]] FrameworkImportData parseCanvasOutcomes(std::istream& in, const std::string& fileName,
                                                      const std::string& language);

// `html` as plain text: tags dropped, the common entities decoded, whitespace runs closed up.
[[nodiscard]] std::string stripHtml(std::string_view html);

} // namespace lantern
