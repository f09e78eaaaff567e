// `lantern import case` and `lantern import canvas-outcomes` as a user meets them: the real
// executable on a demo database, the report, exit 2 with file:line: field on bad input, and
// nothing written by a dry run or a refused file.
#include "store/Store.hpp"

#include "CliSupport.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;
using lantern::testing::makeDemo;
using lantern::testing::runLantern;
using lantern::testing::slurp;
using lantern::testing::TempDir;

namespace {

fs::path sample(const std::string& folder, const std::string& name) {
    return fs::path(LANTERN_INTEROP_DIR) / folder / name;
}

bool samplesPresent() {
    if (fs::exists(LANTERN_INTEROP_DIR)) return true;
    MESSAGE("skipped: ", LANTERN_INTEROP_DIR, " is absent");
    return false;
}

std::int64_t contentVersion(const std::string& db) {
    return lantern::Store::open(db).versions().content;
}

int rows(const std::string& db, const char* table) {
    auto store = lantern::Store::open(db);
    return static_cast<int>(
        store.connection().queryInt((std::string("SELECT count(*) FROM ") + table).c_str()));
}

} // namespace

TEST_CASE("FrameworkImportCli: a CASE package imports once; the second run changes nothing") {
    if (!samplesPresent()) return;
    TempDir dir;
    const auto db = makeDemo(dir, 20);
    const auto file = sample("case", "Ordering.json").string();

    const auto dry = runLantern(dir, "import case --dry-run --db " + db + " " + file);
    CHECK(dry.status == 0);
    CHECK(dry.out.find("learning targets: 26 added") != std::string::npos);
    CHECK(dry.out.find("Dry run: nothing written.") != std::string::npos);
    CHECK(rows(db, "learning_targets") == 0);

    const auto first = runLantern(dir, "import case --db " + db + " " + file);
    CHECK(first.status == 0);
    CHECK(first.out.find("competencies: 1 added, 0 changed, 0 removed, 0 unchanged") !=
          std::string::npos);
    CHECK(first.out.find("Imported " + file + ".") != std::string::npos);
    const auto version = contentVersion(db);

    const auto again = runLantern(dir, "import case --db " + db + " " + file);
    CHECK(again.status == 0);
    CHECK(again.out.find("learning targets: 0 added, 0 changed, 0 removed, 26 unchanged") !=
          std::string::npos);
    CHECK(contentVersion(db) == version);
}

TEST_CASE("FrameworkImportCli: Canvas outcomes import; a school without a scale gets one") {
    if (!samplesPresent()) return;
    TempDir dir;
    const auto file = sample("gradebook", "scoring.csv").string();
    SUBCASE("the demo school keeps its own scale") {
        const auto db = makeDemo(dir, 20);
        const auto r = runLantern(dir, "import canvas-outcomes --db " + db + " " + file);
        CHECK(r.status == 0);
        CHECK(r.out.find("competencies: 7 added") != std::string::npos);
        CHECK(r.out.find("mastery levels") == std::string::npos);
    }
    SUBCASE("an empty database") {
        const auto db = (dir.path / "empty.db").string();
        const auto r = runLantern(dir, "import canvas-outcomes --db " + db + " " + file);
        CHECK(r.status == 0);
        CHECK(r.out.find("mastery levels: 3 added") != std::string::npos);
        CHECK(rows(db, "mastery_levels") == 3);
    }
}

TEST_CASE("FrameworkImportCli: a broken file exits 2 naming file, place and field; nothing "
          "changes") {
    TempDir dir;
    const auto db = makeDemo(dir, 20);
    const auto before = slurp(fs::path(db));
    SUBCASE("CASE duplicate identifiers") {
        const auto bad = (dir.path / "dup.json").string();
        std::ofstream(bad) << R"({"CFDocument": {"identifier": "d", "title": "T"},
            "CFItems": [{"identifier": "x", "fullStatement": "A"},
                        {"identifier": "x", "fullStatement": "B"}]})";
        const auto r = runLantern(dir, "import case --db " + db + " " + bad);
        CHECK(r.status == 2);
        CHECK(r.err.find(bad + ": CFItems[1].identifier: duplicate identifier x") !=
              std::string::npos);
    }
    SUBCASE("CASE truncated") {
        const auto bad = (dir.path / "cut.json").string();
        std::ofstream(bad) << "{\"CFDocument\": {\n\"identifier\": \"d\",\n";
        const auto r = runLantern(dir, "import case --db " + db + " " + bad);
        CHECK(r.status == 2);
        CHECK(r.err.find(bad + ":3: not JSON") != std::string::npos);
    }
    SUBCASE("Canvas: a parent in no row") {
        const auto bad = (dir.path / "outcomes.csv").string();
        std::ofstream(bad) << "vendor_guid,object_type,title,parent_guids\n"
                              "a,group,A,\n"
                              "b,outcome,B,zz\n";
        const auto r = runLantern(dir, "import canvas-outcomes --db " + db + " " + bad);
        CHECK(r.status == 2);
        CHECK(r.err.find(bad + ":3: parent_guids: no row has vendor_guid zz") != std::string::npos);
    }
    CHECK(slurp(fs::path(db)) == before);
}
