// The `lantern` executable as a user meets it: exit statuses, one-line messages, nothing written
// on bad input, byte-identical renders.
#include "CliSupport.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using lantern::testing::makeDemo;
using lantern::testing::Result;
using lantern::testing::runLantern;
using lantern::testing::slurp;
using lantern::testing::TempDir;

TEST_CASE("Cli: demo then rooms lists the six demo rooms, id first") {
    TempDir dir;
    auto db = makeDemo(dir);
    auto r = runLantern(dir, "rooms --db " + db);
    CHECK(r.status == 0);
    CHECK(r.out.rfind("cafeteria\tcafeteria\t", 0) == 0); // sorted by id, id first
    CHECK(r.out.find("\nentrance\tentrance\t") != std::string::npos);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 6);
    auto d = runLantern(dir, "rooms --displays --db " + db);
    CHECK(d.status == 0);
    CHECK(d.out.find("kiosk-entrance\tentrance\tportrait\t1920x1080\t") != std::string::npos);
}

TEST_CASE("Cli: render --describe is byte-identical for the same database, room and time") {
    TempDir dir;
    auto db = makeDemo(dir);
    auto args = "render --db " + db + " --room hallway-2 --at 2026-11-23T08:15:00 --describe -";
    auto a = runLantern(dir, args), b = runLantern(dir, args);
    REQUIRE(a.status == 0);
    CHECK(a.out == b.out);
    CHECK(a.out.find("\"size\": [\n    1920,\n    1080\n  ]") != std::string::npos);
    CHECK(a.out.find("\"why\"") != std::string::npos);
    auto portrait = runLantern(dir, args + " --size 1080x1920");
    CHECK(portrait.out.find("1920\n  ]") != std::string::npos);
}

TEST_CASE("Cli: bad input is one clear line and a non-zero exit") {
    TempDir dir;
    auto db = makeDemo(dir);
    SUBCASE("an unknown room") {
        auto r = runLantern(dir, "render --db " + db + " --room gym --describe -");
        CHECK(r.status == 2);
        CHECK(r.err.find("unknown room 'gym'") != std::string::npos);
        CHECK(r.out.empty());
    }
    SUBCASE("a time that does not parse") {
        auto r =
            runLantern(dir, "render --db " + db + " --room hallway-1 --at monday --describe -");
        CHECK(r.status == 2);
        CHECK(r.err.find("--at: 'monday'") != std::string::npos);
    }
    SUBCASE("a config with a misspelt key") {
        auto cfg = dir.path / "bad.toml";
        std::ofstream(cfg) << "[display]\nfulscreen = false\n";
        auto r = runLantern(dir, "rooms --db " + db + " --config " + cfg.string());
        CHECK(r.status == 2);
        CHECK(r.err == "lantern: " + cfg.string() + ": display.fulscreen: unknown key\n");
    }
    SUBCASE("a privacy threshold below five") {
        auto cfg = dir.path / "k.toml";
        std::ofstream(cfg) << "[privacy]\nmin_group = 3\n";
        auto r = runLantern(dir, "rooms --db " + db + " --config " + cfg.string());
        CHECK(r.status == 2);
        CHECK(r.err.find("privacy.min_group") != std::string::npos);
    }
}

TEST_CASE("Cli: a database from a newer Lantern is refused and left untouched") {
    TempDir dir;
    auto db = dir.path / "future.db";
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(db.string().c_str(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "CREATE TABLE t(x); PRAGMA user_version = 999;", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    auto before = slurp(db);
    auto r = runLantern(dir, "rooms --db " + db.string());
    CHECK(r.status != 0);
    CHECK(r.err.find("newer") != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(slurp(db) == before);
    CHECK_FALSE(fs::exists(db.string() + "-wal"));
}

TEST_CASE("Cli: a missing database is created with its folder; an unreadable one is reported") {
    TempDir dir;
    SUBCASE("missing: created empty, and a room lookup says how to fill it") {
        auto db = dir.path / "new" / "school.db";
        auto r = runLantern(dir, "rooms --db " + db.string());
        CHECK(r.status == 0);
        CHECK(r.out.empty());
        CHECK(fs::exists(db));
        auto render =
            runLantern(dir, "render --db " + db.string() + " --room entrance --describe -");
        CHECK(render.status == 2);
        CHECK(render.err.find("run `lantern demo`") != std::string::npos);
    }
    SUBCASE("not a database: one line, exit 1, the file untouched") {
        auto db = dir.path / "notes.db";
        std::ofstream(db) << "these are a teacher's notes, not a database\n";
        auto before = slurp(db);
        auto r = runLantern(dir, "rooms --db " + db.string());
        CHECK(r.status == 1);
        CHECK(r.err.find("not a readable Lantern database") != std::string::npos);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK(slurp(db) == before);
    }
}
