// The counted membership in the store (schema v6): every write that changes the roster moves it
// on by core's rule (core/progress/CountedMembership.hpp), and leavers keep counting with their
// evidence until their class's next snapshot.
#include "store/Schema.hpp"
#include "store/Store.hpp"
#include "store/StoreFixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace lantern;
using lantern::testing::day;
using lantern::testing::TempDir;

namespace {

// A class of `n` learners in section "7a" with two pieces of evidence each.
SchoolContent classOf(int n) {
    SchoolContent c;
    c.school.name = "School";
    c.scale.levels = {{1, {{"en", "B"}}, "#111111"},
                      {2, {{"en", "D"}}, "#222222"},
                      {3, {{"en", "P"}}, "#333333"},
                      {4, {{"en", "E"}}, "#444444"}};
    c.domains = {{"m", "M", {{"en", "Math"}}, 0}};
    c.competencies = {{"m1", "m", "M.1", {{"en", "Ratios"}}, {}, 0}};
    c.sections = {{"7a", "7A", 7}};
    for (int i = 0; i < n; ++i) {
        const std::string id = "l" + std::to_string(i);
        c.learners.push_back({id, "G", "F", 7, "7a", false});
        c.evidence.push_back({id, "m1", 1 + i % 4, day(2026, 9, 10)});
        c.evidence.push_back({id, "m1", 1 + (i + 1) % 4, day(2026, 10, 10)});
    }
    return c;
}

std::vector<std::string> countedIds(const SchoolContent& c) {
    std::vector<std::string> out;
    for (const auto& m : *c.countedMembers)
        out.push_back(m.learnerId);
    std::sort(out.begin(), out.end());
    return out;
}

void dropLearners(SchoolContent& c, std::initializer_list<const char*> ids) {
    for (const char* id : ids) {
        std::erase_if(c.learners, [&](const Learner& l) { return l.id == id; });
        std::erase_if(c.evidence, [&](const Evidence& e) { return e.learnerId == id; });
    }
}

} // namespace

TEST_CASE("Membership: a new roster is counted as it stands once its classes have three") {
    auto store = Store::open(":memory:");
    store.replaceContent(classOf(12));
    const auto content = store.loadContent();
    REQUIRE(content.countedMembers);
    CHECK(content.countedMembers->size() == 12);
    CHECK(content.departedEvidence.empty());
}

TEST_CASE("Membership: a leaver keeps counting with their evidence until two more changes") {
    auto store = Store::open(":memory:");
    SchoolContent c = classOf(12);
    store.replaceContent(c);
    const auto rows = store.loadMasteryData().evidenceCount();
    const auto epoch = store.evidenceMark().epoch;

    dropLearners(c, {"l3"});
    store.replaceContent(c);
    auto loaded = store.loadContent();
    CHECK(countedIds(loaded).size() == 12); // l3 still counted
    CHECK(loaded.learners.size() == 11);
    CHECK(loaded.departedEvidence.size() == 2); // l3's two rows, kept
    CHECK(store.loadMasteryData().evidenceCount() == rows);

    dropLearners(c, {"l4", "l5"});
    store.replaceContent(c);
    loaded = store.loadContent();
    CHECK(countedIds(loaded).size() == 9); // three changes: the class moves on at once
    CHECK(loaded.departedEvidence.empty());
    CHECK(store.loadMasteryData().evidenceCount() == rows - 6);
    CHECK(store.evidenceMark().epoch > epoch);
}

TEST_CASE("Membership: a learner back on the roster is counted from the roster again") {
    auto store = Store::open(":memory:");
    SchoolContent c = classOf(12);
    store.replaceContent(c);
    SchoolContent without = c;
    dropLearners(without, {"l3"});
    store.replaceContent(without);
    store.replaceContent(c);
    const auto loaded = store.loadContent();
    CHECK(countedIds(loaded).size() == 12);
    CHECK(loaded.departedEvidence.empty()); // no second copy of l3's evidence
    CHECK(store.loadMasteryData().evidenceCount() == c.evidence.size());
}

TEST_CASE("Membership: a file from schema version 5 counts its roster as it stands") {
    TempDir dir;
    const auto path = dir.file("v5.db");
    {
        sqlite::Connection raw(path.string());
        raw.exec("PRAGMA foreign_keys = ON");
        schema::migrate(raw, 5);
        raw.exec(R"sql(
INSERT INTO school (id, name, time_zone, languages, mission)
    VALUES (1, 'Old School', 'America/New_York', '["en"]', '{}');
INSERT INTO sections VALUES ('7a', '7A', 7), ('8a', '8A', 8);
INSERT INTO learners VALUES ('l-1', 'Ana', 'N', 7, '7a', 0), ('l-2', 'Bo', 'L', 7, '8a', 0);
)sql");
    }
    auto store = Store::open(path);
    const auto content = store.loadContent();
    REQUIRE(content.countedMembers);
    CHECK(*content.countedMembers ==
          std::vector<CountedMember>{{"l-1", "7a", 7}, {"l-2", "8a", 8}}); // the section's grade
}
