#include "store/RosterImport.hpp"

#include "support/OneRosterTestSets.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace lantern;
using namespace lantern::testing::oneroster;

namespace {

// A school with competency comp-ratio (learning target lt-ratio under it) and a four-level
// scale, mastered from level 3.
Store schoolStore() {
    Store store = Store::open(":memory:");
    store.connection().exec(R"sql(
        INSERT INTO domains (id, code, title) VALUES ('d-math', 'M', '{"en":"Math"}');
        INSERT INTO competencies (id, domain_id, code, title, meaning)
            VALUES ('comp-ratio', 'd-math', 'M.1', '{"en":"Ratios"}', '{"en":""}');
        INSERT INTO learning_targets (id, competency_id, code, title)
            VALUES ('lt-ratio', 'comp-ratio', 'M.1.a', '{"en":"Unit rates"}');
        INSERT INTO mastery_levels (rank, label, color) VALUES
            (1, '{"en":"Beginning"}', '#111111'), (2, '{"en":"Developing"}', '#222222'),
            (3, '{"en":"Proficient"}', '#333333'), (4, '{"en":"Extending"}', '#444444');
    )sql");
    return store;
}

ImportReport importFolder(Store& store, const fs::path& folder, bool dryRun = false) {
    auto files = oneroster::openSet(folder);
    OneRosterImportOptions options;
    options.dryRun = dryRun;
    return importOneRoster(store, *files, options);
}

ImportReport importSet(Store& store, const Files& set, bool dryRun = false) {
    SetDir dir;
    writeSet(dir.path, set);
    return importFolder(store, dir.path, dryRun);
}

// The roster and evidence tables as text, one row a line.
std::string dump(Store& store) {
    std::string out;
    for (const char* sql :
         {"SELECT id || ':' || name || ':' || grade FROM sections ORDER BY 1",
          "SELECT id || ':' || given_name || ':' || family_name || ':' || grade || ':' || "
          "section_id || ':' || consent_name_public FROM learners ORDER BY 1",
          "SELECT learner_id || ':' || section_id FROM enrollments ORDER BY 1",
          "SELECT source_key || ':' || learner_id || ':' || competency_id || ':' || level || ':' "
          "|| date || ':' || ifnull(section_id, '-') || ':' || score FROM evidence ORDER BY 1"}) {
        sqlite::Statement query(store.connection(), sql);
        while (query.step())
            out += query.text(0) + "\n";
        out += "--\n";
    }
    return out;
}

bool anyWarning(const ImportReport& report, const std::string& text) {
    return std::any_of(report.warnings.begin(), report.warnings.end(),
                       [&](const auto& w) { return w.find(text) != std::string::npos; });
}

bool allUnchanged(const ImportReport& report) {
    return std::all_of(report.counts.begin(), report.counts.end(),
                       [](const auto& kind) { return !kind.second.changesSomething(); });
}

const char* kSchoolDump = "cls-7b:7B Crew:7\n"
                          "cls-math:Math 7 period 2:7\n"
                          "cls-sci:Science 7:7\n--\n"
                          "stu-1:Mira:Haddad:7:cls-7b:0\n"
                          "stu-2:Ben:Ortiz:7:cls-7b:0\n"
                          "stu-3:Chen:Li:7:cls-sci:0\n--\n"
                          "stu-1:cls-math\n"
                          "stu-2:cls-sci\n--\n"
                          "res-1:stu-1:comp-ratio:3:2026-10-05:cls-math:2.0\n"
                          "res-2:stu-2:comp-ratio:2:2026-10-06:cls-math:1.0\n"
                          "rlo-1:stu-3:comp-ratio:4:2026-10-08:cls-math:4.0\n"
                          "rlo-3:stu-3:comp-ratio:4:2026-10-08:cls-math:3.0\n--\n";

} // namespace

TEST_CASE("RosterImport: classes, students, enrollments and scored results are written") {
    Store store = schoolStore();
    const auto report = importSet(store, schoolSet());
    CHECK(dump(store) == kSchoolDump);
    CHECK(report.counts.at("sections").added == 3);
    CHECK(report.counts.at("learners").added == 3);
    CHECK(report.counts.at("enrollments").added == 2);
    CHECK(report.counts.at("evidence").added == 4);
    CHECK(anyWarning(report, "1 user(s) who are not students"));
    CHECK(anyWarning(report, "lineItem li-2 has no learning objective; its results are not "
                             "evidence"));
    CHECK(anyWarning(report, "learning objective comp-unknown is not a competency"));
    CHECK(anyWarning(report, "1 score(s) of users who are not learners were skipped (e.g. "
                             "'tch-1')"));
    CHECK(store.connection().queryInt("SELECT count(*) FROM evidence WHERE source = 'oneroster'") ==
          4);
}

TEST_CASE("RosterImport: importing the same set twice changes nothing the second time") {
    Store store = schoolStore();
    (void)importSet(store, schoolSet());
    const auto version = store.versions().content;
    const auto again = importSet(store, schoolSet());
    CHECK(allUnchanged(again));
    CHECK(again.counts.at("evidence").unchanged == 4);
    CHECK(again.counts.at("learners").unchanged == 3);
    CHECK(store.versions().content == version);
    CHECK(dump(store) == kSchoolDump);
}

TEST_CASE("RosterImport: a dry run reports what a real run does and writes nothing") {
    Store store = schoolStore();
    const auto empty = dump(store);
    const auto dry = importSet(store, schoolSet(), true);
    CHECK(dump(store) == empty);
    CHECK(dry.counts.at("learners").added == 3);
    CHECK(dry.counts.at("evidence").added == 4);
    const auto real = importSet(store, schoolSet());
    CHECK(real.describe() == dry.describe());
}

TEST_CASE("RosterImport: names change, naming consent stays as the database has it") {
    Store store = schoolStore();
    (void)importSet(store, schoolSet());
    store.connection().exec("UPDATE learners SET consent_name_public = 1 WHERE id = 'stu-1'");
    auto set = schoolSet();
    set["users.csv"] = replaced(set["users.csv"], "Amira,Haddad", "Amira,Haddad-Ruiz");
    const auto report = importSet(store, set);
    CHECK(report.counts.at("learners").changed == 1);
    CHECK(store.connection().queryInt(
              "SELECT consent_name_public FROM learners WHERE id = 'stu-1'") == 1);
    CHECK(store.connection().queryInt(
              "SELECT count(*) FROM learners WHERE family_name = 'Haddad-Ruiz'") == 1);
}

TEST_CASE("RosterImport: bulk files remove what earlier imports wrote, and only that") {
    Store store = schoolStore();
    auto first = schoolSet();
    first["classes.csv"] += "cls-art,,,Art 7,07,,,,,,,,,\n";
    (void)importSet(store, first);
    store.connection().exec(R"sql(
        INSERT INTO sections (id, name, grade) VALUES ('hand-sec', 'Made by hand', 6);
        INSERT INTO learners (id, given_name, family_name, grade, section_id)
            VALUES ('hand-1', 'Hana', 'Ito', 6, 'hand-sec');
    )sql");
    auto second = schoolSet(); // without cls-art, and without stu-2 and its rows
    second["users.csv"] =
        replaced(second["users.csv"], "stu-2,,,true,ben,,Ben,Ortiz,,,,,,,7,,,,,,org-1,\n", "");
    second["enrollments.csv"] =
        replaced(replaced(second["enrollments.csv"], "enr-3,,,cls-7b,org-1,stu-2,student,,,\n", ""),
                 "enr-4,,,cls-sci,org-1,stu-2,student,,,\n", "");
    second["results.csv"] =
        replaced(second["results.csv"], "res-2,,,li-1,stu-2,fully graded,1,10/6/2026,,,,,,,\n", "");
    const auto report = importSet(store, second);
    CHECK(report.counts.at("sections").removed == 1);
    CHECK(report.counts.at("learners").removed == 1);
    CHECK(report.counts.at("enrollments").removed == 1);
    CHECK(report.counts.at("evidence").removed == 1); // stu-2's, with the learner
    CHECK(store.connection().queryInt("SELECT count(*) FROM learners WHERE id = 'stu-2'") == 0);
    CHECK(store.connection().queryInt("SELECT count(*) FROM sections WHERE id = 'cls-art'") == 0);
    CHECK(store.connection().queryInt("SELECT count(*) FROM learners WHERE id = 'hand-1'") == 1);
    CHECK(store.connection().queryInt("SELECT count(*) FROM sections WHERE id = 'hand-sec'") == 1);
    CHECK(store.connection().queryInt("SELECT count(*) FROM evidence") == 3);
}

TEST_CASE("RosterImport: delta files delete tobedeleted rows and upsert the rest") {
    Store store = schoolStore();
    (void)importSet(store, schoolSet());
    Files delta;
    delta["manifest.csv"] =
        manifest({{"users", "delta"}, {"enrollments", "delta"}, {"results", "delta"}});
    delta["users.csv"] = std::string(kUsersHeader) +
                         "stu-1,tobedeleted,2026-11-01,,,,Amira,Haddad,,,,,,,,,,,,,,\n"
                         "stu-4,active,2026-11-01,true,dev,,Devi,Rao,,,,,,,,,,,,,org-1,\n";
    delta["enrollments.csv"] = std::string(kEnrollmentsHeader) +
                               "enr-7,active,2026-11-01,cls-math,org-1,stu-4,student,,,\n";
    delta["results.csv"] =
        std::string(kResultsHeader) + "res-2,tobedeleted,2026-11-01,,,,,,,,,,,,\n";
    const auto report = importSet(store, delta);
    CHECK(report.counts.at("learners").removed == 1);
    CHECK(report.counts.at("learners").added == 1);
    CHECK(report.counts.at("evidence").removed == 2); // res-1 with stu-1, and res-2
    CHECK(store.connection().queryInt("SELECT count(*) FROM learners") == 3);
    CHECK(store.connection().queryInt(
              "SELECT count(*) FROM learners WHERE id = 'stu-4' AND section_id = 'cls-math' "
              "AND grade = 7") == 1);
    CHECK(store.connection().queryInt("SELECT count(*) FROM sections") == 3); // untouched
    CHECK(store.connection().queryInt("SELECT count(*) FROM evidence") == 2);
}

TEST_CASE("RosterImport: a set with an error changes nothing") {
    Store store = schoolStore();
    (void)importSet(store, schoolSet());
    const auto before = dump(store);
    const auto version = store.versions().content;
    auto set = schoolSet();
    set["users.csv"] = replaced(set["users.csv"], "Ben,Ortiz", "Benjamin,Ortiz"); // written first
    SUBCASE("an enrollment in a class absent from the set and the database") {
        set["enrollments.csv"] += "enr-8,,,cls-gone,org-1,stu-3,student,,,\n";
        try {
            (void)importSet(store, set);
            FAIL("no error");
        } catch (const ImportError& e) {
            CHECK(std::string(e.what()) == "enrollments.csv:8: classSourcedId: no class "
                                           "'cls-gone' in classes.csv or the database");
        }
    }
    SUBCASE("a bad date in results, read after the roster was written") {
        set["results.csv"] = replaced(set["results.csv"], "2026-10-07", "2026-10-77");
        CHECK_THROWS_AS((void)importSet(store, set), ImportError);
    }
    CHECK(dump(store) == before);
    CHECK(store.versions().content == version);
}

TEST_CASE("RosterImport: progress is reported every N result rows") {
    Store store = schoolStore();
    SetDir dir;
    writeSet(dir.path, schoolSet());
    auto files = oneroster::openSet(dir.path);
    OneRosterImportOptions options;
    std::vector<long> calls;
    options.onProgress = [&](long rows) { calls.push_back(rows); };
    options.progressEvery = 2;
    (void)importOneRoster(store, *files, options);
    CHECK(calls == std::vector<long>{2, 4});
}

TEST_CASE("RosterImport: the shared samples import, twice without change") {
    struct Expect {
        const char* set;
        const char* learners;
        int sections, enrollments;
    };
    for (const auto& expect :
         {Expect{"Test_full_data_set", "usr-222-1234561232:mmichel:Jones:12:cls-222-123456:0\n", 1,
                 0},
          Expect{"v1p2_full_dataset", "usr-222-1234561232:mmichel:Charlie:12:cls-222-123456:0\n", 1,
                 0},
          Expect{"OneRosterv1p1BaseCSV",
                 "user1:ionut:padurariu:2:class1:0\nuser2:ionut2:padurariu:0:class3:0\n", 3, 1}}) {
        CAPTURE(expect.set);
        auto path = sampleSet(expect.set);
        if (!path) return;
        Store store = schoolStore();
        const auto report = importFolder(store, *path);
        CHECK(report.counts.at("sections").added == expect.sections);
        CHECK(report.counts.at("enrollments").added == expect.enrollments);
        const auto text = dump(store);
        CHECK(text.find("--\n" + std::string(expect.learners) + "--\n") != std::string::npos);
        CHECK(allUnchanged(importFolder(store, *path)));
        CHECK(dump(store) == text);
    }
}

TEST_CASE("RosterImport: a zip of a sample imports as its folder does") {
    auto path = sampleSet("Test_full_data_set");
    if (!path) return;
    SetDir dir;
    const auto files = readSet(*path);
    writeZip(dir.path / "set.zip", files);
    Store fromFolder = schoolStore(), fromZip = schoolStore();
    (void)importFolder(fromFolder, *path);
    const auto report = importFolder(fromZip, dir.path / "set.zip");
    CHECK(report.counts.at("learners").added == 1);
    CHECK(dump(fromZip) == dump(fromFolder));
}

TEST_CASE("RosterImport: broken copies of a sample are refused by file, line and column") {
    auto path = sampleSet("v1p2_full_dataset");
    if (!path) return;
    Store store = schoolStore();
    (void)importFolder(store, *path);
    const auto before = dump(store);
    auto set = readSet(*path);
    std::string file, field;
    int line = 0;
    SUBCASE("a truncated file") {
        const std::string text = set["enrollments.csv"];
        const auto cut = text.find("enr-s-222-12345-985321,active,");
        REQUIRE(cut != std::string::npos);
        set["enrollments.csv"] = text.substr(0, cut + 30);
        file = "enrollments.csv", line = 7, field = "classSourcedId";
    }
    SUBCASE("a wrong header") {
        set["classes.csv"] = replaced(set["classes.csv"], ",title,", ",name,");
        file = "classes.csv", line = 1, field = "title";
    }
    SUBCASE("a bad date") {
        set["academicSessions.csv"] =
            replaced(set["academicSessions.csv"], "2022-10-02", "2022-10-32");
        file = "academicSessions.csv", line = 2, field = "startDate";
    }
    SUBCASE("a dangling class reference") {
        set["enrollments.csv"] =
            replaced(set["enrollments.csv"], "cls-222-123456", "cls-222-999999");
        file = "enrollments.csv", line = 2, field = "classSourcedId";
    }
    SUBCASE("a duplicate id") {
        set["users.csv"] = replaced(set["users.csv"], "usr-222-1234561,", "usr-222-66778899,");
        file = "users.csv", line = 4, field = "sourcedId";
    }
    try {
        (void)importSet(store, set);
        FAIL("no error");
    } catch (const ImportError& e) {
        CHECK(e.file == file);
        CHECK(e.line == line);
        CHECK(e.field == field);
    }
    CHECK(dump(store) == before);
}

TEST_CASE("RosterImport: classes of one or two learners wait for a third before figures count "
          "them, and the report says so") {
    Store store = schoolStore();
    const auto report = importSet(store, schoolSet());
    CHECK(anyWarning(report, "progress figures keep counting class cls-7b/7 as before until 3 "
                             "learners have joined or left it"));
    CHECK(store.loadContent().countedMembers->empty());
    const auto second = importSet(store, schoolSet());
    CHECK_FALSE(second.changesSomething()); // nothing new: no snapshot, no write
}
