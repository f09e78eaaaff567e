#include "player/DailyChores.hpp"

#include "store/Store.hpp"
#include "store/StoreError.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace lantern;
using namespace std::chrono;

namespace {

Days on(int m, int d) {
    return sys_days{year{2026} / m / d};
}

Celebration approved(std::string id, Days until) {
    Celebration c;
    c.id = std::move(id);
    c.kind = "community";
    c.text = {{"en", "Thank you, families"}};
    c.status = CelebrationStatus::Approved;
    c.showUntil = until;
    return c;
}

CelebrationStatus statusOf(const Store& store, const std::string& id) {
    for (const auto& c : store.loadContent().celebrations)
        if (c.id == id) return c.status;
    FAIL("no celebration " << id);
    return CelebrationStatus::Pending;
}

} // namespace

TEST_CASE("DailyChores: expires celebrations on the first check and when the day changes") {
    Store store = Store::open(":memory:");
    SchoolContent content;
    content.school.name = "Test School";
    content.school.languages = {"en"};
    content.celebrations = {approved("ended", on(11, 20)), approved("later", on(11, 21))};
    store.replaceContent(content);
    DailyChores chores;

    CHECK(chores.runIfNewDay(store, on(11, 21)));
    CHECK(statusOf(store, "ended") == CelebrationStatus::Expired);
    CHECK(statusOf(store, "later") == CelebrationStatus::Approved);
    CHECK(chores.doneFor() == on(11, 21));

    SUBCASE("the same day again does nothing") {
        const auto before = store.versions();
        CHECK_FALSE(chores.runIfNewDay(store, on(11, 21)));
        CHECK(store.versions().content == before.content);
    }
    SUBCASE("the next day expires what ended the day before") {
        CHECK(chores.runIfNewDay(store, on(11, 22)));
        CHECK(statusOf(store, "later") == CelebrationStatus::Expired);
    }
}

TEST_CASE("DailyChores: a failing write is retried on the next check, never thrown") {
    DailyChores chores;
    std::vector<Days> calls;
    bool fail = true;
    auto expire = [&](Days day) {
        calls.push_back(day);
        if (fail) throw StoreError("database is locked");
        return 2;
    };
    CHECK_FALSE(chores.runIfNewDay(expire, on(11, 21)));
    CHECK_FALSE(chores.doneFor().has_value());
    CHECK_FALSE(chores.runIfNewDay(expire, on(11, 21)));
    CHECK(calls.size() == 2);
    fail = false;
    CHECK(chores.runIfNewDay(expire, on(11, 21)));
    CHECK(chores.doneFor() == on(11, 21));
    CHECK_FALSE(chores.runIfNewDay(expire, on(11, 21)));
    CHECK(calls.size() == 3);
}
