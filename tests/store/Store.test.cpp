#include "store/Store.hpp"

#include "core/demo/DemoSchool.hpp"
#include "store/Schema.hpp"
#include "store/StoreFixtures.hpp"

#include "support/ContentJson.hpp"

#include <doctest/doctest.h>

#include <algorithm>

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
        for (const char* table : {"school",
                                  "rooms",
                                  "displays",
                                  "habits",
                                  "habit_indicators",
                                  "domains",
                                  "competencies",
                                  "mastery_levels",
                                  "sections",
                                  "learners",
                                  "evidence",
                                  "celebrations",
                                  "meta",
                                  "alerts",
                                  "plays",
                                  "room_groups",
                                  "group_rooms",
                                  "playlists",
                                  "playlist_items",
                                  "rules",
                                  "announcements",
                                  "quotes"})
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

    SUBCASE("every new field is stored, not defaulted") {
        CHECK(loaded.rooms[1].powerHours.size() == 2);
        CHECK(loaded.rooms[1].darkMode == DarkMode::Clock);
        CHECK(loaded.rooms[1].viewingDistanceM == 6.5);
        CHECK(loaded.displays[1].orientation == Orientation::PortraitFlipped);
        CHECK(loaded.playlists[0].items.size() == 9);
        CHECK(loaded.rules[1].window == TimeWindow{17 * 60, 60});
        CHECK(loaded.celebrations[2].targets.size() == 2);
        CHECK(loaded.celebrations[0].submittedBy == "Ms. Núñez-Alvarez");
        CHECK(loaded.habits[0].icon == "search");
        CHECK(loaded.announcements.size() == 2);
        CHECK(loaded.quotes.size() == 3);
    }
    SUBCASE("loading orders by id whatever the order given") {
        SchoolContent shuffled = original;
        std::reverse(shuffled.rules.begin(), shuffled.rules.end());
        std::reverse(shuffled.playlists.begin(), shuffled.playlists.end());
        std::reverse(shuffled.groups.begin(), shuffled.groups.end());
        std::reverse(shuffled.groups[0].roomIds.begin(), shuffled.groups[0].roomIds.end());
        std::reverse(shuffled.quotes.begin(), shuffled.quotes.end());
        std::reverse(shuffled.announcements.begin(), shuffled.announcements.end());
        store.replaceContent(shuffled);
        CHECK(toJson(store.loadContent()).dump(2) == toJson(original).dump(2));
    }
    SUBCASE("an empty default playlist means none") {
        SchoolContent none = original;
        none.school.defaultPlaylistId.clear();
        store.replaceContent(none);
        CHECK(store.loadContent().school.defaultPlaylistId.empty());
        CHECK(store.connection().queryInt(
                  "SELECT count(*) FROM school WHERE default_playlist_id IS NULL") == 1);
    }
    SUBCASE("each replace bumps the content counter once") {
        CHECK(store.versions() == Store::Versions{1, 0});
        store.replaceContent(original);
        CHECK(store.versions() == Store::Versions{2, 0});
    }
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
              "SELECT count(*) FROM sqlite_master WHERE type = 'table'") == 29);
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
    setUserVersion(path, 8);
    const std::string before = testing::readBytes(path);
    std::string message;
    try {
        (void)Store::open(path);
    } catch (const StoreError& error) {
        message = error.what();
    }
    CHECK(
        message.find("database schema version 8 is newer than this Lantern (6); upgrade Lantern") !=
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
    SUBCASE("a rule on a missing playlist is refused and nothing changes") {
        SchoolContent broken = sampleContent();
        broken.rules.front().playlistId = "gone";
        broken.school.name = "Changed";
        const auto before = store.versions();
        CHECK_THROWS_WITH_AS(store.replaceContent(broken), doctest::Contains("FOREIGN KEY"),
                             StoreError);
        CHECK(toJson(store.loadContent()) == toJson(sampleContent()));
        CHECK(store.versions() == before);
    }
    SUBCASE("a group with an unknown room or a missing default playlist is refused") {
        SchoolContent badGroup = sampleContent();
        badGroup.groups.back().roomIds.push_back("no-such-room");
        CHECK_THROWS_AS(store.replaceContent(badGroup), StoreError);
        SchoolContent badDefault = sampleContent();
        badDefault.school.defaultPlaylistId = "gone";
        CHECK_THROWS_AS(store.replaceContent(badDefault), StoreError);
        CHECK(toJson(store.loadContent()) == toJson(sampleContent()));
    }
    SUBCASE("a display rule's target is not checked by the store") {
        SchoolContent content = sampleContent();
        content.rules.back().targetId = "tv-404";
        store.replaceContent(content);
        CHECK(store.loadContent().rules.back().targetId == "tv-404");
    }
    SUBCASE("deleting a learner removes their evidence, celebrations and quotes") {
        store.connection().exec("DELETE FROM learners WHERE id = 'l-1'");
        const SchoolContent content = store.loadContent();
        CHECK(content.evidence.size() == 1);
        CHECK(content.celebrations.size() == 2);
        CHECK(content.quotes.size() == 2);
    }
    SUBCASE("deleting a playlist removes its rules and unsets the default") {
        store.connection().exec("DELETE FROM playlists WHERE id = 'day'");
        const SchoolContent content = store.loadContent();
        CHECK(content.playlists.size() == 2);
        CHECK(content.rules.size() == 2);
        CHECK(content.school.defaultPlaylistId.empty());
    }
    SUBCASE("deleting a room takes it out of its groups") {
        store.connection().exec("DELETE FROM rooms WHERE id = 'entrance'");
        CHECK(store.loadContent().groups.back().roomIds == std::vector<std::string>{"hallway-6"});
    }
    SUBCASE("deleting a habit untags its celebrations") {
        store.connection().exec("DELETE FROM habits WHERE id = 'inquiry'");
        const SchoolContent content = store.loadContent();
        REQUIRE(content.celebrations.size() == 3);
        CHECK_FALSE(content.celebrations[0].habitId.has_value());
        CHECK(content.habits.size() == 1);
    }
}

TEST_CASE("Store: a malformed stored value is reported with its column") {
    Store store = Store::open(":memory:");
    store.replaceContent(sampleContent());
    const std::vector<std::pair<const char*, const char*>> cases{
        {"UPDATE domains SET title = 'not json'", "domains.title"},
        {"UPDATE rooms SET dark_mode = 'dim'", "rooms.dark_mode"},
        {"UPDATE rooms SET power_hours = '[{\"days\": 200, \"start\": 0, \"end\": 60}]'",
         "rooms.power_hours"},
        {"UPDATE rooms SET power_hours = '[{\"days\": 1, \"start\": 0}]'", "rooms.power_hours"},
        {"UPDATE displays SET orientation = 'upside-down'", "displays.orientation"},
        {"UPDATE playlist_items SET source = 'weather'", "playlist_items.source"},
        {"UPDATE rules SET target_kind = 'building'", "rules.target_kind"},
        {"UPDATE rules SET date_from = '2026-02-30' WHERE id = 'r-2'", "rules.date_from"}};
    for (const auto& [sql, column] : cases) {
        CAPTURE(sql);
        store.replaceContent(sampleContent());
        store.connection().exec(sql);
        CHECK_THROWS_WITH_AS((void)store.loadContent(), doctest::Contains(column), StoreError);
    }
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

TEST_CASE("Store: replacing only the content file's parts keeps imported rows and their keys") {
    Store store = Store::open(":memory:");
    SchoolContent content = sampleContent();
    REQUIRE_FALSE(content.evidence.empty());
    store.replaceContent(content);
    auto& db = store.connection();
    db.exec("UPDATE evidence SET source = 'mastery-csv', source_key = 'k' || id, score = 2.5");
    const auto keyed = db.queryInt("SELECT count(*) FROM evidence WHERE source_key IS NOT NULL");
    REQUIRE(keyed > 0);

    SchoolContent edited = store.loadContent();
    edited.school.name = "Renamed";
    edited.learners.clear(); // what a content file does not carry is not touched either way
    edited.evidence.clear();
    store.replaceContent(edited, Store::ContentScope::ContentFileParts);

    const SchoolContent after = store.loadContent();
    CHECK(after.school.name == "Renamed");
    CHECK(after.learners.size() == content.learners.size());
    CHECK(after.evidence.size() == content.evidence.size());
    CHECK(db.queryInt("SELECT count(*) FROM evidence WHERE source_key IS NOT NULL") == keyed);
    CHECK(db.queryInt("SELECT count(*) FROM evidence WHERE score = 2.5") == keyed);
}

TEST_CASE(
    "Store: the school's settings alone read the same school and scale as the whole content") {
    Store store = Store::open(":memory:");
    SchoolContent content = sampleContent();
    content.scale.method = MasteryMethod::TimesAtMastery;
    content.scale.timesNeeded = 3;
    content.school.termStart = testing::day(2026, 9, 8);
    store.replaceContent(content);
    const auto settings = store.loadSchoolSettings();
    const auto whole = store.loadContent();
    CHECK(settings.school.name == whole.school.name);
    CHECK(settings.school.languages == whole.school.languages);
    CHECK(settings.school.termStart == testing::day(2026, 9, 8));
    CHECK(settings.scale.method == MasteryMethod::TimesAtMastery);
    CHECK(settings.scale.timesNeeded == 3);
    CHECK(settings.scale.masteredRank == whole.scale.masteredRank);
    REQUIRE(settings.scale.levels.size() == whole.scale.levels.size());
    CHECK(settings.scale.levels.front().color == whole.scale.levels.front().color);
}
