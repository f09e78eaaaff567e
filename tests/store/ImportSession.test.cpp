#include "store/ImportSession.hpp"

#include <doctest/doctest.h>

using namespace lantern;

namespace {

Store withTable() {
    Store store = Store::open(":memory:");
    store.connection().exec("CREATE TABLE things (id TEXT PRIMARY KEY, name TEXT, size INTEGER)");
    return store;
}

ImportReport load(Store& store, bool dryRun,
                  std::initializer_list<std::pair<const char*, int>> rows, const char* name = "x") {
    ImportSession session(store, dryRun);
    Upsert upsert(session.db(), "things", {"id"}, {"name", "size"});
    for (const auto& [id, size] : rows)
        upsert.row(session.report().counts["things"], id, name, size);
    return session.finish();
}

} // namespace

TEST_CASE(
    "ImportSession: upserts tell added, changed and unchanged apart; a second run is a no-op") {
    Store store = withTable();
    const auto before = store.versions().content;
    auto first = load(store, false, {{"a", 1}, {"b", 2}});
    CHECK(first.counts["things"].added == 2);
    CHECK(store.versions().content == before + 1);
    auto again = load(store, false, {{"a", 1}, {"b", 2}});
    CHECK(again.counts["things"].unchanged == 2);
    CHECK_FALSE(again.changesSomething());
    CHECK(store.versions().content == before + 1); // nothing changed, no reload for players
    auto changed = load(store, false, {{"a", 1}, {"b", 3}, {"c", 4}});
    CHECK(changed.counts["things"].added == 1);
    CHECK(changed.counts["things"].changed == 1);
    CHECK(changed.counts["things"].unchanged == 1);
    CHECK(store.connection().queryInt("SELECT size FROM things WHERE id = 'b'") == 3);
}

TEST_CASE("ImportSession: a dry run reports what a real run would do and writes nothing") {
    Store store = withTable();
    (void)load(store, false, {{"a", 1}});
    const auto dry = load(store, true, {{"a", 2}, {"b", 2}});
    CHECK(dry.counts.at("things").added == 1);
    CHECK(dry.counts.at("things").changed == 1);
    CHECK(store.connection().queryInt("SELECT count(*) FROM things") == 1);
    CHECK(store.connection().queryInt("SELECT size FROM things WHERE id = 'a'") == 1);
}

TEST_CASE("ImportSession: an error midway leaves the database as it was") {
    Store store = withTable();
    (void)load(store, false, {{"a", 1}});
    try {
        ImportSession session(store, false);
        Upsert upsert(session.db(), "things", {"id"}, {"name", "size"});
        upsert.row("a", "renamed", 9);
        upsert.row("b", "new", 2);
        throw ImportError("f.csv", 3, "size", "bad");
    } catch (const ImportError&) {
    }
    CHECK(store.connection().queryInt("SELECT count(*) FROM things") == 1);
    CHECK(store.connection().queryInt("SELECT size FROM things WHERE id = 'a'") == 1);
}

TEST_CASE("ImportSession: NULL values compare as values, so NULL to NULL is unchanged") {
    Store store = withTable();
    ImportSession session(store, false);
    Upsert upsert(session.db(), "things", {"id"}, {"name", "size"});
    CHECK(upsert.row("a", std::nullopt, 1) == UpsertOutcome::Added);
    CHECK(upsert.row("a", std::nullopt, 1) == UpsertOutcome::Unchanged);
    CHECK(upsert.row("a", "named", 1) == UpsertOutcome::Changed);
    CHECK(upsert.row("a", std::nullopt, 1) == UpsertOutcome::Changed);
}

TEST_CASE("ImportReport: describe lists kinds and caps the warnings") {
    ImportReport report;
    report.counts["learners"] = {2, 1, 5, 0};
    for (int i = 0; i < 25; ++i)
        report.warnings.push_back("w" + std::to_string(i));
    const auto text = report.describe();
    CHECK(text.starts_with("learners: 2 added, 1 changed, 0 removed, 5 unchanged\n"));
    CHECK(text.find("warning: w19\n") != std::string::npos);
    CHECK(text.find("warning: w20\n") == std::string::npos);
    CHECK(text.find("(5 more warnings)") != std::string::npos);
}
