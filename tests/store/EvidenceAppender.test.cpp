#include "store/EvidenceAppender.hpp"

#include "store/StoreError.hpp"

#include "StoreFixtures.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using lantern::testing::day;
using lantern::testing::sampleContent;

TEST_CASE("EvidenceAppender: rows appear at commit, as appended rows (the epoch holds)") {
    const auto path = std::filesystem::temp_directory_path() / "lantern-appender-test.db";
    std::filesystem::remove(path);
    auto store = Store::open(path);
    store.replaceContent(sampleContent());
    const auto before = store.evidenceMark();
    const auto count = store.loadMasteryData().evidenceCount();
    auto other = Store::open(path);
    ChangeWatcher watcher(other);
    {
        EvidenceAppender add(store, "generated");
        add.add("l-1", "math-1", 4, day(2026, 11, 2), "7b", 1);
        add.add("l-2", "math-2", 2, day(2026, 11, 3), "7b", 2);
        CHECK(other.loadMasteryData().evidenceCount() == count); // not visible to others yet
        add.commit();
    }
    auto after = store.evidenceMark();
    CHECK(after.epoch == before.epoch);
    CHECK(other.loadMasteryData().evidenceCount() == count + 2);
    const auto rows = store.evidenceAfter(before.lastId, after);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].learnerId == "l-1");
    CHECK(rows[0].level == 4);
    CHECK(rows[1].date == day(2026, 11, 3));
    CHECK(watcher.changed()); // players hear of it
    std::filesystem::remove(path);
}

TEST_CASE("EvidenceAppender: uncommitted rows roll back; a dangling row is a StoreError") {
    auto store = Store::open(":memory:");
    store.replaceContent(sampleContent());
    const auto count = store.loadMasteryData().evidenceCount();
    {
        EvidenceAppender add(store, "generated");
        add.add("l-1", "math-1", 4, day(2026, 11, 2), "7b", 1);
    }
    CHECK(store.loadMasteryData().evidenceCount() == count);
    EvidenceAppender add(store, "generated");
    CHECK_THROWS_AS(add.add("nobody", "math-1", 4, day(2026, 11, 2), "7b", 1), StoreError);
}
