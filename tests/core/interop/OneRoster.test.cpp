#include "core/interop/OneRoster.hpp"

#include "support/OneRosterTestSets.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace lantern;
using namespace lantern::oneroster;
using namespace lantern::testing::oneroster;

namespace {

Roster rosterOf(const fs::path& path, ImportReport& report) {
    auto files = openSet(path);
    return readRoster(*files, report);
}

Roster rosterOf(const fs::path& path) {
    ImportReport report;
    return rosterOf(path, report);
}

std::vector<std::string> studentIds(const Roster& roster) {
    std::vector<std::string> ids;
    for (const auto& [id, user] : roster.users)
        if (user.student) ids.push_back(id);
    return ids;
}

bool anyWarning(const ImportReport& report, const std::string& text) {
    return std::any_of(report.warnings.begin(), report.warnings.end(),
                       [&](const auto& w) { return w.find(text) != std::string::npos; });
}

std::vector<Score> scoresOf(const fs::path& path, ImportReport& report) {
    auto files = openSet(path);
    const auto roster = readRoster(*files, report);
    std::vector<Score> scores;
    readScores(*files, roster, report, [&](const Score& s) { scores.push_back(s); });
    return scores;
}

// The ImportError that reading the whole set (roster and scores) throws.
ImportError errorOf(const Files& set) {
    SetDir dir;
    writeSet(dir.path, set);
    ImportReport report;
    try {
        (void)scoresOf(dir.path, report);
    } catch (const ImportError& e) {
        return e;
    }
    FAIL("no ImportError");
    return ImportError("", 0, "", "");
}

constexpr Days ymd(int y, unsigned m, unsigned d) {
    using namespace std::chrono;
    return Days{year{y} / month{m} / day{d}};
}

} // namespace

TEST_CASE("OneRoster: grades map to numbers, the first of several, KG as 0") {
    CHECK(parseGrades("07") == 7);
    CHECK(parseGrades("7") == 7);
    CHECK(parseGrades("KG") == 0);
    CHECK(parseGrades("09,10,11") == 9);
    CHECK(parseGrades(" 12 ") == 12);
    CHECK(parseGrades("PK") == -1);
    CHECK_FALSE(parseGrades("UG").has_value());
    CHECK_FALSE(parseGrades("").has_value());
    CHECK_FALSE(parseGrades("14").has_value());
}

TEST_CASE("OneRoster: dates are ISO (with or without time and zone) or US M/D/YYYY") {
    CHECK(parseDate("2026-10-05") == ymd(2026, 10, 5));
    CHECK(parseDate("2023-05-01T18:25:43.511Z") == ymd(2023, 5, 1));
    CHECK(parseDate("2023-05-01T23:30:00-05:00") == ymd(2023, 5, 1)); // date as written
    CHECK(parseDate("2017-05-06 08:01:05") == ymd(2017, 5, 6));
    CHECK(parseDate("1/05/2023") == ymd(2023, 1, 5));
    CHECK(parseDate("10/6/2026") == ymd(2026, 10, 6));
    CHECK_FALSE(parseDate("15/06/2023").has_value()); // day-first is not accepted
    CHECK_FALSE(parseDate("2023-13-01").has_value());
    CHECK_FALSE(parseDate("2023-02-30").has_value());
    CHECK_FALSE(parseDate("yesterday").has_value());
    CHECK_FALSE(parseDate("2023-05-01X").has_value());
}

TEST_CASE("OneRoster: the 1.1 sample with CRLF, an invalid status and a tobedeleted class") {
    auto path = sampleSet("Test_full_data_set");
    if (!path) return;
    ImportReport report;
    const auto roster = rosterOf(*path, report);
    CHECK(roster.manifest.version == "1.1");
    CHECK(roster.mode("users") == FileMode::Bulk);
    CHECK(roster.mode("courses") == FileMode::Absent);
    REQUIRE(roster.classes.size() == 2);
    CHECK(roster.classes.at("cls-222-123456").title == "Introduction to Physics");
    CHECK(roster.classes.at("cls-222-123456").grade == 9);
    CHECK(roster.classes.at("cls-222-123478").deleted);
    // users.role decides: the teacher enrolled as a student stays a teacher.
    CHECK(studentIds(roster) ==
          std::vector<std::string>{"usr-222-1234561232", "usr-222-567891", "usr-222-66778899"});
    CHECK(roster.users.at("usr-222-1234561232").grade == 12);
    CHECK(roster.enrollments.size() == 6);
    CHECK(anyWarning(report, "academicSessions.csv: status 'inactive'"));
    CHECK(anyWarning(report, "orgs absent from orgs.csv (e.g. 'org-sch-222-3456')"));
    CHECK(anyWarning(report, "not students"));
}

TEST_CASE("OneRoster: the 1.2 sample with header typos, roles.csv and trailing empty headers") {
    auto path = sampleSet("v1p2_full_dataset");
    if (!path) return;
    ImportReport report;
    const auto roster = rosterOf(*path, report);
    CHECK(roster.manifest.version == "1.2");
    CHECK(studentIds(roster) ==
          std::vector<std::string>{"usr-222-1234561232", "usr-222-567891", "usr-222-66778899"});
    // prefferedGivenName / prefferedFamilyName, as the file spells them.
    CHECK(roster.users.at("usr-222-66778899").givenName == "MJ");
    CHECK(roster.users.at("usr-222-66778899").familyName == "Jones");
    CHECK(roster.users.at("usr-222-1234561232").givenName == "mmichel");
    CHECK(roster.users.at("usr-222-1234561232").familyName == "Charlie");
    CHECK(roster.mode("scoreScales") == FileMode::Absent); // listed with an empty value
}

TEST_CASE("OneRoster: the 1.1 base sample with a BOM-less header-only file and grade column") {
    auto path = sampleSet("OneRosterv1p1BaseCSV");
    if (!path) return;
    const auto roster = rosterOf(*path);
    REQUIRE(roster.classes.size() == 3);
    CHECK(roster.classes.at("class1").grade == 2); // 1.1's "grade" column
    CHECK_FALSE(roster.classes.at("class2").grade.has_value());
    CHECK(studentIds(roster) == std::vector<std::string>{"user1", "user2"});
    CHECK(roster.users.at("user1").givenName == "ionut");
    CHECK(roster.enrollments.size() == 3);
}

TEST_CASE("OneRoster: a zip made from a sample reads like its folder") {
    auto path = sampleSet("v1p2_full_dataset");
    if (!path) return;
    SetDir dir;
    const auto files = readSet(*path);
    writeZip(dir.path / "set.zip", files);
    const auto fromZip = rosterOf(dir.path / "set.zip");
    const auto fromFolder = rosterOf(*path);
    CHECK(studentIds(fromZip) == studentIds(fromFolder));
    CHECK(fromZip.classes.size() == fromFolder.classes.size());
    CHECK(fromZip.enrollments.size() == fromFolder.enrollments.size());
    CHECK(fromZip.enrollmentsFile == "set.zip:enrollments.csv");
}

TEST_CASE("OneRoster: a file that is not a zip is refused, naming it") {
    SetDir dir;
    writeText(dir.path / "set.zip", "sourcedId,status\n");
    try {
        (void)openSet(dir.path / "set.zip");
        FAIL("no error");
    } catch (const ImportError& e) {
        CHECK(e.file == (dir.path / "set.zip").string());
        CHECK(std::string(e.what()).find("not a readable zip archive") != std::string::npos);
    }
}

TEST_CASE("OneRoster: results become scores keyed by result or per-objective sourcedId") {
    SetDir dir;
    writeSet(dir.path, schoolSet());
    ImportReport report;
    const auto scores = scoresOf(dir.path, report);
    std::vector<std::string> keys;
    for (const auto& s : scores)
        keys.push_back(s.key + "=" + s.objectiveId);
    // res-3's line item has no objective (its score comes with an empty objective); res-4 has
    // per-objective scores and no score of its own.
    CHECK(keys == std::vector<std::string>{"res-1=comp-ratio", "res-2=comp-ratio",
                                           "res-3=", "rlo-1=comp-ratio", "rlo-2=comp-unknown",
                                           "rlo-3=lt-ratio", "res-5=comp-ratio"});
    CHECK(scores[0].date == ymd(2026, 10, 5));
    CHECK(scores[1].date == ymd(2026, 10, 6));
    CHECK(scores[0].classId == "cls-math"); // from the line item
    CHECK(scores[3].learnerId == "stu-3");
    CHECK(scores[3].score == 4.0);
    CHECK(scores[3].date == ymd(2026, 10, 8));
}

TEST_CASE("OneRoster: a line item with several objectives gives one score per objective") {
    auto set = schoolSet();
    set["lineItemLearningObjectiveIds.csv"] += "lilo-2,,,li-1,case,comp-other\n";
    SetDir dir;
    writeSet(dir.path, set);
    ImportReport report;
    const auto scores = scoresOf(dir.path, report);
    CHECK(scores[0].key == "res-1|comp-ratio");
    CHECK(scores[1].key == "res-1|comp-other");
}

TEST_CASE("OneRoster: scores are streamed with a progress call every N result rows") {
    SetDir dir;
    writeSet(dir.path, schoolSet());
    auto files = openSet(dir.path);
    ImportReport report;
    const auto roster = readRoster(*files, report);
    std::vector<long> progress;
    readScores(
        *files, roster, report, [](const Score&) {}, [&](long rows) { progress.push_back(rows); },
        2);
    CHECK(progress == std::vector<long>{2, 4});
}

TEST_CASE("OneRoster: broken sets name the file, line and column") {
    auto set = schoolSet();
    SUBCASE("a required column missing") {
        set["users.csv"] = replaced(set["users.csv"], "givenName,", "firstName,");
        const auto e = errorOf(set);
        CHECK(e.file == "users.csv");
        CHECK(e.line == 1);
        CHECK(e.field == "givenName");
    }
    SUBCASE("a bad date") {
        set["results.csv"] = replaced(set["results.csv"], "10/6/2026", "6.10.2026");
        const auto e = errorOf(set);
        CHECK(std::string(e.what()) ==
              "results.csv:3: scoreDate: '6.10.2026' is not a date (YYYY-MM-DD, ISO 8601 or "
              "M/D/YYYY)");
    }
    SUBCASE("a duplicate sourcedId") {
        set["classes.csv"] += "cls-math,,,Math again,07,,,,,,,,,\n";
        const auto e = errorOf(set);
        CHECK(e.file == "classes.csv");
        CHECK(e.line == 5);
        CHECK(e.field == "sourcedId");
    }
    SUBCASE("a truncated file") {
        const std::string text = set["results.csv"];
        const auto cut = text.find("res-5,,,li-1,tch");
        REQUIRE(cut != std::string::npos);
        set["results.csv"] = text.substr(0, cut + 16); // ends inside the last row
        const auto e = errorOf(set);
        CHECK(e.file == "results.csv");
        CHECK(e.line == 6);
        CHECK(e.field == "scoreStatus"); // the first column the cut row lacks
    }
    SUBCASE("a dangling line item reference") {
        set["results.csv"] = replaced(set["results.csv"], "res-2,,,li-1", "res-2,,,li-9");
        const auto e = errorOf(set);
        CHECK(std::string(e.what()) == "results.csv:3: lineItemSourcedId: no line item 'li-9' "
                                       "in lineItems.csv");
    }
    SUBCASE("a per-objective score of a result not in results.csv") {
        set["resultLearningObjectiveIds.csv"] += "rlo-9,,,res-9,case,comp-ratio,1,\n";
        const auto e = errorOf(set);
        CHECK(e.file == "resultLearningObjectiveIds.csv");
        CHECK(e.line == 5);
        CHECK(e.field == "resultSourcedId");
    }
    SUBCASE("a file the manifest lists but the set lacks") {
        set.erase("courses.csv");
        const auto e = errorOf(set);
        CHECK(e.file == "courses.csv");
        CHECK(std::string(e.what()).find("lists it as bulk") != std::string::npos);
    }
    SUBCASE("a bad manifest mode") {
        set["manifest.csv"] = replaced(set["manifest.csv"], "file.users,bulk", "file.users,full");
        const auto e = errorOf(set);
        CHECK(e.file == "manifest.csv");
        CHECK(e.field == "value");
    }
    SUBCASE("a score that is not a number") {
        set["results.csv"] = replaced(set["results.csv"], "fully graded,2,", "fully graded,B+,");
        const auto e = errorOf(set);
        CHECK(e.line == 2);
        CHECK(e.field == "score");
    }
}

TEST_CASE("OneRoster: a BOM, CRLF and no final newline read like plain LF") {
    auto set = schoolSet();
    auto crlf = [](std::string text) {
        std::string out;
        for (char c : text)
            out += c == '\n' ? std::string("\r\n") : std::string(1, c);
        out.erase(out.size() - 2); // no final newline
        return out;
    };
    set["users.csv"] = "\xEF\xBB\xBF" + crlf(set["users.csv"]);
    set["classes.csv"] = crlf(set["classes.csv"]);
    SetDir dir;
    writeSet(dir.path, set);
    const auto roster = rosterOf(dir.path);
    CHECK(roster.users.at("stu-1").givenName == "Mira");
    CHECK(roster.users.at("tch-1").familyName == "Park");
    CHECK(roster.classes.at("cls-sci").grade == 7);
    CHECK(roster.classes.at("cls-7b").grade == 7); // from its course
}
