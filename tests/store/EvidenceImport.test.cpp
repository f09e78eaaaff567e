#include "store/EvidenceImport.hpp"

#include "StoreFixtures.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace lantern;
using lantern::testing::day;

namespace {

// Two sections, three learners, two hand-made competencies (one code shared by two) and two
// imported from Canvas outcomes with the default 4/3/2/1/0 ratings, mastery at 3.
SchoolContent school() {
    SchoolContent c;
    c.scale.levels = {{1, {{"en", "Beginning"}}, "#111111"},
                      {2, {{"en", "Developing"}, {"es", "En desarrollo"}}, "#222222"},
                      {3, {{"en", "Mastered"}}, "#333333"},
                      {4, {{"en", "Extending"}}, "#444444"}};
    c.sections = {{"7A", "7A Crew", 7}, {"7B", "7B Crew", 7}};
    c.learners = {{"L1", "Ana", "Lee", 7, "7A", false},
                  {"L2", "Ben", "Ng", 7, "7A", false},
                  {"L3", "Cy", "Ott", 7, "7B", false}};
    c.domains = {{"math", "M", {{"en", "Math"}}, 0, ""},
                 {"canvas:g1", "g1", {{"en", "Science > Argument"}}, 1, ""},
                 {"canvas:g2", "g2", {{"en", "Writing"}}, 2, ""}};
    const std::vector<Rating> ratings = {
        {4, "Exceeds"}, {3, "Meets"}, {2, "Near"}, {1, "Below"}, {0, "None"}};
    c.competencies = {
        {"m1", "math", "MATH.1", {{"en", "Fractions"}}, {}, 0},
        {"m2", "math", "MATH.2", {{"en", "Ratios"}}, {}, 1},
        {"m2b", "math", "MATH.2", {{"en", "Rates"}}, {}, 2},
        {"canvas:o1", "canvas:g1", "o1", {{"en", "Claims"}}, {}, 3, "", ratings, 3.0},
        {"canvas:o2", "canvas:g2", "o2", {{"en", "Claims"}}, {}, 4, "", ratings, 3.0}};
    return c;
}

struct Fixture {
    Store store = Store::open(":memory:");
    Fixture() { store.replaceContent(school()); }

    ImportReport mastery(const std::string& text, bool dryRun = false) {
        std::istringstream in(text);
        return importMasteryCsv(store, in, "m.csv", day(2026, 11, 20), {dryRun});
    }
    ImportReport canvas(const std::string& text, const std::string& section = "7B") {
        std::istringstream in(text);
        return importCanvasMastery(store, in, "g.csv", section, day(2026, 11, 20));
    }
    std::string failure(const std::string& text) {
        try {
            (void)mastery(text);
        } catch (const ImportError& e) {
            return e.what();
        }
        return "";
    }
    std::int64_t count(const char* sql) { return store.connection().queryInt(sql); }
    // learner|competency|section|level|date|score of every evidence row, by id.
    std::string evidence() {
        sqlite::Statement q(store.connection(),
                            "SELECT learner_id, competency_id, ifnull(section_id, '-'), level, "
                            "date, ifnull(score, -1), source FROM evidence ORDER BY id");
        std::string out;
        while (q.step())
            out += q.text(0) + "|" + q.text(1) + "|" + q.text(2) + "|" +
                   std::to_string(q.integer(3)) + "|" + q.text(4) + "|" +
                   std::to_string(q.real(5)).substr(0, 3) + "|" + q.text(6) + "\n";
        return out;
    }
};

const std::string kHeader = "learner_id,section_id,competency_code,level,date,source\n";
const std::string kFile = kHeader + "L1,7A,MATH.1,2,2026-10-01,quiz\n"
                                    "L1,7A,MATH.1,Mastered,2026-10-08,quiz\n"
                                    "L3,7A,MATH.1,en desarrollo,2026-10-08,\n";

} // namespace

TEST_CASE("EvidenceImport: mastery CSV rows become evidence with their section") {
    Fixture f;
    const auto report = f.mastery(kFile);
    CHECK(report.counts.at("evidence").added == 3);
    CHECK(f.evidence() == "L1|m1|7A|2|2026-10-01|-1.|mastery-csv\n"
                          "L1|m1|7A|3|2026-10-08|-1.|mastery-csv\n"
                          "L3|m1|7A|2|2026-10-08|-1.|mastery-csv\n");
    SUBCASE("a section other than the learner's own adds an enrollment") {
        CHECK(report.counts.at("enrollments").added == 1);
        CHECK(f.count("SELECT count(*) FROM enrollments WHERE learner_id = 'L3' AND "
                      "section_id = '7A'") == 1);
    }
    SUBCASE("importing the same file again changes nothing") {
        const auto version = f.store.versions().content;
        const auto again = f.mastery(kFile);
        CHECK(again.counts.at("evidence").unchanged == 3);
        CHECK(again.counts.at("enrollments").unchanged == 1);
        CHECK_FALSE(again.changesSomething());
        CHECK(f.store.versions().content == version);
        CHECK(f.count("SELECT count(*) FROM evidence") == 3);
    }
    SUBCASE("another level for the same key changes that evidence") {
        const auto again = f.mastery(kHeader + "L1,7A,MATH.1,4,2026-10-01,quiz\n");
        CHECK(again.counts.at("evidence").changed == 1);
        CHECK(f.count("SELECT level FROM evidence WHERE date = '2026-10-01'") == 4);
        CHECK(f.count("SELECT count(*) FROM evidence") == 3);
    }
    SUBCASE("another source column value is another piece of evidence") {
        const auto again = f.mastery(kHeader + "L1,7A,MATH.1,4,2026-10-01,project\n");
        CHECK(again.counts.at("evidence").added == 1);
    }
}

TEST_CASE("EvidenceImport: a dry run reports the counts and writes nothing") {
    Fixture f;
    const auto report = f.mastery(kFile, true);
    CHECK(report.counts.at("evidence").added == 3);
    CHECK(f.count("SELECT count(*) FROM evidence") == 0);
    CHECK(f.count("SELECT count(*) FROM enrollments") == 0);
}

TEST_CASE("EvidenceImport: a bad mastery CSV names file, line and column and changes nothing") {
    Fixture f;
    (void)f.mastery(kFile);
    const auto before = f.evidence();
    const auto bad = [&](const std::string& rows) { return f.failure(kHeader + rows); };
    CHECK(bad("L1,7A,MATH.1,4,2026-10-01,quiz\nL9,7A,MATH.1,3,2026-10-01,\n") ==
          "m.csv:3: learner_id: no learner has the id 'L9' (import the roster first)");
    CHECK(bad("L1,9Z,MATH.1,3,2026-10-01,\n") == "m.csv:2: section_id: no section has the id '9Z'");
    CHECK(bad("L1,7A,SCI.1,3,2026-10-01,\n") ==
          "m.csv:2: competency_code: no competency has the code 'SCI.1'");
    CHECK(bad("L1,7A,MATH.2,3,2026-10-01,\n") ==
          "m.csv:2: competency_code: the code 'MATH.2' is shared by several competencies "
          "(m2, m2b)");
    CHECK(bad("L2,7A,MATH.1,3,2026-10-01,x\nL2,7A,MATH.1,4,2026-10-01,x\n") ==
          "m.csv:3: date: repeats an earlier row (same learner, competency, date and source)");
    CHECK(bad("L1,7A,MATH.1,3,2026-10-01,quiz\nL1,7A,MATH.1,3,2026-10-01,quiz\n")
              .starts_with("m.csv:3: date: repeats"));
    CHECK(bad("L1,7A,MATH.1,3,2026-02-30,\n").starts_with("m.csv:2: date:"));
    CHECK(bad("L1,7A,MATH.1,3,2026-10-01,\"quiz\n").starts_with("m.csv:2:"));
    CHECK(f.failure("learner,section_id,competency_code,level,date\n")
              .starts_with("m.csv:1: learner_id:"));
    CHECK(f.evidence() == before);
    CHECK(f.count("SELECT count(*) FROM enrollments") == 1);
}

TEST_CASE("EvidenceImport: progress is reported every so many rows") {
    Fixture f;
    std::vector<long> seen;
    std::istringstream in(kFile);
    EvidenceImportOptions options;
    options.progressEvery = 2;
    options.onProgress = [&](long rows) { seen.push_back(rows); };
    (void)importMasteryCsv(f.store, in, "m.csv", day(2026, 11, 20), options);
    CHECK(seen == std::vector<long>{2});
}

TEST_CASE("EvidenceImport: Canvas gradebook scores become levels through the ratings") {
    Fixture f;
    const std::string file = "Student name,Student ID,Student SIS ID,"
                             "Science > Argument > Claims result,"
                             "Science > Argument > Claims mastery points,"
                             "Writing > Claims result,Writing > Claims mastery points\n"
                             "Ana Lee,101,L1,4,3,,3\n"
                             "Cy Ott,L3,,2,3,3,2\n";
    const auto report = f.canvas(file);
    CHECK(report.counts.at("evidence").added == 3);
    CHECK(report.counts.at("enrollments").added == 1); // L1 into 7B; L3 is in 7B already
    CHECK(f.evidence() == "L1|canvas:o1|7B|4|2026-11-20|4.0|canvas-mastery\n"
                          "L3|canvas:o1|7B|2|2026-11-20|2.0|canvas-mastery\n"
                          "L3|canvas:o2|7B|4|2026-11-20|3.0|canvas-mastery\n");
    SUBCASE("re-importing changes nothing") {
        CHECK_FALSE(f.canvas(file).changesSomething());
    }
    SUBCASE("an unknown learner names the row") {
        CHECK_THROWS_WITH((void)f.canvas(file + "Zed,999,S-9,3,3,,3\n"),
                          "g.csv:4: no learner has the SIS ID 'S-9' or the id '999' (import the "
                          "roster first)");
    }
    SUBCASE("an unknown outcome column names its header") {
        CHECK_THROWS_WITH((void)f.canvas("Student name,Student ID,Math > Decimals result\n"),
                          doctest::Contains("g.csv:1: Math > Decimals result: no competency"));
    }
    SUBCASE("an unknown section is refused") {
        CHECK_THROWS_WITH((void)f.canvas(file, "9Z"),
                          "g.csv: --section: no section has the id '9Z'");
    }
    CHECK(f.count("SELECT count(*) FROM evidence") == 3);
}

TEST_CASE("EvidenceImport: an import that only adds evidence keeps the epoch, so a reader can "
          "take just the rows after its mark") {
    Fixture f;
    (void)f.mastery("learner_id,section_id,competency_code,level,date\n"
                    "L1,7A,MATH.1,2,2026-10-01\n");
    Store::EvidenceMark before;
    (void)f.store.loadMasteryData(before);
    CHECK(before == f.store.evidenceMark());

    SUBCASE("added rows come after the mark, by id") {
        (void)f.mastery("learner_id,section_id,competency_code,level,date\n"
                        "L1,7A,MATH.1,2,2026-10-01\n"
                        "L2,7A,MATH.1,3,2026-10-02\n"
                        "L3,7B,o1,4,2026-10-03\n");
        Store::EvidenceMark after;
        const auto rows = f.store.evidenceAfter(before.lastId, after);
        CHECK(after.epoch == before.epoch);
        CHECK(after.lastId > before.lastId);
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].learnerId == "L2");
        CHECK(rows[0].level == 3);
        CHECK(rows[1].competencyId == "canvas:o1");
        CHECK(rows[1].date == day(2026, 10, 3));
    }
    SUBCASE("a changed level bumps the epoch") {
        (void)f.mastery("learner_id,section_id,competency_code,level,date\n"
                        "L1,7A,MATH.1,3,2026-10-01\n");
        CHECK(f.store.evidenceMark().epoch == before.epoch + 1);
    }
    SUBCASE("a dry run and an unchanged file leave the mark as it was") {
        (void)f.mastery("learner_id,section_id,competency_code,level,date\n"
                        "L1,7A,MATH.1,4,2026-10-01\n",
                        true);
        (void)f.mastery("learner_id,section_id,competency_code,level,date\n"
                        "L1,7A,MATH.1,2,2026-10-01\n");
        CHECK(f.store.evidenceMark() == before);
    }
    SUBCASE("replacing the content bumps the epoch") {
        f.store.replaceContent(school());
        CHECK(f.store.evidenceMark().epoch > before.epoch);
    }
}

TEST_CASE("EvidenceImport: a file mixing known, changed and new rows counts each; repeats are "
          "refused wherever they fall") {
    Fixture f;
    (void)f.mastery(kHeader + "L1,7A,MATH.1,2,2026-10-01,a\nL2,7A,MATH.1,2,2026-10-01,a\n");
    const auto mixed = kHeader + "L1,7A,MATH.1,2,2026-10-01,a\n" // unchanged
                                 "L1,7A,MATH.1,3,2026-10-02,a\n" // new after a known row
                                 "L2,7A,MATH.1,4,2026-10-01,a\n" // changed after a new row
                                 "L3,7B,MATH.1,1,2026-10-01,a\n";
    const auto report = f.mastery(mixed);
    CHECK(report.counts.at("evidence").added == 2);
    CHECK(report.counts.at("evidence").changed == 1);
    CHECK(report.counts.at("evidence").unchanged == 1);
    CHECK(f.count("SELECT count(*) FROM evidence") == 4);
    CHECK(f.count("SELECT level FROM evidence WHERE learner_id = 'L2'") == 4);
    const auto before = f.evidence();
    SUBCASE("a known row twice") {
        CHECK(f.failure(kHeader + "L1,7A,MATH.1,2,2026-10-01,a\nL1,7A,MATH.1,2,2026-10-01,a\n") ==
              "m.csv:3: date: repeats an earlier row (same learner, competency, date and source)");
    }
    SUBCASE("a new row twice, after a known one") {
        CHECK(f.failure(kHeader + "L1,7A,MATH.1,2,2026-10-01,a\nL1,7A,MATH.1,2,2026-10-05,a\n"
                                  "L1,7A,MATH.1,3,2026-10-05,a\n")
                  .starts_with("m.csv:4: date: repeats"));
    }
    CHECK(f.evidence() == before);
}

TEST_CASE("EvidenceImport: the import's connection settings are restored afterwards, and the "
          "rows it wrote satisfy every foreign key") {
    Fixture f;
    auto& db = f.store.connection();
    const auto cache = db.queryInt("PRAGMA cache_size");
    REQUIRE(db.queryInt("PRAGMA foreign_keys") == 1);
    (void)f.mastery(kFile);
    CHECK(db.queryInt("PRAGMA foreign_keys") == 1);
    CHECK(db.queryInt("PRAGMA cache_size") == cache);
    CHECK_FALSE(sqlite::Statement(db, "PRAGMA foreign_key_check").step());
    CHECK_FALSE(f.failure(kHeader + "L9,7A,MATH.1,2,2026-10-01,a\n").empty());
    CHECK(db.queryInt("PRAGMA foreign_keys") == 1);
    CHECK(db.queryInt("PRAGMA cache_size") == cache);
    SUBCASE("so removing a learner still takes their evidence along") {
        db.exec("DELETE FROM enrollments WHERE learner_id = 'L3'; "
                "DELETE FROM learners WHERE id = 'L3'");
        CHECK(f.count("SELECT count(*) FROM evidence WHERE learner_id = 'L3'") == 0);
        CHECK(f.count("SELECT count(*) FROM evidence") == 2);
    }
}
