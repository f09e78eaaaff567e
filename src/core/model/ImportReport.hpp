#pragma once
// What an import did or, in a dry run, would do: per kind of record ("learners", "evidence",
// …) how many were added, changed, left as they were and removed, plus warnings about what was
// kept but not understood (an outside reference, an ignored column). Importers fill it; the CLI
// prints describe().
//
// ImportError is the one error every importer throws for bad input: it names the file, the line
// (1-based, 0 when the problem is the whole file) and the field, so a school's staff can find and
// fix the cell. An import that throws has changed nothing.
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace lantern {

struct ImportCounts {
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    int removed = 0;
    [[nodiscard]] bool changesSomething() const { return added + changed + removed > 0; }
};

struct ImportReport {
    std::map<std::string, ImportCounts> counts; // by kind, e.g. "learners"
    std::vector<std::string> warnings;
    static constexpr std::size_t kMaxWarningsShown = 20;

    [[nodiscard]] bool changesSomething() const;
    // One line per kind ("learners: 120 added, 3 changed, 0 removed, 480 unchanged"), then the
    // warnings (the first kMaxWarningsShown, and how many more).
    [[nodiscard]] std::string describe() const;
};

struct ImportError : std::runtime_error {
    // what(): "file:line: field: message", leaving out the parts that are empty or 0.
    ImportError(std::string file, int line, std::string field, const std::string& message);
    std::string file;
    int line = 0;
    std::string field;
};

} // namespace lantern
