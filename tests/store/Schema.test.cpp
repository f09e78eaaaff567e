#include "store/Schema.hpp"

#include "store/Store.hpp"
#include "store/StoreFixtures.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using lantern::testing::TempDir;

namespace {

// A file as an older Lantern left it: schema `version`, holding the rows `sql` inserts.
void writeAtVersion(const std::filesystem::path& path, int version, const char* sql) {
    sqlite::Connection raw(path.string());
    raw.exec("PRAGMA foreign_keys = ON");
    schema::migrate(raw, version);
    raw.exec(sql);
}

// A school as Lantern 0.1 (schema version 1) wrote it, through the version 1 step itself.
void writeVersion1(const std::filesystem::path& path) {
    writeAtVersion(path, 1, R"sql(
INSERT INTO school VALUES (1, 'Old School', 'America/New_York', '["en","es"]', '{"en":"Grow"}', 2);
INSERT INTO sections VALUES ('7b', '7B Crew', 7);
INSERT INTO rooms VALUES ('entrance', 'Entrance', 'entrance', NULL, NULL);
INSERT INTO rooms VALUES ('room-214', 'Room 214', 'classroom', '7b', 7);
INSERT INTO displays VALUES ('tv-1', 'entrance', 3840, 2160);
INSERT INTO habits VALUES ('inquiry', '{"en":"Inquiry"}', '{"en":"Ask"}', '#e69f00', 1);
INSERT INTO habit_indicators VALUES ('inquiry', 0, '{"en":"Asks why"}');
INSERT INTO learners VALUES ('l-1', 'Ana', 'Núñez', 7, '7b', 1);
INSERT INTO celebrations (id, kind, text, learner_id, status, show_from, created_at)
    VALUES ('c-1', 'growth', '{"en":"Revised"}', 'l-1', 'approved', '2026-09-01', 1790000000000);
)sql");
}

// A school as schema version 2 held it, with celebrations that use every version 2 column.
void writeVersion2(const std::filesystem::path& path) {
    writeAtVersion(path, 2, R"sql(
INSERT INTO school (id, name, time_zone, languages, mission)
    VALUES (1, 'Two School', 'America/New_York', '["en","es"]', '{"en":"Grow"}');
INSERT INTO sections VALUES ('7b', '7B Crew', 7);
INSERT INTO rooms (id, name, kind) VALUES ('entrance', 'Entrance', 'entrance');
INSERT INTO habits VALUES ('inquiry', '{"en":"Inquiry"}', '{"en":"Ask"}', '#e69f00', 1);
INSERT INTO learners VALUES ('l-1', 'Ana', 'Núñez', 7, '7b', 1);
INSERT INTO celebrations (id, kind, text, learner_id, habit_id, status, show_from, show_until,
                          created_at, targets)
    VALUES ('c-1', 'habit', '{"en":"Asked"}', 'l-1', 'inquiry', 'approved', '2026-09-01',
            '2026-09-30', 1790000000000, '["entrance"]');
INSERT INTO celebrations (id, kind, text, section_id, status, created_at)
    VALUES ('c-2', 'growth', '{"en":"Grew"}', '7b', 'rejected', 1790000000001);
UPDATE meta SET content_version = 7;
)sql");
}

} // namespace

TEST_CASE("Schema: a version 2 file migrates to version 3 and keeps its celebrations") {
    TempDir dir;
    const auto path = dir.file("two.db");
    writeVersion2(path);
    Store store = Store::open(path);
    CHECK(store.schemaVersion() == schema::kLatestVersion);
    const SchoolContent c = store.loadContent();
    REQUIRE(c.celebrations.size() == 2);
    const Celebration& first = c.celebrations[0];
    CHECK(first.kind == "habit");
    CHECK(first.learnerId == "l-1");
    CHECK(first.habitId == "inquiry");
    CHECK(first.status == CelebrationStatus::Approved);
    CHECK(first.showUntil == testing::day(2026, 9, 30));
    CHECK(first.targets == std::vector<std::string>{"entrance"});
    CHECK(first.submittedBy.empty());
    CHECK(c.celebrations[1].sectionId == "7b");
    CHECK(c.celebrations[1].status == CelebrationStatus::Rejected);
    REQUIRE(c.habits.size() == 1);
    CHECK(c.habits[0].icon.empty());
    CHECK(store.versions().content == 7);

    SUBCASE("foreign keys are on again and still enforced on the rebuilt table") {
        CHECK(store.connection().queryInt("PRAGMA foreign_keys") == 1);
        CHECK(store.connection().queryInt("SELECT count(*) FROM pragma_foreign_key_check") == 0);
        CHECK_THROWS_AS(store.connection().exec("UPDATE celebrations SET learner_id = 'nobody'"),
                        StoreError);
        store.connection().exec("DELETE FROM learners WHERE id = 'l-1'"); // cascades
        CHECK(store.loadContent().celebrations.size() == 1);
    }
    SUBCASE("the rebuilt table keeps its indexes and accepts the new status") {
        for (const char* index : {"celebrations_learner", "celebrations_habit", "celebrations_due"})
            CHECK_MESSAGE(store.connection().queryInt(
                              ("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                               "name = '" +
                               std::string(index) + "'")
                                  .c_str()) == 1,
                          index);
        store.setCelebrationStatus("c-1", CelebrationStatus::Expired);
        CHECK(store.loadContent().celebrations[0].status == CelebrationStatus::Expired);
        CHECK_THROWS_AS(store.connection().exec("UPDATE celebrations SET status = 'live'"),
                        StoreError);
    }
    SUBCASE("reopening does not migrate again") {
        Store again = Store::open(path);
        CHECK(again.loadContent().celebrations.size() == 2);
    }
}

TEST_CASE("Schema: a version 1 file migrates in place and keeps its data") {
    TempDir dir;
    const auto path = dir.file("old.db");
    writeVersion1(path);
    Store store = Store::open(path);
    CHECK(store.schemaVersion() == schema::kLatestVersion);
    const SchoolContent c = store.loadContent();

    CHECK(c.school.name == "Old School");
    CHECK(c.school.languages == std::vector<std::string>{"en", "es"});
    CHECK(c.scale.masteredRank == 2);
    CHECK(c.school.defaultPlaylistId.empty());
    REQUIRE(c.rooms.size() == 2);
    CHECK(c.rooms[1].sectionId == "7b");
    CHECK(c.rooms[1].grade == 7);
    REQUIRE(c.displays.size() == 1);
    CHECK(c.displays[0].width == 3840);
    REQUIRE(c.habits.size() == 1);
    CHECK(c.habits[0].indicators.size() == 1);
    REQUIRE(c.learners.size() == 1);
    CHECK(c.learners[0].familyName == "Núñez");
    REQUIRE(c.celebrations.size() == 1);
    CHECK(c.celebrations[0].showFrom == testing::day(2026, 9, 1));

    SUBCASE("new fields take their documented defaults") {
        const Room defaults;
        for (const Room& room : c.rooms) {
            CHECK(room.languages.empty());
            CHECK(room.viewingDistanceM == defaults.viewingDistanceM);
            CHECK(room.powerHours.empty());
            CHECK(room.darkMode == DarkMode::Black);
        }
        CHECK(c.displays[0].name.empty());
        CHECK(c.displays[0].orientation == Orientation::Landscape);
        CHECK(c.celebrations[0].targets.empty());
        CHECK(c.groups.empty());
        CHECK(c.playlists.empty());
        CHECK(c.rules.empty());
        CHECK(c.announcements.empty());
        CHECK(c.quotes.empty());
        CHECK(store.versions() == Store::Versions{0, 0});
        CHECK(store.openAlerts().empty());
    }
    SUBCASE("the migrated file takes the new model") {
        store.replaceContent(testing::sampleContent());
        CHECK(store.loadContent().rules.size() == testing::sampleContent().rules.size());
        CHECK(store.saveAlert(Alert{}) == "alert-1");
    }
    SUBCASE("the foreign keys of version 1 still hold after the migration") {
        CHECK(store.connection().queryInt("SELECT count(*) FROM pragma_foreign_key_check") == 0);
        CHECK_THROWS_AS(store.connection().exec("DELETE FROM sections WHERE id = '7b'"),
                        StoreError);
    }
}

TEST_CASE("Schema: migrating stops at the target version") {
    sqlite::Connection raw(":memory:");
    schema::migrate(raw, 1);
    CHECK(schema::currentVersion(raw) == 1);
    schema::migrate(raw);
    CHECK(schema::currentVersion(raw) == schema::kLatestVersion);
}

TEST_CASE("Schema: a version 3 file migrates to the latest version; indicators stay 'looks like' "
          "and evidence keeps its rows with no import key, at evidence epoch 0") {
    TempDir dir;
    const auto path = dir.file("three.db");
    writeAtVersion(path, 3, R"sql(
INSERT INTO school (id, name, time_zone, languages, mission, mastered_rank)
    VALUES (1, 'S', 'America/New_York', '["en"]', '{"en":"Grow"}', 3);
INSERT INTO sections VALUES ('7b', '7B Crew', 7);
INSERT INTO habits (id, name, meaning, color, sort_order) VALUES
    ('inquiry', '{"en":"Inquiry"}', '{"en":"Ask"}', '#e69f00', 1);
INSERT INTO habit_indicators VALUES ('inquiry', 0, '{"en":"Asks why"}');
INSERT INTO habit_indicators VALUES ('inquiry', 1, '{"en":"Tests ideas"}');
INSERT INTO domains VALUES ('math', 'M', '{"en":"Math"}', 0);
INSERT INTO competencies VALUES ('m1', 'math', 'M.1', '{"en":"Ratios"}', '{"en":"Compare"}', 0);
INSERT INTO learners VALUES ('l-1', 'Ana', 'N', 7, '7b', 0);
INSERT INTO evidence (learner_id, competency_id, level, date) VALUES ('l-1', 'm1', 2, '2026-09-10');
INSERT INTO evidence (learner_id, competency_id, level, date) VALUES ('l-1', 'm1', 3, '2026-10-10');
)sql");
    Store store = Store::open(path);
    CHECK(store.schemaVersion() == schema::kLatestVersion);
    CHECK(store.evidenceMark().epoch == 0);
    CHECK(store.evidenceMark().lastId == 2);
    const SchoolContent c = store.loadContent();
    REQUIRE(c.habits.size() == 1);
    CHECK(c.habits[0].indicators.size() == 2);
    CHECK(c.habits[0].soundsLike.empty());
    CHECK(c.evidence.size() == 2);
    CHECK(c.scale.method == MasteryMethod::MostRecent);
    CHECK_FALSE(c.school.termStart.has_value());
    CHECK(c.competencies[0].ratings.empty());
    // Two rows without an import key never collide on the (source, source_key) index.
    CHECK(store.connection().queryInt("SELECT count(*) FROM evidence WHERE source_key IS NULL") ==
          2);
}

TEST_CASE("Store: version 4 content round-trips: sounds-like, frameworks, targets, refs, "
          "enrollments, scoring, method and term start") {
    Store store = Store::open(":memory:");
    SchoolContent c;
    c.school.name = "S";
    c.school.languages = {"en"};
    c.school.termStart = testing::day(2026, 8, 31);
    c.scale.levels = {{1, {{"en", "Beginning"}}, "#cccccc"}, {2, {{"en", "Mastered"}}, "#0072b2"}};
    c.scale.masteredRank = 2;
    c.scale.method = MasteryMethod::DecayingAverage;
    c.scale.decayWeight = 0.75;
    c.scale.timesNeeded = 3;
    Habit h{"inquiry", {{"en", "Inquiry"}}, {{"en", "Ask"}}, {{{"en", "Asks why"}}}, "#e69f00"};
    h.soundsLike = {{{"en", "What if we tried…?"}}, {{"en", "How do you know?"}}};
    c.habits = {h};
    c.frameworks = {{"doc-1", "case", {{"en", "Math"}}, "https://example.org/doc-1", "1.0"}};
    c.domains = {{"d1", "M", {{"en", "Math"}}, 0, "doc-1"}};
    Competency comp{"m1", "d1", "M.1", {{"en", "Ratios"}}, {{"en", "Compare"}}, 0, "doc-1"};
    comp.ratings = {{4, "Exceeds"}, {3, "Meets"}, {0, "Not yet"}};
    comp.masteryPoints = 3;
    comp.calculationMethod = "decaying_average";
    comp.calculationInt = 65;
    c.competencies = {comp};
    c.learningTargets = {{"t1", "m1", "M.1.a", {{"en", "Unit rates"}}, 0}};
    c.frameworkRefs = {{"m1", "exactMatchOf", "https://elsewhere.org/x", "X"}};
    c.sections = {{"7b", "7B Crew", 7}, {"art", "Art 7", 7}};
    c.learners = {{"l-1", "Ana", "N", 7, "7b", false}};
    c.enrollments = {{"l-1", "art"}};
    store.replaceContent(c);
    const SchoolContent back = store.loadContent();
    CHECK(back.school.termStart == c.school.termStart);
    CHECK(back.scale.method == MasteryMethod::DecayingAverage);
    CHECK(back.scale.decayWeight == doctest::Approx(0.75));
    CHECK(back.scale.timesNeeded == 3);
    REQUIRE(back.habits.size() == 1);
    CHECK(back.habits[0].indicators.size() == 1);
    CHECK(back.habits[0].soundsLike == h.soundsLike);
    REQUIRE(back.frameworks.size() == 1);
    CHECK(back.frameworks[0].uri == "https://example.org/doc-1");
    CHECK(back.domains[0].frameworkId == "doc-1");
    CHECK(back.competencies[0].ratings == comp.ratings);
    CHECK(back.competencies[0].masteryPoints == 3);
    CHECK(back.competencies[0].calculationMethod == "decaying_average");
    CHECK(back.competencies[0].calculationInt == 65);
    REQUIRE(back.learningTargets.size() == 1);
    CHECK(back.learningTargets[0].competencyId == "m1");
    CHECK(back.frameworkRefs == c.frameworkRefs);
    CHECK(back.enrollments == c.enrollments);
}

TEST_CASE("Schema: a version 4 file migrates in place to version 5; evidence keeps its rows and "
          "import keys, indexed by competency alone") {
    TempDir dir;
    const auto path = dir.file("four.db");
    writeAtVersion(path, 4, R"sql(
INSERT INTO school (id, name, time_zone, languages, mission, mastered_rank)
    VALUES (1, 'S', 'America/New_York', '["en"]', '{"en":"Grow"}', 3);
INSERT INTO sections VALUES ('7b', '7B Crew', 7);
INSERT INTO domains (id, code, title, sort_order) VALUES ('math', 'M', '{"en":"Math"}', 0);
INSERT INTO competencies (id, domain_id, code, title, meaning, sort_order)
    VALUES ('m1', 'math', 'M.1', '{"en":"Ratios"}', '{"en":"Compare"}', 0);
INSERT INTO learners VALUES ('l-1', 'Ana', 'N', 7, '7b', 0);
INSERT INTO evidence (learner_id, competency_id, level, date, source, source_key)
    VALUES ('l-1', 'm1', 2, '2026-09-10', 'mastery-csv', 'l-1|m1|2026-09-10|quiz');
INSERT INTO evidence (learner_id, competency_id, level, date) VALUES ('l-1', 'm1', 3, '2026-10-10');
)sql");
    Store store = Store::open(path);
    auto& db = store.connection();
    CHECK(store.schemaVersion() == schema::kLatestVersion);
    CHECK(db.queryInt("SELECT count(*) FROM evidence") == 2);
    CHECK(db.queryInt("SELECT count(*) FROM evidence WHERE source_key = "
                      "'l-1|m1|2026-09-10|quiz'") == 1);
    sqlite::Statement columns(db, "SELECT name FROM pragma_index_info('evidence_competency')");
    REQUIRE(columns.step());
    CHECK(columns.text(0) == "competency_id");
    CHECK_FALSE(columns.step());
    SUBCASE("removing the competency still takes its evidence along") {
        db.exec("DELETE FROM competencies WHERE id = 'm1'");
        CHECK(db.queryInt("SELECT count(*) FROM evidence") == 0);
    }
}
