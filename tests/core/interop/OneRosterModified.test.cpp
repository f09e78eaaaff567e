#include "core/interop/OneRoster.hpp"

#include "support/OneRosterTestSets.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace lantern;
using namespace lantern::oneroster;
using namespace lantern::testing::oneroster;

namespace {

std::vector<std::string> modifiedWarnings(const ImportReport& report) {
    std::vector<std::string> out;
    std::copy_if(report.warnings.begin(), report.warnings.end(), std::back_inserter(out),
                 [](const auto& w) { return w.find("dateLastModified") != std::string::npos; });
    return out;
}

// Reads the whole set (roster and scores); the report gets its warnings.
ImportReport importOf(const Files& set) {
    SetDir dir;
    writeSet(dir.path, set);
    auto files = openSet(dir.path);
    ImportReport report;
    const auto roster = readRoster(*files, report);
    readScores(*files, roster, report, [](const Score&) {});
    return report;
}

// `csv` with the third cell (dateLastModified in every OneRoster file) of data row `row`
// (1-based) set to `value`.
std::string withModified(const std::string& csv, int row, const std::string& value) {
    std::size_t at = 0;
    for (int i = 0; i < row; ++i)
        at = csv.find('\n', at) + 1;
    const auto first = csv.find(',', at);
    const auto second = csv.find(',', first + 1);
    const auto third = csv.find(',', second + 1);
    REQUIRE(third != std::string::npos);
    return csv.substr(0, second + 1) + value + csv.substr(third);
}

} // namespace

TEST_CASE("OneRoster: dateLastModified takes ISO 8601 date-times and plain dates") {
    for (const std::string ok :
         {"2023-05-01", "2023-05-01T18:25:43.511Z", "2023-05-01T18:25:43Z", "2023-05-01T18:25:43",
          "2023-05-01T18:25", "2023-05-01T18:25:43.5+02:00", "2023-05-01T18:25:43-0500",
          "2023-05-01T18:25:43+01", "2023-05-01t18:25:43z", "2017-05-06 08:01:05",
          "2016-12-31T23:59:60Z", "2023-05-01T18:25:43,511Z"}) {
        CAPTURE(ok);
        CHECK(isDateTime(ok));
    }
    for (const std::string odd :
         {"13/01/2024", "1/05/2023", "2023-13-01", "2023-02-30", "2023-05-01T24:00:00",
          "2023-05-01T18:60", "2023-05-01T18", "2023-05-01T18:25:43.", "2023-05-01T18:25:43+2",
          "2023-05-01T18:25:43+02:00:00", "2023-05-01T18:25:43 Z", "2023-05-01X", "2023-5-1",
          "-023-05-01", "2023-05-01T18:25:43ZZ", "yesterday", "20230501", "2023-05-01T"}) {
        CAPTURE(odd);
        CHECK_FALSE(isDateTime(odd));
    }
}

TEST_CASE("OneRoster: odd dateLastModified values give one warning per file, never an error") {
    auto set = schoolSet();
    SUBCASE("valid and empty values warn about nothing") {
        set["users.csv"] = withModified(set["users.csv"], 1, "2024-01-13T08:00:00Z");
        set["classes.csv"] = withModified(set["classes.csv"], 2, "2024-01-13");
        CHECK(modifiedWarnings(importOf(set)).empty());
    }
    SUBCASE("a roster file: count, first line and value, once") {
        set["users.csv"] = withModified(set["users.csv"], 2, "13/01/2024");
        set["users.csv"] = withModified(set["users.csv"], 3, "last tuesday");
        set["users.csv"] = withModified(set["users.csv"], 4, "2024-01-13");
        CHECK(modifiedWarnings(importOf(set)) ==
              std::vector<std::string>{
                  "users.csv: 2 rows have a dateLastModified that is not an ISO 8601 date-time "
                  "(e.g. line 3: '13/01/2024'); ignored"});
    }
    SUBCASE("one odd row reads in the singular; each file warns for itself") {
        set["classes.csv"] = withModified(set["classes.csv"], 1, "2024/01/13");
        set["results.csv"] = withModified(set["results.csv"], 5, "13.01.2024");
        CHECK(modifiedWarnings(importOf(set)) ==
              std::vector<std::string>{
                  "classes.csv: 1 row has a dateLastModified that is not an ISO 8601 date-time "
                  "(e.g. line 2: '2024/01/13'); ignored",
                  "results.csv: 1 row has a dateLastModified that is not an ISO 8601 date-time "
                  "(e.g. line 6: '13.01.2024'); ignored"});
    }
    SUBCASE("the header typo dataLastModified is checked too") {
        set["orgs.csv"] = replaced(set["orgs.csv"], "dateLastModified", "dataLastModified");
        set["orgs.csv"] = withModified(set["orgs.csv"], 1, "05-01-2023");
        CHECK(modifiedWarnings(importOf(set)).size() == 1);
    }
    SUBCASE("a long value is cut in the message") {
        set["courses.csv"] = withModified(set["courses.csv"], 1, std::string(300, 'x'));
        const auto warnings = modifiedWarnings(importOf(set));
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].find("'" + std::string(40, 'x') + "...'") != std::string::npos);
        CHECK(warnings[0].size() < 200);
    }
}

TEST_CASE("OneRoster: the 1.2 sample's day-first dateLastModified imports with a warning") {
    auto path = sampleSet("v1p2_full_dataset");
    if (!path) return;
    auto files = openSet(*path);
    ImportReport report;
    const auto roster = readRoster(*files, report);
    CHECK(roster.users.size() >= 3);
    const auto warnings = modifiedWarnings(report);
    // Five rows: 1/05/2023 four times, then the day-first 15/06/2023.
    CHECK(warnings == std::vector<std::string>{
                          "users.csv: 5 rows have a dateLastModified that is not an ISO 8601 "
                          "date-time (e.g. line 2: '1/05/2023'); ignored"});
}

TEST_CASE("OneRoster: the 1.1 samples' timestamps warn about nothing") {
    for (const std::string name : {"Test_full_data_set", "OneRosterv1p1BaseCSV"}) {
        auto path = sampleSet(name);
        if (!path) return;
        CAPTURE(name);
        auto files = openSet(*path);
        ImportReport report;
        (void)readRoster(*files, report);
        CHECK(modifiedWarnings(report).empty());
    }
}
