#include "store/FrameworkImport.hpp"

#include "core/interop/CanvasOutcomes.hpp"
#include "core/interop/CaseImport.hpp"
#include "store/StoreError.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace lantern;

namespace {

// Two domains, three competencies, a learning target and an outside reference.
FrameworkImportData framework() {
    FrameworkImportData d;
    d.fileName = "sci.json";
    d.language = "en";
    d.framework = {"doc", "case", {{"en", "Science"}}, "https://case.example/doc", "1.0"};
    d.domains = {{"d1", "S.1", {{"en", "Life"}}, 0, "doc"},
                 {"d2", "S.2", {{"en", "Earth"}}, 1, "doc"}};
    Competency c;
    c.frameworkId = "doc";
    for (const auto& [id, domain] : {std::pair{"c1", "d1"}, {"c2", "d1"}, {"c3", "d2"}}) {
        c.id = id;
        c.domainId = domain;
        c.code = std::string("S.") + id;
        c.title = {{"en", std::string("Title ") + id}};
        c.meaning = {{"en", "Meaning"}};
        d.competencies.push_back(c);
    }
    d.learningTargets = {{"t1", "c1", "S.c1.a", {{"en", "Target"}}, 0}};
    d.refs = {{"c1", "exactMatchOf", "https://other.example/x", "X"}};
    return d;
}

int count(Store& store, const char* table) {
    return static_cast<int>(
        store.connection().queryInt((std::string("SELECT count(*) FROM ") + table).c_str()));
}

void addEvidenceFor(Store& store, const std::string& competencyId) {
    auto& db = store.connection();
    db.exec("INSERT OR IGNORE INTO sections (id, name, grade) VALUES ('s', 'S', 7);"
            "INSERT OR IGNORE INTO learners (id, given_name, family_name, grade, section_id) "
            "VALUES ('l', 'A', 'B', 7, 's')");
    sqlite::Statement insert(db, "INSERT INTO evidence (learner_id, competency_id, level, date) "
                                 "VALUES ('l', ?, 2, '2026-11-01')");
    insert.bindAll(competencyId).run();
}

} // namespace

TEST_CASE("FrameworkImport: a first import adds everything; loadContent reads it back") {
    Store store = Store::open(":memory:");
    const auto report = importFramework(store, framework(), false);
    CHECK(report.counts.at("frameworks").added == 1);
    CHECK(report.counts.at("domains").added == 2);
    CHECK(report.counts.at("competencies").added == 3);
    CHECK(report.counts.at("learning targets").added == 1);
    CHECK(report.counts.at("outside references").added == 1);
    const auto content = store.loadContent();
    REQUIRE(content.frameworks.size() == 1);
    CHECK(content.frameworks[0].version == "1.0");
    REQUIRE(content.competencies.size() == 3);
    CHECK(content.competencies[0].frameworkId == "doc");
    CHECK(content.learningTargets.size() == 1);
    CHECK(content.frameworkRefs == framework().refs);
}

TEST_CASE("FrameworkImport: importing the same data twice changes nothing the second time") {
    Store store = Store::open(":memory:");
    (void)importFramework(store, framework(), false);
    const auto version = store.versions().content;
    const auto again = importFramework(store, framework(), false);
    CHECK_FALSE(again.changesSomething());
    CHECK(again.counts.at("competencies").unchanged == 3);
    CHECK(store.versions().content == version);
}

TEST_CASE("FrameworkImport: a dry run reports what a real run would do and writes nothing") {
    Store store = Store::open(":memory:");
    const auto dry = importFramework(store, framework(), true);
    CHECK(dry.counts.at("competencies").added == 3);
    CHECK(count(store, "frameworks") == 0);
    CHECK(count(store, "competencies") == 0);
}

TEST_CASE("FrameworkImport: what the file no longer has is removed, unless evidence needs it") {
    Store store = Store::open(":memory:");
    (void)importFramework(store, framework(), false);
    auto next = framework();
    next.competencies.erase(next.competencies.begin()); // c1, with its target and reference
    next.learningTargets.clear();
    next.refs.clear();
    next.competencies.back().title = {{"en", "Renamed"}};

    SUBCASE("no evidence: removed and counted") {
        const auto report = importFramework(store, next, false);
        CHECK(report.counts.at("competencies").removed == 1);
        CHECK(report.counts.at("competencies").changed == 1);
        CHECK(report.counts.at("learning targets").removed == 1);
        CHECK(report.counts.at("outside references").removed == 1);
        CHECK(count(store, "competencies") == 2);
    }
    SUBCASE("evidence refers to it: kept, with a warning") {
        addEvidenceFor(store, "c1");
        const auto report = importFramework(store, next, false);
        CHECK(report.counts.at("competencies").removed == 0);
        CHECK(count(store, "competencies") == 3);
        CHECK(count(store, "evidence") == 1);
        REQUIRE(report.warnings.size() == 1);
        CHECK(report.warnings[0].find("c1") != std::string::npos);
    }
    SUBCASE("a domain that still holds a kept competency stays") {
        addEvidenceFor(store, "c3");
        next.domains.pop_back(); // d2
        next.competencies.pop_back();
        const auto report = importFramework(store, next, false);
        CHECK(report.counts.at("domains").removed == 0);
        CHECK(count(store, "domains") == 2);
    }
}

TEST_CASE("FrameworkImport: translations added by the school survive a re-import") {
    Store store = Store::open(":memory:");
    (void)importFramework(store, framework(), false);
    store.connection().exec(
        R"(UPDATE competencies SET title = '{"en":"Title c1","es":"Título c1"}' WHERE id = 'c1')");
    const auto again = importFramework(store, framework(), false);
    CHECK_FALSE(again.changesSomething());
    const auto content = store.loadContent();
    const auto c1 = std::find_if(content.competencies.begin(), content.competencies.end(),
                                 [](const auto& c) { return c.id == "c1"; });
    REQUIRE(c1 != content.competencies.end());
    CHECK(c1->title.at("es") == "Título c1");
}

TEST_CASE("FrameworkImport: a suggested scale is used only when the school has none") {
    Store store = Store::open(":memory:");
    auto data = framework();
    MasteryScale scale;
    scale.levels = {{1, {{"en", "Good"}}, "#E66101"}, {2, {{"en", "Better"}}, "#5E3C99"}};
    scale.masteredRank = 2;
    data.suggestedScale = scale;
    const auto first = importFramework(store, data, false);
    CHECK(first.counts.at("mastery levels").added == 2);
    CHECK(store.loadContent().scale.levels.size() == 2);
    const auto second = importFramework(store, data, false);
    CHECK(second.counts.count("mastery levels") == 0);
    CHECK_FALSE(second.changesSomething());
}

TEST_CASE("FrameworkImport: a failure midway changes nothing") {
    Store store = Store::open(":memory:");
    (void)importFramework(store, framework(), false);
    auto broken = framework();
    broken.competencies[0].title = {{"en", "Changed"}};
    broken.competencies.back().domainId = "no-such-domain"; // a foreign key failure
    CHECK_THROWS_AS((void)importFramework(store, broken, false), StoreError);
    const auto content = store.loadContent();
    CHECK(content.competencies[0].title.at("en") == "Title c1");
}

TEST_CASE("FrameworkImport: the shared samples import twice with nothing to do the second time") {
    const auto dir = std::filesystem::path(LANTERN_INTEROP_DIR);
    if (!std::filesystem::exists(dir)) {
        MESSAGE("skipped: ", dir.string(), " is absent");
        return;
    }
    Store store = Store::open(":memory:");
    for (const char* name :
         {"Utf8TestFramework.json", "SequenceNumberFramework.json", "Ordering.json"}) {
        std::ifstream in(dir / "case" / name, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        const auto data = parseCasePackage(text.str(), name, "en");
        CAPTURE(name);
        CHECK(importFramework(store, data, false).changesSomething());
        CHECK_FALSE(importFramework(store, data, false).changesSomething());
    }
    for (const char* name : {"demo.csv", "scoring.csv"}) {
        std::ifstream in(dir / "gradebook" / name, std::ios::binary);
        const auto data = parseCanvasOutcomes(in, name, "en");
        CAPTURE(name);
        CHECK(importFramework(store, data, false).changesSomething());
        CHECK_FALSE(importFramework(store, data, false).changesSomething());
    }
    CHECK(count(store, "learning_targets") == 26);
}
