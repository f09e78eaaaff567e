// `lantern import mastery` and `lantern import canvas-mastery` as a user meets them: the real
// executable against the demo school, exit statuses, one-line errors, nothing written on bad input.
#include "CliSupport.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <string>

using lantern::testing::makeDemo;
using lantern::testing::runLantern;
using lantern::testing::TempDir;

namespace {

std::string write(const TempDir& dir, const std::string& name, const std::string& text) {
    const auto path = (dir.path / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

const std::string kGood = "learner_id,section_id,competency_code,level,date,source\n"
                          "l-0001,6a,MATH.1,3,2026-11-02,quiz\n"
                          "l-0001,6b,MATH.2,Developing,2026-11-03,quiz\n";

} // namespace

TEST_CASE("EvidenceImportCli: a mastery CSV imports once; the second run changes nothing") {
    TempDir dir("lantern-evcli-");
    const auto db = makeDemo(dir, 60);
    const auto file = write(dir, "m.csv", kGood);
    const auto args = "import mastery " + file + " --db " + db + " --today 2026-11-20";
    auto dry = runLantern(dir, args + " --dry-run");
    REQUIRE(dry.status == 0);
    CHECK(dry.out.find("evidence: 2 added, 0 changed, 0 removed, 0 unchanged") !=
          std::string::npos);
    CHECK(dry.out.find("Dry run: nothing written.") != std::string::npos);
    auto first = runLantern(dir, args);
    REQUIRE(first.status == 0);
    CHECK(first.out.find("evidence: 2 added") != std::string::npos);
    CHECK(first.out.find("enrollments: 1 added") != std::string::npos); // l-0001 into 6b
    CHECK(first.out.find("Imported " + file + ".") != std::string::npos);
    auto second = runLantern(dir, args);
    REQUIRE(second.status == 0);
    CHECK(second.out.find("evidence: 0 added, 0 changed, 0 removed, 2 unchanged") !=
          std::string::npos);
    SUBCASE("another level for a row is a change") {
        write(dir, "m.csv",
              "learner_id,section_id,competency_code,level,date,source\n"
              "l-0001,6a,MATH.1,4,2026-11-02,quiz\n");
        auto changed = runLantern(dir, args);
        CHECK(changed.out.find("evidence: 0 added, 1 changed") != std::string::npos);
    }
}

TEST_CASE("EvidenceImportCli: a broken mastery CSV is one line naming file, line and column") {
    TempDir dir("lantern-evcli-");
    const auto db = makeDemo(dir, 60);
    const std::string header = "learner_id,section_id,competency_code,level,date\n";
    const std::string valid = "l-0002,6a,MATH.1,2,2026-11-02\n";
    auto attempt = [&](const std::string& rows) {
        const auto file = write(dir, "bad.csv", header + valid + rows);
        auto r = runLantern(dir, "import mastery " + file + " --db " + db + " --today 2026-11-20");
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        return r.err;
    };
    const auto bad = (dir.path / "bad.csv").string();
    CHECK(attempt("l-9999,6a,MATH.1,2,2026-11-02\n") ==
          "lantern: " + bad +
              ":3: learner_id: no learner has the id 'l-9999' (import the "
              "roster first)\n");
    CHECK(attempt("l-0003,6a,MATH.1,2,2026-13-02\n").starts_with("lantern: " + bad + ":3: date: "));
    CHECK(attempt(valid).starts_with("lantern: " + bad + ":3: date: repeats"));
    CHECK(attempt("l-0003,6a,\"MATH.1,2,2026-11-02\n").starts_with("lantern: " + bad + ":3:"));
    CHECK(attempt("l-0003,6a,MATH.1,2,2099-01-01\n").find("in the future") != std::string::npos);
    const auto wrong = write(dir, "wrong.csv", "learner,section,code,level,date\n");
    auto r = runLantern(dir, "import mastery " + wrong + " --db " + db);
    CHECK(r.err == "lantern: " + wrong + ":1: learner_id: the header has no column 'learner_id'\n");
    SUBCASE("the valid row before each error was not written") {
        const auto file = write(dir, "ok.csv", header + valid);
        auto dry = runLantern(dir, "import mastery " + file + " --db " + db + " --dry-run");
        CHECK(dry.out.find("evidence: 1 added") != std::string::npos);
    }
}

TEST_CASE("EvidenceImportCli: canvas-mastery needs --section and known outcomes") {
    TempDir dir("lantern-evcli-");
    const auto db = makeDemo(dir, 60);
    const auto file = write(dir, "g.csv",
                            "\xEF\xBB\xBF\"Student name\";\"Student ID\";"
                            "\"Math > Decimals result\"\n\"Ana\";1;3\n");
    auto missing = runLantern(dir, "import canvas-mastery " + file + " --db " + db);
    CHECK(missing.status == 2);
    auto unknown = runLantern(dir, "import canvas-mastery " + file + " --db " + db +
                                       " --section 6a --date 2026-11-20");
    CHECK(unknown.status == 2);
    CHECK(unknown.err.starts_with("lantern: " + file +
                                  ":1: Math > Decimals result: no "
                                  "competency"));
    auto badSection =
        runLantern(dir, "import canvas-mastery " + file + " --db " + db + " --section 9z");
    CHECK(badSection.err == "lantern: " + file + ": --section: no section has the id '9z'\n");
}
