#include "store/Store.hpp"
#include "store/StoreFixtures.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using lantern::testing::day;
using lantern::testing::sampleContent;

namespace {

Celebration fresh(std::string id) {
    Celebration c;
    c.id = std::move(id);
    c.kind = "community";
    c.text = {{"en", "Thank you, families"}};
    c.showUntil = day(2026, 10, 1);
    c.submittedBy = "Mr. Chen";
    c.createdAt = testing::at(1'790'000'000'000);
    return c;
}

const Celebration& byId(const SchoolContent& content, const std::string& id) {
    for (const auto& c : content.celebrations)
        if (c.id == id) return c;
    FAIL("no celebration " << id);
    return content.celebrations.front();
}

} // namespace

TEST_CASE("Celebrations: addCelebration stores every field and bumps the content counter") {
    Store store = Store::open(":memory:");
    store.replaceContent(sampleContent());
    const auto before = store.versions();
    store.addCelebration(fresh("c-9"));
    CHECK(store.versions().content == before.content + 1);
    CHECK(store.versions().alerts == before.alerts);
    const auto content = store.loadContent();
    CHECK(content.celebrations.size() == sampleContent().celebrations.size() + 1);
    const auto& c = byId(content, "c-9");
    CHECK(c.kind == "community");
    CHECK(c.status == CelebrationStatus::Pending);
    CHECK(c.submittedBy == "Mr. Chen");
    CHECK(c.showUntil == day(2026, 10, 1));
    CHECK(c.createdAt == testing::at(1'790'000'000'000));

    SUBCASE("an existing id is refused, naming it, and nothing changes") {
        CHECK_THROWS_WITH_AS(store.addCelebration(fresh("c-9")),
                             doctest::Contains("celebration 'c-9'"), StoreError);
        CHECK(store.loadContent().celebrations.size() == content.celebrations.size());
        CHECK(store.versions().content == before.content + 1);
    }
    SUBCASE("an unknown learner is refused by the foreign key") {
        auto bad = fresh("c-10");
        bad.learnerId = "nobody";
        CHECK_THROWS_WITH_AS(store.addCelebration(bad), doctest::Contains("'c-10'"), StoreError);
        CHECK(store.loadContent().celebrations.size() == content.celebrations.size());
    }
}

TEST_CASE("Celebrations: setCelebrationStatus changes one celebration") {
    Store store = Store::open(":memory:");
    store.replaceContent(sampleContent());
    const auto before = store.versions();
    store.setCelebrationStatus("c-2", CelebrationStatus::Approved);
    CHECK(byId(store.loadContent(), "c-2").status == CelebrationStatus::Approved);
    CHECK(byId(store.loadContent(), "c-1").status == CelebrationStatus::Approved);
    CHECK(byId(store.loadContent(), "c-3").status == CelebrationStatus::Rejected);
    CHECK(store.versions().content == before.content + 1);

    CHECK_THROWS_WITH_AS(store.setCelebrationStatus("c-404", CelebrationStatus::Rejected),
                         doctest::Contains("celebration 'c-404'"), StoreError);
    CHECK(store.versions().content == before.content + 1);
}

TEST_CASE("Celebrations: expireCelebrations expires approved ones whose window has ended") {
    Store store = Store::open(":memory:");
    auto content = sampleContent(); // c-1: approved until 2026-09-30
    auto open = fresh("c-4");
    open.status = CelebrationStatus::Approved;
    open.showUntil.reset();
    auto pendingPast = fresh("c-5");
    pendingPast.showUntil = day(2026, 1, 1);
    content.celebrations.push_back(open);
    content.celebrations.push_back(pendingPast);
    store.replaceContent(content);
    const auto before = store.versions();

    CHECK(store.expireCelebrations(day(2026, 9, 30)) == 0); // the last day still shows
    CHECK(store.versions() == before);
    CHECK(store.expireCelebrations(day(2026, 10, 1)) == 1);
    CHECK(store.versions().content == before.content + 1);
    const auto after = store.loadContent();
    CHECK(byId(after, "c-1").status == CelebrationStatus::Expired);
    CHECK(byId(after, "c-4").status == CelebrationStatus::Approved);
    CHECK(byId(after, "c-5").status == CelebrationStatus::Pending);
    CHECK(store.expireCelebrations(day(2026, 10, 1)) == 0); // already expired
}

TEST_CASE("Celebrations: anonymousAs is stored and read back, 'grade' by default") {
    Store store = Store::open(":memory:");
    store.replaceContent(sampleContent());
    auto section = fresh("c-20");
    section.anonymousAs = "section";
    store.addCelebration(section);
    store.addCelebration(fresh("c-21"));
    const auto content = store.loadContent();
    CHECK(byId(content, "c-20").anonymousAs == "section");
    CHECK(byId(content, "c-21").anonymousAs == "grade");
    SUBCASE("replaceContent keeps it too") {
        store.replaceContent(content);
        CHECK(byId(store.loadContent(), "c-20").anonymousAs == "section");
    }
}
