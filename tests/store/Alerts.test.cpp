#include "store/Store.hpp"
#include "store/StoreFixtures.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using lantern::testing::at;
using lantern::testing::TempDir;

namespace {

Alert raised(AlertKind kind, std::int64_t millis, std::string id = {}) {
    Alert alert;
    alert.id = std::move(id);
    alert.kind = kind;
    alert.headline = {{"en", "Lockdown"}, {"es", "Cierre"}};
    alert.instruction = {{"en", "Lock the door. Stay out of sight."}};
    alert.raisedAt = at(millis);
    return alert;
}

std::vector<std::string> ids(const std::vector<Alert>& alerts) {
    std::vector<std::string> result;
    for (const auto& alert : alerts)
        result.push_back(alert.id);
    return result;
}

using Ids = std::vector<std::string>;

} // namespace

TEST_CASE("Alerts: every field round-trips, empty optionals included") {
    Store store = Store::open(":memory:");
    Alert full = raised(AlertKind::Cap, 1'000, "sender,ident,2026-03-08T10:00:00-05:00");
    full.description = {{"en", "Police activity nearby"}, {"zh", "附近有警方活动"}};
    full.targets = {"halls", "entrance"};
    full.expires = at(5'000);
    full.clearedAt = at(4'000);
    store.saveAlert(full);
    const Alert plain = raised(AlertKind::Hold, 2'000);
    const std::string plainId = store.saveAlert(plain);

    const auto loaded = store.findAlert(full.id);
    REQUIRE(loaded);
    CHECK(loaded->kind == AlertKind::Cap);
    CHECK(loaded->headline == full.headline);
    CHECK(loaded->instruction == full.instruction);
    CHECK(loaded->description == full.description);
    CHECK(loaded->targets == full.targets);
    CHECK(loaded->raisedAt == at(1'000));
    CHECK(loaded->expires == at(5'000));
    CHECK(loaded->clearedAt == at(4'000));

    const auto other = store.findAlert(plainId);
    REQUIRE(other);
    CHECK(other->kind == AlertKind::Hold);
    CHECK(other->targets.empty());
    CHECK_FALSE(other->expires);
    CHECK_FALSE(other->clearedAt);
    CHECK_FALSE(store.findAlert("alert-99"));
}

TEST_CASE("Alerts: every kind is stored by name and read back") {
    Store store = Store::open(":memory:");
    const std::vector<std::pair<AlertKind, std::string>> kinds{
        {AlertKind::Lockdown, "lockdown"}, {AlertKind::Shelter, "shelter"},
        {AlertKind::Evacuate, "evacuate"}, {AlertKind::Hold, "hold"},
        {AlertKind::Custom, "custom"},     {AlertKind::Cap, "cap"}};
    for (const auto& [kind, name] : kinds) {
        const std::string id = store.saveAlert(raised(kind, 1'000));
        sqlite::Statement query(store.connection(), "SELECT kind FROM alerts WHERE id = ?");
        query.bindAll(id);
        REQUIRE(query.step());
        CHECK(query.text(0) == name);
        CHECK(store.findAlert(id)->kind == kind);
    }
    store.connection().exec("UPDATE alerts SET kind = 'panic' WHERE id = 'alert-1'");
    CHECK_THROWS_WITH_AS((void)store.findAlert("alert-1"), doctest::Contains("alerts.kind"),
                         StoreError);
}

TEST_CASE("Alerts: new ids count on from the highest alert-<n>") {
    Store store = Store::open(":memory:");
    CHECK(store.saveAlert(raised(AlertKind::Lockdown, 1)) == "alert-1");
    CHECK(store.saveAlert(raised(AlertKind::Lockdown, 2)) == "alert-2");
    store.saveAlert(raised(AlertKind::Custom, 3, "alert-41"));
    store.saveAlert(raised(AlertKind::Custom, 4, "alert-x99"));
    store.saveAlert(raised(AlertKind::Custom, 5, "alert-7b"));
    store.saveAlert(raised(AlertKind::Cap, 6, "cap,500,now"));
    CHECK(store.saveAlert(raised(AlertKind::Hold, 7)) == "alert-42");

    SUBCASE("cleared alerts still count, so an id is never reused") {
        CHECK(store.clearAlerts(at(10)) == 7);
        CHECK(store.saveAlert(raised(AlertKind::Hold, 11)) == "alert-43");
    }
    SUBCASE("saving with an existing id replaces that alert") {
        Alert replacement = raised(AlertKind::Evacuate, 20, "alert-41");
        CHECK(store.saveAlert(replacement) == "alert-41");
        CHECK(store.findAlert("alert-41")->kind == AlertKind::Evacuate);
        CHECK(store.openAlerts().size() == 7);
    }
}

TEST_CASE("Alerts: open alerts are the uncleared ones, by raise time then id") {
    Store store = Store::open(":memory:");
    store.saveAlert(raised(AlertKind::Custom, 300, "c"));
    store.saveAlert(raised(AlertKind::Custom, 100, "b"));
    store.saveAlert(raised(AlertKind::Custom, 100, "a"));
    Alert expired = raised(AlertKind::Custom, 50, "expired");
    expired.expires = at(60);
    store.saveAlert(expired);
    CHECK(ids(store.openAlerts()) == Ids{"expired", "a", "b", "c"});

    SUBCASE("clearing some") {
        CHECK(store.clearAlerts(at(400), {"b", "missing", "expired"}) == 2);
        CHECK(ids(store.openAlerts()) == Ids{"a", "c"});
        CHECK(store.findAlert("b")->clearedAt == at(400));
    }
    SUBCASE("clearing all") {
        CHECK(store.clearAlerts(at(400)) == 4);
        CHECK(store.openAlerts().empty());
        CHECK(store.clearAlerts(at(500)) == 0);
    }
    SUBCASE("an alert already cleared is not cleared again nor counted") {
        CHECK(store.clearAlerts(at(400), {"a"}) == 1);
        CHECK(store.clearAlerts(at(900), {"a", "a"}) == 0);
        CHECK(store.findAlert("a")->clearedAt == at(400));
        CHECK(store.clearAlerts(at(950)) == 3);
        CHECK(store.findAlert("a")->clearedAt == at(400));
    }
}

TEST_CASE("Alerts: only alert writes bump the alerts counter") {
    Store store = Store::open(":memory:");
    CHECK(store.versions() == Store::Versions{0, 0});
    store.saveAlert(raised(AlertKind::Lockdown, 1));
    CHECK(store.versions() == Store::Versions{0, 1});
    store.saveAlert(raised(AlertKind::Hold, 2));
    CHECK(store.versions() == Store::Versions{0, 2});
    (void)store.clearAlerts(at(5), {"alert-1"});
    CHECK(store.versions() == Store::Versions{0, 3});
    (void)store.clearAlerts(at(6), {"alert-1", "missing"});
    CHECK(store.versions() == Store::Versions{0, 3}); // nothing changed
    (void)store.openAlerts();
    (void)store.findAlert("alert-2");
    CHECK(store.versions() == Store::Versions{0, 3});
    store.appendPlays({{"tv-1", "entrance", "alert-2", "alert", at(1), at(2)}});
    CHECK(store.versions() == Store::Versions{0, 3});
    store.replaceContent(testing::sampleContent());
    CHECK(store.versions() == Store::Versions{1, 3});
}

TEST_CASE("Alerts: another connection sees a raised alert and its clearing") {
    TempDir dir;
    const auto path = dir.file("shared.db");
    Store cli = Store::open(path);
    Store player = Store::open(path);
    ChangeWatcher watcher(player);

    const std::string id = cli.saveAlert(raised(AlertKind::Shelter, 1'000));
    CHECK(watcher.changed());
    CHECK(player.versions().alerts == 1);
    REQUIRE(player.openAlerts().size() == 1);
    CHECK(player.openAlerts().front().kind == AlertKind::Shelter);

    CHECK(cli.clearAlerts(at(2'000)) == 1);
    CHECK(watcher.changed());
    CHECK(player.openAlerts().empty());
    CHECK(player.findAlert(id)->clearedAt == at(2'000));
    CHECK(player.versions() == Store::Versions{0, 2});
}

TEST_CASE("Alerts: replacing the content leaves alerts alone") {
    Store store = Store::open(":memory:");
    store.saveAlert(raised(AlertKind::Lockdown, 1));
    store.replaceContent(testing::sampleContent());
    store.replaceContent(SchoolContent{});
    CHECK(ids(store.openAlerts()) == Ids{"alert-1"});
}

TEST_CASE("Alerts: an update saves the new alert and clears the old ones in one change") {
    Store store = Store::open(":memory:");
    store.saveAlert(raised(AlertKind::Cap, 1, "cap-1"));
    store.saveAlert(raised(AlertKind::Cap, 2, "cap-2"));
    const auto before = store.versions();
    CHECK(store.replaceAlerts(raised(AlertKind::Cap, 3, "cap-3"), {"cap-1", "cap-2", "nope"},
                              at(4)) == 2);
    CHECK(ids(store.openAlerts()) == Ids{"cap-3"});
    CHECK(store.versions().alerts == before.alerts + 1); // a player sees both at once
    CHECK(store.findAlert("cap-1")->clearedAt == at(4));
    SUBCASE("an update that names itself is not cleared by it") {
        CHECK(store.replaceAlerts(raised(AlertKind::Cap, 5, "cap-3"), {"cap-3"}, at(6)) == 0);
        CHECK(ids(store.openAlerts()) == Ids{"cap-3"});
    }
}
