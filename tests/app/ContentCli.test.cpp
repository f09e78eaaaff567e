// `lantern export` and `lantern import content` as a user meets them: the real executable, a demo
// database in a temporary folder, exit statuses and one-line errors, nothing written on bad input.
#include "CliSupport.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using lantern::testing::Result;
using lantern::testing::runLantern;
using lantern::testing::slurp;
using lantern::testing::TempDir;

namespace {

struct DemoSchool {
    TempDir dir;
    std::string db = (dir.path / "demo.db").string();
    fs::path file = dir.path / "school.json";

    DemoSchool() {
        auto r = runLantern(dir, "demo --db " + db + " --seed 3 --today 2026-11-20 --learners 60");
        REQUIRE(r.status == 0);
        auto e = runLantern(dir, "export --db " + db + " --out " + file.string());
        REQUIRE(e.status == 0);
    }
    nlohmann::json read() const { return nlohmann::json::parse(slurp(file)); }
    void write(const nlohmann::json& j, const fs::path& to) const {
        std::ofstream(to) << j.dump(2);
    }
    std::string exported() const { return runLantern(dir, "export --db " + db + " --out -").out; }
};

} // namespace

TEST_CASE("ContentCli: export writes the content file and re-importing it changes nothing") {
    DemoSchool school;
    auto file = school.read();
    CHECK(file["format"] == "lantern-content");
    CHECK(file["rooms"].size() == 6);
    CHECK(school.exported() == slurp(school.file)); // --out - writes the same text

    auto dry = runLantern(school.dir, "import content --dry-run --db " + school.db + " " +
                                          school.file.string());
    CHECK(dry.status == 0);
    CHECK(dry.out.find("school: unchanged\nrooms: 0 added, 0 changed, 0 removed\n") == 0);
    CHECK(dry.out.find("Dry run: nothing written.") != std::string::npos);

    const auto before = slurp(school.db);
    auto again =
        runLantern(school.dir, "import content --db " + school.db + " " + school.file.string());
    CHECK(again.status == 0);
    CHECK(again.out.find("Nothing to change.") != std::string::npos);
    CHECK(slurp(school.db) == before);
}

TEST_CASE("ContentCli: an edited file shows its changes on --dry-run, then imports them") {
    DemoSchool school;
    auto file = school.read();
    file["rooms"].push_back({{"id", "library-2"}, {"name", "Upper library"}, {"kind", "library"}});
    file["rules"][0]["priority"] = 42;
    auto edited = school.dir.path / "edited.json";
    school.write(file, edited);
    const auto before = school.exported();

    auto dry = runLantern(school.dir, "import content " + edited.string() + " --db " + school.db +
                                          " --dry-run");
    CHECK(dry.status == 0);
    CHECK(dry.out.find("\nrooms: 1 added (library-2), 0 changed, 0 removed\n") !=
          std::string::npos);
    CHECK(dry.out.find("\nrules: 0 added, 1 changed (") != std::string::npos);
    CHECK(school.exported() == before);

    auto real = runLantern(school.dir, "import content " + edited.string() + " --db " + school.db);
    CHECK(real.status == 0);
    auto after = nlohmann::json::parse(school.exported());
    CHECK(after["rooms"].size() == 7);
    CHECK(after["rules"][0]["priority"] == 42);
    auto rooms = runLantern(school.dir, "rooms --db " + school.db);
    CHECK(rooms.out.find("library-2\tlibrary\tUpper library\n") != std::string::npos);
}

TEST_CASE("ContentCli: a bad file is one line naming file, item and field; nothing changes") {
    DemoSchool school;
    const auto bytes = slurp(school.db);
    const auto before = school.exported();
    auto bad = school.dir.path / "bad.json";

    SUBCASE("a rule whose playlist is not in the file") {
        auto file = school.read();
        file["rooms"].push_back({{"id", "library-2"}, {"name", "Library"}, {"kind", "library"}});
        file["rules"][1]["playlist"] = "morning";
        school.write(file, bad);
        auto r = runLantern(school.dir, "import content --db " + school.db + " " + bad.string());
        CHECK(r.status == 2);
        CHECK(r.err.rfind("lantern: " + bad.string() + ": rules[1] (id \"", 0) == 0);
        CHECK(r.err.find("\").playlist: no playlist \"morning\" in this file\n") !=
              std::string::npos);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    }
    SUBCASE("a JSON syntax error") {
        std::ofstream(bad) << "{\n  \"format\": \"lantern-content\",\n  \"version\" 1\n}\n";
        auto r = runLantern(school.dir, "import content --db " + school.db + " " + bad.string());
        CHECK(r.status == 2);
        CHECK(r.err.rfind("lantern: " + bad.string() + ":3:13: not valid JSON", 0) == 0);
    }
    SUBCASE("a file that does not exist") {
        auto r = runLantern(school.dir, "import content --db " + school.db + " nowhere.json");
        CHECK(r.status == 2);
        CHECK(r.err == "lantern: nowhere.json: cannot open the file\n");
    }
    SUBCASE("import without a kind") {
        auto r = runLantern(school.dir, "import --db " + school.db);
        CHECK(r.status != 0);
    }
    CHECK(slurp(school.db) == bytes);
    CHECK(school.exported() == before);
}
