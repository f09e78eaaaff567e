#include "core/content/Celebrations.hpp"

#include "core/demo/DemoSchool.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

using namespace lantern;
using namespace std::chrono_literals;

namespace {

constexpr Days day(int y, unsigned m, unsigned d) {
    return Days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

SchoolContent school() {
    SchoolContent content;
    content.school.languages = {"en", "es"};
    content.sections = {{"7b", "7B Crew", 7}, {"8a", "8A Crew", 8}};
    content.learners = {{"l-1", "Maya", "Reyes", 7, "7b", true}};
    content.habits = {{"inquiry", {{"en", "Inquiry"}}, {}, {}, "#1f77b4", 0}};
    Room hallway;
    hallway.id = "hallway-1";
    content.rooms = {hallway};
    content.groups = {{"common-areas", "Common areas", {"hallway-1"}}};
    return content;
}

Celebration good() {
    Celebration c;
    c.id = "c-1";
    c.kind = "growth";
    c.text = {{"en", "Revised the bridge design three times"}, {"es", "Revisó el puente"}};
    c.sectionId = "7b";
    return c;
}

std::vector<std::string> problemsAfter(auto edit) {
    auto c = good();
    edit(c);
    return celebrationProblems(c, school());
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

} // namespace

TEST_CASE("Celebrations: a well-formed celebration has no problems") {
    CHECK(celebrationProblems(good(), school()).empty());
    auto whole = good();
    whole.sectionId.reset(); // the whole school
    CHECK(celebrationProblems(whole, school()).empty());
}

TEST_CASE("Celebrations: kind") {
    const auto unknown = problemsAfter([](Celebration& c) { c.kind = "top-score"; });
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].starts_with(R"(kind: "top-score" is not a celebration kind)"));
    CHECK(unknown[0].find("milestone") != std::string::npos);
    CHECK(problemsAfter([](Celebration& c) { c.kind = "milestone"; }).empty());
    CHECK(has(problemsAfter([](Celebration& c) { c.kind = "habit"; }),
              "habit: required for kind habit"));
    CHECK(has(problemsAfter([](Celebration& c) { c.habitId = "grit"; }),
              R"(habit: no habit "grit")"));
    CHECK(problemsAfter([](Celebration& c) {
              c.kind = "habit";
              c.habitId = "inquiry";
          }).empty());
}

TEST_CASE("Celebrations: subject") {
    CHECK(has(problemsAfter([](Celebration& c) { c.learnerId = "l-1"; }),
              "subject: names learner, section; give exactly one of learner, section, grade or "
              "school"));
    CHECK(has(problemsAfter([](Celebration& c) {
                  c.sectionId.reset();
                  c.learnerId = "l-404";
              }),
              R"(learner: no learner "l-404")"));
    CHECK(has(problemsAfter([](Celebration& c) { c.sectionId = "9z"; }),
              R"(section: no section "9z")"));
    CHECK(has(problemsAfter([](Celebration& c) {
                  c.sectionId.reset();
                  c.grade = 11;
              }),
              "grade: 11 is not one of the school's grades (7, 8)"));
    CHECK(problemsAfter([](Celebration& c) {
              c.sectionId.reset();
              c.grade = 8;
          }).empty());
}

TEST_CASE("Celebrations: text") {
    CHECK(has(problemsAfter([](Celebration& c) { c.text["fr"] = "Bravo"; }),
              "text.fr: the school's languages are en, es"));
    CHECK(has(problemsAfter([](Celebration& c) { c.text["es"] = ""; }),
              "text.es: empty translation; leave the language out instead"));
    CHECK(has(problemsAfter([](Celebration& c) { c.text.erase("en"); }),
              "text.en: required (the school's first language)"));
    CHECK(has(problemsAfter([](Celebration& c) { c.text["en"] = std::string(2000, 'a'); }),
              "text.en: 2000 characters; at most 500"));
    SUBCASE("length counts characters, not bytes") {
        std::string accents;
        for (int i = 0; i < 500; ++i)
            accents += "é"; // two bytes each
        CHECK(problemsAfter([&](Celebration& c) { c.text["es"] = accents; }).empty());
    }
}

TEST_CASE("Celebrations: window and targets") {
    CHECK(has(problemsAfter([](Celebration& c) {
                  c.showFrom = day(2026, 5, 10);
                  c.showUntil = day(2026, 5, 1);
              }),
              "showUntil: 2026-05-01 is before showFrom 2026-05-10"));
    CHECK(has(problemsAfter([](Celebration& c) {
                  c.targets = {"hallway-1", "gym"};
              }),
              R"(targets: no room or group "gym")"));
    CHECK(problemsAfter([](Celebration& c) { c.targets = {"common-areas"}; }).empty());
}

TEST_CASE("Celebrations: every problem is listed at once") {
    const auto lines = problemsAfter([](Celebration& c) {
        c.kind = "";
        c.text = {{"fr", "x"}};
        c.targets = {"gym"};
    });
    CHECK(lines.size() == 4);
    CHECK(lines[0].starts_with("kind: required"));
}

TEST_CASE("Celebrations: status names") {
    for (auto s : {CelebrationStatus::Pending, CelebrationStatus::Approved,
                   CelebrationStatus::Rejected, CelebrationStatus::Expired})
        CHECK(celebrationStatusFromName(celebrationStatusName(s)) == s);
    CHECK(std::string(celebrationStatusName(CelebrationStatus::Expired)) == "expired");
    CHECK_FALSE(celebrationStatusFromName("live"));
}

TEST_CASE("Celebrations: moderation only decides pending celebrations") {
    auto c = good();
    SUBCASE("pending can be approved or rejected") {
        CHECK(moderation::approve(c).next == CelebrationStatus::Approved);
        CHECK(moderation::reject(c).next == CelebrationStatus::Rejected);
    }
    SUBCASE("an expired or rejected one cannot be approved") {
        c.status = CelebrationStatus::Expired;
        const auto outcome = moderation::approve(c);
        CHECK_FALSE(outcome);
        CHECK(outcome.problem ==
              R"(cannot approve celebration "c-1": it is expired; only a pending one can be)");
        c.status = CelebrationStatus::Rejected;
        CHECK_FALSE(moderation::approve(c));
    }
    SUBCASE("an approved one cannot be rejected or approved again") {
        c.status = CelebrationStatus::Approved;
        CHECK(moderation::reject(c).problem.find("it is approved") != std::string::npos);
        CHECK_FALSE(moderation::approve(c));
    }
}

TEST_CASE("Celebrations: expireDue picks approved celebrations whose window has ended") {
    auto content = school();
    auto make = [](std::string id, CelebrationStatus status, std::optional<Days> until) {
        auto c = good();
        c.id = std::move(id);
        c.status = status;
        c.showUntil = until;
        return c;
    };
    content.celebrations = {
        make("c-4", CelebrationStatus::Approved, day(2026, 3, 1)),
        make("c-2", CelebrationStatus::Approved, day(2026, 2, 27)),
        make("c-3", CelebrationStatus::Approved, day(2026, 3, 2)), // ends today: still shown
        make("c-5", CelebrationStatus::Approved, std::nullopt),    // open-ended
        make("c-6", CelebrationStatus::Pending, day(2026, 1, 1)),  // never approved
        make("c-7", CelebrationStatus::Rejected, day(2026, 1, 1)),
    };
    CHECK(moderation::expireDue(content, day(2026, 3, 2)) ==
          std::vector<std::string>{"c-2", "c-4"});
    CHECK(moderation::expireDue(content, day(2026, 1, 1)).empty());
}

TEST_CASE("Celebrations: the demo school's celebrations keep the rules") {
    DemoOptions options;
    options.learners = 60;
    const auto content = makeDemoSchool(options);
    bool milestone = false, expired = false;
    for (const auto& c : content.celebrations) {
        CHECK_MESSAGE(celebrationProblems(c, content).empty(), c.id);
        CHECK_FALSE(c.submittedBy.empty());
        milestone = milestone || c.kind == "milestone";
        expired = expired || c.status == CelebrationStatus::Expired;
    }
    CHECK(milestone);
    CHECK(expired);
    CHECK(moderation::expireDue(content, options.today).empty()); // already expired
}

TEST_CASE("Celebrations: anonymousAs is grade or section, and section only for a learner") {
    Celebration c = good();
    c.sectionId.reset();
    c.learnerId = "l-1";
    c.anonymousAs = "section";
    CHECK(celebrationIssues(c, school()).empty());
    c.anonymousAs = "name";
    auto issues = celebrationIssues(c, school());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].field == "anonymousAs");
    CHECK(issues[0].message == "'name' is not grade or section");
    Celebration section = good();
    section.anonymousAs = "section";
    issues = celebrationIssues(section, school());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].message == "section phrasing is for a learner subject");
}

TEST_CASE("Celebrations: a new id is one past the highest c-<n>, other ids left alone") {
    SchoolContent content = school();
    CHECK(nextCelebrationId(content) == "c-1");
    for (const char* id : {"c-2", "c-10", "c-9", "c-x", "c-", "c--4", "c-+7", "demo-99", "c-3a"}) {
        Celebration c = good();
        c.id = id;
        content.celebrations.push_back(c);
    }
    CHECK(nextCelebrationId(content) == "c-11");
}
