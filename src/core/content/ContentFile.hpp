#pragma once
// The school's content as a JSON file (docs/content-format.md): what `lantern export` writes and
// `lantern import content` reads, so a school can back up, review or copy its content.
//
// The file carries school settings, rooms, groups, displays, playlists, rules, habits, quotes,
// announcements and celebrations. Learners, sections, competencies, evidence and the mastery
// scale are not in it (they come from roster and gradebook imports); the file may refer to
// learners and sections, and those references are checked against the existing content.
#include "core/model/Content.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <vector>

namespace lantern {

// A file that cannot be imported. what() is one line: the JSON path of the problem and why, e.g.
// `rules[3] (id "mornings").playlist: no playlist "morning" in this file`, or for a syntax error
// `school.json:12:5: syntax error ...`.
struct ContentFileError : std::runtime_error {
    ContentFileError(const std::string& path, const std::string& message);
    std::string path; // "rules[3] (id \"mornings\").playlist", "school.json:12:5", or empty
};

// The whole exportable content, with the format header. Times are local text in the school's
// zone, to the second.
[[nodiscard]] nlohmann::json exportContent(const SchoolContent& content);

// `file` as text for people: two-space indent, the header first and each object's "id" and
// "name" before its other keys, the parts in the documented order (the rest alphabetical). Ends
// with a newline.
[[nodiscard]] std::string formatContentFile(const nlohmann::json& file);

// Parses the text of a content file; a syntax error throws ContentFileError naming `fileName`,
// line and column.
[[nodiscard]] nlohmann::json parseContentText(const std::string& text, const std::string& fileName);

// `existing` with every part the file has (each top-level key present) replaced by the file's,
// the other parts kept. Validates everything first: header, types, required fields, unknown keys
// and enum names, duplicate ids, references (also those into the kept parts, learners and
// sections), time zone, languages, windows, date ranges. Throws ContentFileError on the first
// problem; never returns partly applied content.
[[nodiscard]] SchoolContent applyContentFile(const nlohmann::json& file,
                                             const SchoolContent& existing);

// What an import changes, by id. Items compare by everything the file carries.
struct KindDiff {
    std::vector<std::string> added, changed, removed; // each sorted by id
    [[nodiscard]] bool empty() const { return added.empty() && changed.empty() && removed.empty(); }
};

struct ContentDiff {
    bool schoolChanged = false;
    KindDiff rooms, groups, displays, playlists, rules, habits, quotes, announcements, celebrations;
    [[nodiscard]] bool empty() const;
};

[[nodiscard]] ContentDiff diffContent(const SchoolContent& before, const SchoolContent& after);

// One line per kind, e.g. "rooms: 1 added (library-2), 2 changed (gym, hallway-1), 0 removed",
// after a "school: changed" / "school: unchanged" line. At most five ids are listed per count.
[[nodiscard]] std::string formatContentDiff(const ContentDiff& diff);

} // namespace lantern
