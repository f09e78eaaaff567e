#include "core/content/ContentFile.hpp"

#include "core/demo/DemoSchool.hpp"
#include "core/model/LocalTime.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

using namespace lantern;
using nlohmann::json;

namespace {

SchoolContent demo() {
    DemoOptions options;
    options.learners = 60;
    return makeDemoSchool(options);
}

// The demo's file with `edit` applied, then imported over the demo; returns the error message.
template <typename Edit> std::string importError(Edit edit) {
    const auto school = demo();
    auto file = exportContent(school);
    edit(file);
    try {
        (void)applyContentFile(file, school);
    } catch (const ContentFileError& e) {
        return e.what();
    }
    return "(no error)";
}

json minimalFile() {
    return json::parse(R"({
        "format": "lantern-content", "version": 1,
        "school": {"name": "Harbor Middle", "timeZone": "America/Chicago",
                   "languages": ["en", "es"], "defaultPlaylist": "everyday"},
        "rooms": [{"id": "library", "name": "Library", "kind": "library"}],
        "playlists": [{"id": "everyday", "name": "Every day",
                       "items": [{"source": "mission", "duration": 12.5},
                                 {"source": "fixed", "param": "habit/inquiry"},
                                 {"source": "all-habits", "duration": "auto"}]}],
        "rules": [{"id": "mornings", "playlist": "everyday", "target": "room",
                   "targetId": "library", "days": "Mon-Fri", "window": "07:30-08:30",
                   "from": "2026-09-01", "until": "2027-06-30", "priority": 5,
                   "created": "2026-08-20T09:00:00"}]
    })");
}

} // namespace

TEST_CASE("ContentFile: the demo school exports and imports back to the same content") {
    const auto school = demo();
    const auto file = exportContent(school);
    CHECK(file["format"] == "lantern-content");
    CHECK(file["version"] == 1);
    CHECK(file["rules"].size() == school.rules.size());

    SUBCASE("over itself: nothing changes") {
        const auto back = applyContentFile(file, school);
        CHECK(exportContent(back) == file);
        CHECK(diffContent(school, back).empty());
    }
    SUBCASE("through the text form, over a database with only learners and sections") {
        SchoolContent bare;
        bare.sections = school.sections;
        bare.learners = school.learners;
        const auto text = formatContentFile(file);
        CHECK(text.rfind("{\n  \"format\": \"lantern-content\",\n  \"version\": 1,", 0) == 0);
        const auto back = applyContentFile(parseContentText(text, "school.json"), bare);
        CHECK(exportContent(back) == file);
        CHECK(back.learners.size() == school.learners.size());
    }
}

TEST_CASE("ContentFile: a file replaces the parts it has and keeps the others") {
    const auto school = demo();
    auto file = minimalFile();
    file["groups"] = json::array(); // the demo's groups and displays name the demo's rooms
    file["displays"] = json::array();
    file["celebrations"] = json::array(); // and its celebrations speak its rooms' languages
    const auto back = applyContentFile(file, school);
    CHECK(back.school.name == "Harbor Middle");
    CHECK(back.school.timeZone == "America/Chicago");
    REQUIRE(back.rooms.size() == 1);
    CHECK(back.rooms[0].viewingDistanceM == 3.0); // defaults for absent keys
    CHECK(back.rooms[0].darkMode == DarkMode::Black);
    REQUIRE(back.playlists.size() == 1);
    const auto& items = back.playlists[0].items;
    REQUIRE(items.size() == 3);
    CHECK(items[0].duration == std::chrono::milliseconds(12500));
    CHECK(items[1].param == "habit/inquiry");
    CHECK_FALSE(items[2].duration.has_value());
    REQUIRE(back.rules.size() == 1);
    const auto& rule = back.rules[0];
    CHECK(rule.days.bits == 0x1f);
    CHECK(rule.window == TimeWindow{7 * 60 + 30, 8 * 60 + 30});
    CHECK(rule.from == parseDate("2026-09-01"));
    CHECK(rule.createdAt == parseLocalTime("2026-08-20T09:00:00", "America/Chicago"));
    // Parts not in the file are kept.
    CHECK(back.habits.size() == school.habits.size());
    CHECK(back.quotes.size() == school.quotes.size());
    CHECK(back.learners.size() == school.learners.size());
}

TEST_CASE("ContentFile: an error names the item and the field") {
    SUBCASE("a rule's playlist that is not in the file") {
        auto message = importError([](json& f) { f["rules"][0]["playlist"] = "morning"; });
        CHECK(message.find(R"(rules[0] (id ")") == 0);
        CHECK(message.find(R"(").playlist: no playlist "morning" in this file)") !=
              std::string::npos);
    }
    SUBCASE("a rule's target room") {
        auto f = minimalFile();
        f["rules"][0]["targetId"] = "gym";
        CHECK_THROWS_WITH(applyContentFile(f, {}),
                          R"(rules[0] (id "mornings").targetId: no room "gym" in this file)");
    }
    SUBCASE("an unknown enum name lists the known ones") {
        auto message = importError([](json& f) { f["displays"][0]["orientation"] = "sideways"; });
        CHECK(message.find(".orientation: unknown name \"sideways\" (one of landscape,") !=
              std::string::npos);
    }
    SUBCASE("a duplicate id points at the first") {
        auto message = importError([](json& f) { f["rooms"].push_back(f["rooms"][0]); });
        CHECK(message.find(".id: duplicate id (also rooms[0])") != std::string::npos);
    }
    SUBCASE("a misspelt key") {
        auto message = importError([](json& f) { f["rooms"][1]["viewingDistance"] = 4; });
        CHECK(message.find("rooms[1] (id ") == 0);
        CHECK(message.find(".viewingDistance: unknown key") != std::string::npos);
    }
    SUBCASE("a wrong type") {
        auto message = importError([](json& f) { f["rules"][0]["priority"] = "high"; });
        CHECK(message.find(".priority: expected an integer, found a string") != std::string::npos);
    }
    SUBCASE("a window that does not parse") {
        auto f = minimalFile();
        f["rules"][0]["window"] = "7:30 to 8:30";
        CHECK_THROWS_WITH(applyContentFile(f, {}),
                          doctest::Contains(R"("mornings").window: "7:30 to 8:30" is not)"));
    }
    SUBCASE("until before from") {
        auto f = minimalFile();
        f["rules"][0]["until"] = "2026-08-01";
        CHECK_THROWS_WITH(applyContentFile(f, {}),
                          doctest::Contains(".until: 2026-08-01 is before 2026-09-01"));
    }
    SUBCASE("school settings") {
        auto zone = importError([](json& f) { f["school"]["timeZone"] = "America/Springfield"; });
        CHECK(zone.find("school.timeZone: unknown time zone") == 0);
        auto langs = importError([](json& f) { f["school"]["languages"] = json::array(); });
        CHECK(langs == "school.languages: must name at least one language");
        auto klingon = importError([](json& f) { f["school"]["languages"] = {"en", "tlh"}; });
        CHECK(klingon.find(
                  R"(school.languages[1]: "tlh" is not a language Lantern sets (en, es,)") == 0);
        auto roomLang = importError([](json& f) { f["rooms"][1]["languages"] = {"xx"}; });
        CHECK(roomLang.find(R"(.languages[0]: "xx" is not a language Lantern sets)") !=
              std::string::npos);
        auto textLang = importError([](json& f) {
            f["school"]["mission"] = {{"en", "Hi"}, {"qq", "?"}};
        });
        CHECK(textLang.find("school.mission.qq: unknown language code (Lantern sets en, es,") == 0);
        auto playlist = importError([](json& f) { f["school"]["defaultPlaylist"] = "nope"; });
        CHECK(playlist == R"(school.defaultPlaylist: no playlist "nope" in this file)");
    }
    SUBCASE("references into the database: learners and sections") {
        auto learner = importError([](json& f) { f["celebrations"][0]["learner"] = "l-9999"; });
        CHECK(learner.find(R"(no learner "l-9999" in the database)") != std::string::npos);
        auto section = importError([](json& f) { f["rooms"][1]["section"] = "9z"; });
        CHECK(section.find(R"(.section: no section "9z" in the database)") != std::string::npos);
    }
    SUBCASE("a kept part that refers to a replaced one") {
        const auto school = demo();
        auto f = minimalFile();
        f.erase("rules");
        f["school"].erase("defaultPlaylist");
        f.erase("playlists");
        CHECK_THROWS_WITH(applyContentFile(f, school),
                          doctest::Contains("groups[0] (id \"common-areas\").rooms: no room "
                                            "\"cafeteria\" in this file (these groups were "
                                            "kept from the database"));
    }
    SUBCASE("the header") {
        auto format = importError([](json& f) { f["format"] = "lantern-scene"; });
        CHECK(format == R"(format: expected "lantern-content", found "lantern-scene")");
        auto version = importError([](json& f) { f["version"] = 2; });
        CHECK(version.find("version: version 2 is not one this Lantern reads") == 0);
        auto unknown = importError([](json& f) { f["learners"] = json::array(); });
        CHECK(unknown == "learners: unknown key");
    }
}

TEST_CASE("ContentFile: a syntax error names the file, line and column") {
    const std::string text = "{\n  \"format\": \"lantern-content\",\n  \"version\": 1,,\n}\n";
    try {
        (void)parseContentText(text, "school.json");
        FAIL("expected a syntax error");
    } catch (const ContentFileError& e) {
        CHECK(std::string(e.what()).rfind("school.json:3:16: not valid JSON: ", 0) == 0);
    }
}

TEST_CASE("ContentFile: created times are local text, exact across a repeated DST hour") {
    auto f = minimalFile();
    f["school"]["timeZone"] = "America/New_York";
    const auto first = *parseLocalTime("2026-11-01T01:30:00", "America/New_York");
    const auto second = first + std::chrono::hours(1); // the same wall-clock time, after fall-back
    f["rules"][0]["created"] = "2026-11-01T01:30:00-05:00";
    const auto content = applyContentFile(f, {});
    CHECK(content.rules[0].createdAt == second);
    CHECK(exportContent(content)["rules"][0]["created"] == "2026-11-01T01:30:00-05:00");
    auto plain = content;
    plain.rules[0].createdAt = second + std::chrono::hours(24);
    CHECK(exportContent(plain)["rules"][0]["created"] == "2026-11-02T01:30:00");
}

TEST_CASE("ContentFile: the diff counts added, changed and removed ids per kind") {
    const auto school = demo();
    auto after = school;
    after.rooms.push_back({"library-2", "Library", "library", {}, {}, {}, 3.0, {}, {}});
    after.rooms[0].name = "Dining hall";
    after.rules.erase(after.rules.begin());
    const auto diff = diffContent(school, after);
    CHECK_FALSE(diff.schoolChanged);
    CHECK(diff.rooms.added == std::vector<std::string>{"library-2"});
    CHECK(diff.rooms.changed == std::vector<std::string>{school.rooms[0].id});
    CHECK(diff.rules.removed == std::vector<std::string>{school.rules[0].id});
    const auto text = formatContentDiff(diff);
    CHECK(text.find("school: unchanged\n") == 0);
    CHECK(text.find("\nrooms: 1 added (library-2), 1 changed (cafeteria), 0 removed\n") !=
          std::string::npos);
    CHECK(text.find("\nhabits: 0 added, 0 changed, 0 removed\n") != std::string::npos);
}

TEST_CASE("ContentFile: the example in docs/content-format.md imports into an empty database") {
    std::ifstream in(std::string(LANTERN_SOURCE_DIR) + "/docs/content-format.md");
    REQUIRE(in);
    std::stringstream doc;
    doc << in.rdbuf();
    const auto text = doc.str();
    const auto start = text.rfind("```json\n");
    REQUIRE(start != std::string::npos);
    const auto end = text.find("```", start + 8);
    const auto example = parseContentText(text.substr(start + 8, end - start - 8), "example");
    const auto content = applyContentFile(example, {});
    CHECK(content.school.name == "Harbor Middle School");
    CHECK(content.displays.size() == 2);
    CHECK(content.displays[1].orientation == Orientation::Portrait);
    CHECK(content.rules.at(0).target == TargetKind::Group);
    CHECK(exportContent(applyContentFile(exportContent(content), {})) == exportContent(content));
}

TEST_CASE("ContentFile: habit icons, celebration submitters and expired status round-trip") {
    auto school = demo();
    school.habits.at(0).icon = "groups";
    school.celebrations.at(0).submittedBy = "Ms. Alvarez";
    school.celebrations.at(0).status = CelebrationStatus::Expired;
    const auto file = exportContent(school);
    CHECK(file["habits"][0]["icon"] == "groups");
    CHECK(file["celebrations"][0]["submittedBy"] == "Ms. Alvarez");
    CHECK(file["celebrations"][0]["status"] == "expired");
    const auto back = applyContentFile(file, school);
    CHECK(back.habits.at(0).icon == "groups");
    CHECK(back.celebrations.at(0).submittedBy == "Ms. Alvarez");
    CHECK(back.celebrations.at(0).status == CelebrationStatus::Expired);
}

TEST_CASE("ContentFile: celebrations follow the celebration rules") {
    auto text = importError([](json& f) { f["celebrations"][0]["text"]["fr"] = "Bravo"; });
    CHECK(text.find(R"(celebrations[0] (id "c-01").text.fr: the languages of the school and its )"
                    R"(rooms are en, es, ar, bn, zh-Hans)") == 0);
    auto kind = importError([](json& f) { f["celebrations"][0]["kind"] = "top-score"; });
    CHECK(kind.find(R"(.kind: "top-score" is not a celebration kind)") != std::string::npos);
    auto longText =
        importError([](json& f) { f["celebrations"][0]["text"]["en"] = std::string(2000, 'x'); });
    CHECK(longText.find(".text.en: 2000 characters; at most 500") != std::string::npos);
    auto status = importError([](json& f) { f["celebrations"][0]["status"] = "live"; });
    CHECK(status.find("(one of pending, approved, rejected, expired)") != std::string::npos);
}

TEST_CASE("ContentFile: a celebration's anonymousAs round-trips and is validated") {
    auto school = demo();
    school.celebrations.at(0).anonymousAs = "section";
    const auto file = exportContent(school);
    CHECK(file["celebrations"][0]["anonymousAs"] == "section");
    CHECK_FALSE(file["celebrations"][1].contains("anonymousAs")); // "grade" is the default
    const auto back = applyContentFile(file, school);
    CHECK(back.celebrations.at(0).anonymousAs == "section");
    CHECK(back.celebrations.at(1).anonymousAs == "grade");
    auto bad = importError([](json& f) { f["celebrations"][0]["anonymousAs"] = "name"; });
    CHECK(bad.find(R"(.anonymousAs: must be "grade" or "section")") != std::string::npos);
}

TEST_CASE("ContentFile: a habit's soundsLike round-trips, is optional and is compared") {
    const auto school = demo();
    REQUIRE_FALSE(school.habits.at(0).soundsLike.empty());
    const auto file = exportContent(school);
    CHECK(file["habits"][0]["soundsLike"][0]["es"] == school.habits[0].soundsLike[0].at("es"));
    const auto same = applyContentFile(file, school);
    for (std::size_t i = 0; i < school.habits.size(); ++i)
        CHECK(same.habits[i].soundsLike == school.habits[i].soundsLike);
    CHECK(diffContent(school, same).empty());

    auto without = file;
    without["habits"][0].erase("soundsLike");
    const auto back = applyContentFile(without, school);
    CHECK(back.habits[0].soundsLike.empty());
    CHECK(diffContent(school, back).habits.changed == std::vector<std::string>{"collaboration"});
    CHECK(exportContent(back)["habits"][0]["soundsLike"] == json::array()); // written always

    auto blank = importError([](json& f) { f["habits"][2]["soundsLike"][1] = {{"en", "  "}}; });
    CHECK(blank.find(R"(habits[2] (id "inquiry").soundsLike[1]: needs text)") != std::string::npos);
    auto wrong = importError([](json& f) { f["habits"][0]["soundsLike"] = "Hi"; });
    CHECK(wrong.find("soundsLike") != std::string::npos);
}
