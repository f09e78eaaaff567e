#pragma once
// Writing evidence files into the store: the simple mastery CSV (`lantern import mastery`,
// source 'mastery-csv', key "learner|competency|date|source-column") and Canvas's Learning
// Mastery Gradebook export (`lantern import canvas-mastery`, source 'canvas-mastery', key
// "learner|competency|date"). docs/importing.md has the user's view.
//
// Both stream the file inside one ImportSession, so a 2-million-row file never sits in memory and
// an ImportError (file, line, column) leaves the database as it was. A row whose key an earlier
// import wrote updates that evidence (level, section, score): importing the same file twice
// changes nothing the second time. Two rows of one file with the same key are an error. The
// row's section goes into evidence.section_id, and an Enrollment (learner, section) is added when
// it is not the learner's own section. Report kinds: "evidence", "enrollments".
#include "core/model/ImportReport.hpp"
#include "store/Store.hpp"

#include <functional>
#include <istream>
#include <string>

namespace lantern {

struct EvidenceImportOptions {
    bool dryRun = false;
    std::function<void(long rows)> onProgress{}; // after every progressEvery data rows
    long progressEvery = 250000;
};

// `today` is the school's local date: rows dated after today + 1 are refused.
[[nodiscard]] ImportReport importMasteryCsv(Store& store, std::istream& in,
                                            const std::string& fileName, Days today,
                                            const EvidenceImportOptions& options = {});

// Every row's assessed outcomes become evidence in section `sectionId` dated `asOf`. Learners
// are found by Student SIS ID (the roster's sourcedId), else by Student ID. Scores become levels
// by levelForScore with the competency's ratings; the file's mastery points, when given, stand
// in for the competency's masteryPoints. Throws ImportError for an unknown section (field
// "--section"), outcome column, learner or a non-numeric score.
[[nodiscard]] ImportReport importCanvasMastery(Store& store, std::istream& in,
                                               const std::string& fileName,
                                               const std::string& sectionId, Days asOf,
                                               const EvidenceImportOptions& options = {});

// The school's IANA time zone, read without loading the content (for "today, school time").
[[nodiscard]] std::string schoolTimeZone(Store& store);

} // namespace lantern
