// `lantern import oneroster` as a user meets it: the real executable on the shared samples (a
// folder and a zip made at test time), a dry run, and bad input that exits 2 and writes nothing.
#include "CliSupport.hpp"
#include "support/OneRosterTestSets.hpp"

#include <doctest/doctest.h>

#include <string>

using lantern::testing::runLantern;
using lantern::testing::TempDir;
using namespace lantern::testing::oneroster;

namespace {

bool ends(const std::string& text, const std::string& tail) {
    return text.size() >= tail.size() &&
           text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

} // namespace

TEST_CASE("OneRosterCli: a sample folder imports, then a second import changes nothing") {
    auto path = sampleSet("v1p2_full_dataset");
    if (!path) return;
    TempDir dir;
    const auto db = (dir.path / "school.db").string();
    auto r = runLantern(dir, "import oneroster " + path->string() + " --db " + db);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("learners: 1 added, 0 changed, 0 removed, 0 unchanged\n") !=
          std::string::npos);
    CHECK(r.out.find("sections: 1 added") != std::string::npos);
    CHECK(r.out.find("warning: academicSessions.csv: status 'inactive'") != std::string::npos);
    CHECK(ends(r.out, "Imported " + path->string() + ".\n"));
    auto again = runLantern(dir, "import oneroster " + path->string() + " --db " + db);
    CHECK(again.out.find("learners: 0 added, 0 changed, 0 removed, 1 unchanged\n") !=
          std::string::npos);
}

TEST_CASE("OneRosterCli: a dry run says so and writes nothing") {
    auto path = sampleSet("Test_full_data_set");
    if (!path) return;
    TempDir dir;
    const auto db = (dir.path / "school.db").string();
    auto dry = runLantern(dir, "import oneroster " + path->string() + " --dry-run --db " + db);
    REQUIRE(dry.status == 0);
    CHECK(ends(dry.out, "Dry run: nothing written.\n"));
    CHECK(dry.out.find("learners: 1 added") != std::string::npos);
    auto real = runLantern(dir, "import oneroster " + path->string() + " --db " + db);
    CHECK(real.out.find("learners: 1 added") != std::string::npos); // the dry run wrote nothing
}

TEST_CASE("OneRosterCli: a zip made from a sample imports") {
    auto path = sampleSet("OneRosterv1p1BaseCSV");
    if (!path) return;
    TempDir dir;
    const auto files = readSet(*path);
    const auto zip = dir.path / "roster.zip";
    writeZip(zip, files);
    auto r = runLantern(dir, "import oneroster " + zip.string() + " --db " +
                                 (dir.path / "school.db").string());
    REQUIRE(r.status == 0);
    CHECK(r.out.find("learners: 2 added") != std::string::npos);
    CHECK(r.out.find("enrollments: 1 added") != std::string::npos);
}

TEST_CASE("OneRosterCli: bad input exits 2 with file, line and column, and writes nothing") {
    TempDir dir;
    const auto db = (dir.path / "school.db").string();
    SUBCASE("not a zip") {
        const auto fake = dir.path / "roster.zip";
        writeText(fake, "this is not a zip");
        auto r = runLantern(dir, "import oneroster " + fake.string() + " --db " + db);
        CHECK(r.status == 2);
        CHECK(r.err.find(fake.string() + ": not a readable zip archive") != std::string::npos);
    }
    SUBCASE("a bad date in a set") {
        auto set = schoolSet();
        set["results.csv"] = replaced(set["results.csv"], "2026-10-07", "07.10.2026");
        const auto folder = dir.path / "set";
        writeSet(folder, set);
        auto r = runLantern(dir, "import oneroster " + folder.string() + " --db " + db);
        CHECK(r.status == 2);
        CHECK(r.err.find("results.csv:4: scoreDate: '07.10.2026' is not a date") !=
              std::string::npos);
        writeSet(folder, schoolSet());
        auto good = runLantern(dir, "import oneroster " + folder.string() + " --db " + db);
        CHECK(good.out.find("learners: 3 added") != std::string::npos);
    }
}
