#include "store/ContentJson.hpp"
#include "store/StoreFixtures.hpp"

#include "core/DemoSchool.hpp"
#include "store/Schema.hpp"
#include "store/Store.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using lantern::testing::sampleContent;
using lantern::testing::TempDir;
using lantern::testing::toJson;

namespace {

bool tableExists(Store& store, const std::string& name) {
    sqlite::Statement query(store.connection(),
                            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    query.bindAll(name);
    return query.step() && query.integer(0) == 1;
}

void setUserVersion(const std::filesystem::path& path, int version) {
    sqlite::Connection raw(path.string());
    raw.exec("CREATE TABLE t (x INTEGER)");
    raw.exec(("PRAGMA user_version = " + std::to_string(version)).c_str());
}

} // namespace

TEST_CASE("Store: a new database is migrated to the latest schema") {
    TempDir dir;
    for (const std::string& path : {std::string(":memory:"), dir.file("new.db").string()}) {
        CAPTURE(path);
        Store store = Store::open(path);
        CHECK(store.schemaVersion() == schema::kLatestVersion);
        for (const char* table :
             {"school", "rooms", "displays", "habits", "habit_indicators", "domains",
              "competencies", "mastery_levels", "sections", "learners", "evidence", "celebrations"})
            CHECK_MESSAGE(tableExists(store, table), table);
        CHECK(store.connection().queryInt("PRAGMA foreign_keys") == 1);
        CHECK(store.connection().queryInt("PRAGMA busy_timeout") == 5000);
    }
}

TEST_CASE("Store: a file database uses WAL, an in-memory one does not") {
    TempDir dir;
    Store file = Store::open(dir.file("wal.db"));
    sqlite::Statement mode(file.connection(), "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "wal");
    Store memory = Store::open(":memory:");
    sqlite::Statement memoryMode(memory.connection(), "PRAGMA journal_mode");
    REQUIRE(memoryMode.step());
    CHECK(memoryMode.text(0) == "memory");
}

TEST_CASE("Store: an empty database loads as empty content") {
    Store store = Store::open(":memory:");
    const SchoolContent content = store.loadContent();
    CHECK(content.school.name.empty());
    CHECK(content.rooms.empty());
    CHECK(content.learners.empty());
    CHECK(content.scale.masteredRank == 3);
}

TEST_CASE("Store: content round-trips through replaceContent and loadContent") {
    Store store = Store::open(":memory:");
    const SchoolContent original = sampleContent();
    store.replaceContent(original);
    const SchoolContent loaded = store.loadContent();
    CHECK(toJson(loaded).dump(2) == toJson(original).dump(2));
    CHECK(store.rooms().size() == 3);
    CHECK(store.rooms().front().id == "classroom-7b");

    SUBCASE("replacing again replaces rather than appends") {
        SchoolContent smaller = original;
        smaller.evidence.pop_back();
        smaller.celebrations.erase(smaller.celebrations.begin());
        store.replaceContent(smaller);
        CHECK(toJson(store.loadContent()).dump(2) == toJson(smaller).dump(2));
    }
}

TEST_CASE("Store: the demo school survives a save and load unchanged") {
    DemoOptions options;
    options.learners = 60;
    const SchoolContent demo = makeDemoSchool(options);
    Store store = Store::open(":memory:");
    store.replaceContent(demo);
    CHECK(toJson(store.loadContent()) == toJson(demo));
}

TEST_CASE("Store: reopening a file keeps its data and does not migrate again") {
    TempDir dir;
    const auto path = dir.file("school.db");
    {
        Store store = Store::open(path);
        store.replaceContent(sampleContent());
    }
    Store reopened = Store::open(path);
    CHECK(reopened.schemaVersion() == schema::kLatestVersion);
    CHECK(toJson(reopened.loadContent()) == toJson(sampleContent()));
    CHECK(reopened.connection().queryInt(
              "SELECT count(*) FROM sqlite_master WHERE type = 'table'") == 12);
}

TEST_CASE("Store: a backup is a complete database that opens on its own") {
    TempDir dir;
    Store store = Store::open(dir.file("school.db"));
    store.replaceContent(sampleContent());
    store.backupTo(dir.file("backup.db"));
    CHECK(toJson(Store::open(dir.file("backup.db")).loadContent()) == toJson(sampleContent()));
    CHECK_THROWS_WITH_AS(store.backupTo(dir.file("backup.db")), doctest::Contains("already exists"),
                         StoreError);
}

TEST_CASE("Store: refuses a database from a newer Lantern and leaves it untouched") {
    TempDir dir;
    const auto path = dir.file("future.db");
    setUserVersion(path, 7);
    const std::string before = testing::readBytes(path);
    std::string message;
    try {
        (void)Store::open(path);
    } catch (const StoreError& error) {
        message = error.what();
    }
    CHECK(
        message.find("database schema version 7 is newer than this Lantern (1); upgrade Lantern") !=
        std::string::npos);
    CHECK(testing::readBytes(path) == before);
    CHECK_FALSE(std::filesystem::exists(dir.file("future.db-wal")));
}

TEST_CASE("Store: refuses what is not a database") {
    TempDir dir;
    SUBCASE("a text file, left unchanged") {
        const auto path = dir.file("notes.db");
        const std::string text = "these are not the tables you are looking for\n";
        testing::writeBytes(path, std::string(4096, 'x') + text);
        CHECK_THROWS_WITH_AS((void)Store::open(path),
                             doctest::Contains("not a readable Lantern database"), StoreError);
        CHECK(testing::readBytes(path) == std::string(4096, 'x') + text);
    }
    SUBCASE("a directory") {
        CHECK_THROWS_WITH_AS((void)Store::open(dir.file("")), doctest::Contains("directory"),
                             StoreError);
    }
    SUBCASE("a file in a missing directory") {
        CHECK_THROWS_AS((void)Store::open(dir.file("missing/school.db")), StoreError);
    }
}

TEST_CASE("Store: foreign keys are enforced") {
    Store store = Store::open(":memory:");
    store.replaceContent(sampleContent());

    SUBCASE("a learner in an unknown section is refused and nothing changes") {
        SchoolContent broken = sampleContent();
        broken.learners.push_back({"l-3", "Cy", "Ode", 8, "8z", false});
        broken.school.name = "Changed";
        CHECK_THROWS_WITH_AS(store.replaceContent(broken), doctest::Contains("FOREIGN KEY"),
                             StoreError);
        CHECK(toJson(store.loadContent()) == toJson(sampleContent()));
    }
    SUBCASE("deleting a learner removes their evidence and celebrations") {
        store.connection().exec("DELETE FROM learners WHERE id = 'l-1'");
        const SchoolContent content = store.loadContent();
        CHECK(content.evidence.size() == 1);
        CHECK(content.celebrations.size() == 2);
    }
    SUBCASE("deleting a habit untags its celebrations") {
        store.connection().exec("DELETE FROM habits WHERE id = 'inquiry'");
        const SchoolContent content = store.loadContent();
        REQUIRE(content.celebrations.size() == 3);
        CHECK_FALSE(content.celebrations[0].habitId.has_value());
        CHECK(content.habits.size() == 1);
    }
}

TEST_CASE("Store: a malformed stored text is reported with its column") {
    Store store = Store::open(":memory:");
    store.replaceContent(sampleContent());
    store.connection().exec("UPDATE domains SET title = 'not json'");
    CHECK_THROWS_WITH_AS((void)store.loadContent(), doctest::Contains("domains.title"), StoreError);
}

TEST_CASE("Store: a watcher notices another connection's commit") {
    TempDir dir;
    const auto path = dir.file("shared.db");
    Store writer = Store::open(path);
    Store player = Store::open(path);
    ChangeWatcher watcher(player);

    CHECK_FALSE(watcher.changed());
    (void)player.loadContent();
    CHECK_FALSE(watcher.changed());

    writer.replaceContent(sampleContent());
    CHECK(watcher.changed());
    CHECK_FALSE(watcher.changed());
    CHECK(toJson(player.loadContent()) == toJson(sampleContent()));

    writer.connection().exec("UPDATE school SET name = 'Renamed'");
    CHECK(watcher.changed());
}
