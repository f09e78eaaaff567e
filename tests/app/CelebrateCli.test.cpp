// `lantern celebrate` as a moderator meets it: add prints a new pending id, list filters by
// status, approve/reject decide pending ones only, expire counts, and bad input exits 2 with the
// database unchanged.
#include "store/Store.hpp"

#include "CliSupport.hpp"

#include <doctest/doctest.h>

#include <string>

using lantern::testing::makeDemo;
using lantern::testing::runLantern;
using lantern::testing::TempDir;

namespace {

struct Snapshot {
    lantern::Store::Versions versions;
    std::size_t celebrations = 0;
    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

Snapshot snapshot(const std::string& db) {
    auto store = lantern::Store::open(db);
    return {store.versions(), store.loadContent().celebrations.size()};
}

const lantern::Celebration* find(const std::string& db, const std::string& id) {
    static lantern::SchoolContent content;
    content = lantern::Store::open(db).loadContent();
    for (const auto& c : content.celebrations)
        if (c.id == id) return &c;
    return nullptr;
}

std::string lineOf(const std::string& out, const std::string& id) {
    const auto start = out.find(id + "\t");
    if (start == std::string::npos) return {};
    return out.substr(start, out.find('\n', start) - start);
}

} // namespace

TEST_CASE("CelebrateCli: add, list, approve, reject and expire") {
    TempDir dir;
    const auto db = makeDemo(dir);
    const auto before = snapshot(db);

    auto add = runLantern(dir, "celebrate add --db " + db +
                                   " --kind habit --habit inquiry --section 7b"
                                   " --text 'en=Asked great questions' --text 'es=Hicieron "
                                   "buenas preguntas' --from 2026-11-01 --to 2026-11-30"
                                   " --rooms hallway-2 --by 'Ms. Alvarez'");
    REQUIRE(add.status == 0);
    const std::string id = add.out.substr(0, add.out.size() - 1);
    CHECK(id == "c-" + std::to_string(before.celebrations + 1)); // demo ids run c-01 .. c-30
    const auto* c = find(db, id);
    REQUIRE(c);
    CHECK(c->status == lantern::CelebrationStatus::Pending);
    CHECK(c->submittedBy == "Ms. Alvarez");
    CHECK(c->targets == std::vector<std::string>{"hallway-2"});
    CHECK(c->text.at("es") == "Hicieron buenas preguntas");
    CHECK(snapshot(db).versions.content == before.versions.content + 1);

    auto pending = runLantern(dir, "celebrate list --status pending --db " + db);
    REQUIRE(pending.status == 0);
    CHECK(lineOf(pending.out, id) ==
          id + "\tpending\thabit\tsection 7b\t2026-11-01..2026-11-30\tAsked great questions");
    CHECK(pending.out.find("\tapproved\t") == std::string::npos);

    auto approve = runLantern(dir, "celebrate approve " + id + " --db " + db);
    CHECK(approve.status == 0);
    CHECK(approve.out == id + "\tapproved\n");
    CHECK(find(db, id)->status == lantern::CelebrationStatus::Approved);

    SUBCASE("a decided celebration cannot be decided again") {
        auto again = runLantern(dir, "celebrate reject " + id + " --db " + db);
        CHECK(again.status == 2);
        CHECK(again.err.find("it is approved; only a pending one can be") != std::string::npos);
        CHECK(find(db, id)->status == lantern::CelebrationStatus::Approved);
    }
    SUBCASE("reject a pending one") {
        auto second = runLantern(dir, "celebrate add --db " + db +
                                          " --kind milestone --school --text 'en=100 days!'");
        REQUIRE(second.status == 0);
        const std::string other = second.out.substr(0, second.out.size() - 1);
        CHECK(runLantern(dir, "celebrate reject " + other + " --db " + db).status == 0);
        CHECK(find(db, other)->status == lantern::CelebrationStatus::Rejected);
        auto rejected = runLantern(dir, "celebrate list --status rejected --db " + db);
        CHECK(lineOf(rejected.out, other) ==
              other + "\trejected\tmilestone\tschool\talways\t100 days!");
    }
    SUBCASE("expire counts the approved ones whose window ended") {
        auto expire = runLantern(dir, "celebrate expire --today 2026-12-01 --db " + db);
        REQUIRE(expire.status == 0);
        CHECK(expire.out.starts_with("expired "));
        CHECK(expire.out != "expired 0 celebrations\n");
        CHECK(find(db, id)->status == lantern::CelebrationStatus::Expired);
        auto again = runLantern(dir, "celebrate expire --today 2026-12-01 --db " + db);
        CHECK(again.out == "expired 0 celebrations\n");
        auto approveExpired = runLantern(dir, "celebrate approve " + id + " --db " + db);
        CHECK(approveExpired.status == 2);
        CHECK(approveExpired.err.find("it is expired") != std::string::npos);
    }
}

TEST_CASE("CelebrateCli: bad input exits 2, lists every problem and changes nothing") {
    TempDir dir;
    const auto db = makeDemo(dir);
    const auto before = snapshot(db);

    SUBCASE("every broken rule at once") {
        auto r = runLantern(dir, "celebrate add --db " + db +
                                     " --kind top-score --grade 11 --text 'fr=Bravo'"
                                     " --text 'es=' --from 2026-11-10 --to 2026-11-01"
                                     " --rooms nowhere");
        CHECK(r.status == 2);
        for (const char* line :
             {"kind: \"top-score\" is not a celebration kind", "grade: 11 is not one of",
              "text.fr: the languages of the school and its rooms are en, es, ar, bn, zh-Hans",
              "text.es: empty translation", "text.en: required",
              "showUntil: 2026-11-01 is before showFrom 2026-11-10",
              "targets: no room or group \"nowhere\""})
            CHECK_MESSAGE(r.err.find(line) != std::string::npos, line);
        CHECK(r.err.find("celebration not added (7 problems):") != std::string::npos);
    }
    SUBCASE("2,000 characters") {
        auto r = runLantern(dir, "celebrate add --db " + db +
                                     " --kind growth --school --text en=" + std::string(2000, 'a'));
        CHECK(r.status == 2);
        CHECK(r.err.find("text.en: 2000 characters; at most 500") != std::string::npos);
    }
    SUBCASE("subject, habit, dates and text syntax") {
        auto none = runLantern(dir, "celebrate add --db " + db + " --kind habit --text en=Hi");
        CHECK(none.status == 2);
        CHECK(none.err.find("subject: give exactly one of") != std::string::npos);
        CHECK(none.err.find("habit: required for kind habit") != std::string::npos);
        auto two = runLantern(dir, "celebrate add --db " + db +
                                       " --kind growth --school --section 7b --text en=Hi");
        CHECK(two.err.find("subject: give exactly one of") != std::string::npos);
        auto who = runLantern(dir, "celebrate add --db " + db +
                                       " --kind growth --learner nobody --text en=Hi");
        CHECK(who.err.find("learner: no learner \"nobody\"") != std::string::npos);
        auto date = runLantern(dir, "celebrate add --db " + db +
                                        " --kind growth --school --text en=Hi --from tomorrow");
        CHECK(date.err.find("--from: 'tomorrow' is not a date") != std::string::npos);
        auto syntax = runLantern(dir, "celebrate add --db " + db +
                                          " --kind growth --school"
                                          " --text Hello");
        CHECK(syntax.status == 2);
        CHECK(syntax.err.find("--text: expected LANG=TEXT") != std::string::npos);
    }
    SUBCASE("unknown ids and statuses") {
        CHECK(runLantern(dir, "celebrate approve c-999 --db " + db).status == 2);
        auto reject = runLantern(dir, "celebrate reject c-999 --db " + db);
        CHECK(reject.status == 2);
        CHECK(reject.err.find("no celebration 'c-999'") != std::string::npos);
        CHECK(runLantern(dir, "celebrate list --status live --db " + db).status == 2);
        CHECK(runLantern(dir, "celebrate expire --today soon --db " + db).status == 2);
    }
    CHECK(snapshot(db) == before);
}

TEST_CASE("CelebrateCli: --anonymous-as section is stored; bad values and subjects exit 2") {
    TempDir dir;
    const auto db = makeDemo(dir);
    const auto learner = lantern::Store::open(db).loadContent().learners.at(0).id;
    auto add = runLantern(dir, "celebrate add --db " + db + " --kind revision --learner " +
                                   learner + " --anonymous-as section --text 'en=Revised it'");
    REQUIRE(add.status == 0);
    const auto* c = find(db, add.out.substr(0, add.out.size() - 1));
    REQUIRE(c);
    CHECK(c->anonymousAs == "section");
    const auto before = snapshot(db);
    auto bad = runLantern(dir, "celebrate add --db " + db + " --kind revision --learner " +
                                   learner + " --anonymous-as name --text 'en=Revised it'");
    CHECK(bad.status == 2);
    CHECK(bad.err.find("--anonymous-as: 'name' is not grade or section") != std::string::npos);
    auto school =
        runLantern(dir, "celebrate add --db " + db +
                            " --kind growth --school --anonymous-as section --text en=Hi");
    CHECK(school.status == 2);
    CHECK(school.err.find("--anonymous-as: section phrasing is for a learner subject") !=
          std::string::npos);
    CHECK(snapshot(db) == before);
}
