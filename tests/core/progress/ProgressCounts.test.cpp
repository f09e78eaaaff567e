#include "core/progress/ProgressCounts.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>

using namespace lantern;
using namespace std::chrono;
using Figure = ProgressCounts::Figure;

namespace {

const Days kStart = sys_days{year{2026} / 9 / 7};

Days on(int day) {
    return kStart + days{day};
}

// Two sections of grade 7 (7a holds one 8th grader), one domain of two competencies, levels 1-4.
SchoolContent smallSchool() {
    SchoolContent c;
    c.school.termStart = kStart;
    c.scale.masteredRank = 3;
    c.scale.levels = {{1, {{"en", "B"}}, "#111111"},
                      {2, {{"en", "D"}}, "#222222"},
                      {4, {{"en", "E"}}, "#444444"},
                      {3, {{"en", "P"}}, "#333333"}};
    c.sections = {{"7a", "7A", 7}, {"7b", "7B", 7}};
    c.learners = {{"a", "", "", 7, "7a", false},
                  {"b", "", "", 7, "7a", false},
                  {"c", "", "", 8, "7a", false},
                  {"d", "", "", 7, "7b", false},
                  {"a", "", "", 7, "7b", false}}; // the second entry of an id does not count
    c.domains = {{"m", "M", {{"en", "Math"}}, 0, ""}};
    c.competencies = {{"m1", "m", "M.1", {{"en", "One"}}, {}, 0},
                      {"m2", "m", "M.2", {{"en", "Two"}}, {}, 1}};
    c.evidence = {
        {"a", "m1", 1, on(3)},  {"a", "m1", 3, on(40)}, {"b", "m1", 2, on(10)},
        {"c", "m1", 4, on(20)}, {"d", "m1", 2, on(60)}, {"a", "m2", 4, on(5)},
        {"b", "m2", 1, on(5)},  {"b", "m2", 2, on(50)}, {"x", "m1", 4, on(5)}, // x: no learner
        {"a", "m9", 4, on(5)},                                                 // m9: no competency
        {"d", "m2", 3, on(99)},                                                // after today
    };
    return c;
}

std::vector<int> levels(std::initializer_list<int> v) {
    return v;
}

} // namespace

TEST_CASE("ProgressCounts: learners by level index, today, at the start window and for the start "
          "cohort") {
    const SchoolContent c = smallSchool();
    const ProgressCounts counts(c, MasteryData::from(c.evidence), on(70));
    const auto a = ProgressGroup::section("7a");
    CHECK(counts.levelCount() == 4);
    CHECK(counts.startWindow() == on(13));
    CHECK(counts.fourWeeksAgo() == on(42));
    // 7a today on m1: a at 3 (index 2), b at 2, c at 4 (index 3).
    CHECK(counts.levels(a, "m1", Figure::Now) == levels({0, 1, 1, 1}));
    // By day 13 only a (1) and b (2) had evidence: the start cohort.
    CHECK(counts.levels(a, "m1", Figure::Start) == levels({1, 1, 0, 0}));
    CHECK(counts.levels(a, "m1", Figure::StartToday) == levels({0, 1, 1, 0}));
    CHECK(counts.levels(ProgressGroup::school(), "m1", Figure::StartFourWeeksAgo) ==
          levels({0, 1, 1, 0}));
    CHECK(counts.count(ProgressGroup::section("7b"), "m1", Figure::Now) == 1);
    // A class counts in its own grade: 7a's 8th grader counts in grade 7.
    CHECK(counts.count(ProgressGroup::ofGrade(7), "m1", Figure::Now) == 4);
    CHECK(counts.count(ProgressGroup::ofGrade(8), "m1", Figure::Now) == 0);
    CHECK(counts.grades() == std::vector<int>{7});
    CHECK(counts.count(ProgressGroup::school(), "m1", Figure::Now) == 4);
    SUBCASE("evidence after today, of unknown learners or competencies, is not counted") {
        CHECK(counts.count(ProgressGroup::section("7b"), "m2", Figure::Now) == 0);
        CHECK(counts.count(ProgressGroup::school(), "m9", Figure::Now) == 0);
        CHECK(counts.levels(ProgressGroup::school(), "m9", Figure::Now) == levels({0, 0, 0, 0}));
    }
    SUBCASE("the domain level is the lower median of the learner's levels today") {
        // a: m1 3, m2 4 -> 3 (index 2); b: 2 and 2 -> 2; c: 4 -> index 3; d: m1 2.
        CHECK(counts.inDomain(a, "m") == 3);
        CHECK(counts.domainLevels(ProgressGroup::school(), "m") == levels({0, 2, 1, 1}));
        CHECK(counts.inDomain(ProgressGroup::section("nowhere"), "m") == 0);
    }
    SUBCASE("classes by grade, their members and their cells, without lookups by name") {
        CHECK(counts.members("7a") == 3);
        CHECK(counts.members("7b") == 1);
        const auto& classes = counts.classesOfGrade(7);
        REQUIRE(classes.size() == 2);
        const int m1 = counts.competencyIndex("m1");
        for (int cls : classes) {
            const auto section = ProgressGroup::section(counts.classSection(cls));
            const auto cells = counts.classLevels(cls, m1, Figure::Now);
            CHECK(std::vector<int>(cells.begin(), cells.end()) ==
                  counts.levels(section, "m1", Figure::Now));
        }
        CHECK(counts.competencyIndex("m9") == -1);
    }
    SUBCASE("four weeks ago is counted for every group, not only the school") {
        CHECK(counts.levels(a, "m1", Figure::StartFourWeeksAgo) == levels({0, 1, 1, 0}));
    }
}

TEST_CASE("ProgressCounts: counts the snapshot's membership, with departed learners' evidence") {
    SchoolContent c = smallSchool();
    // b moved to 7b and d left the school, but the snapshot still counts them where they were.
    c.countedMembers =
        std::vector<CountedMember>{{"a", "7a", 7}, {"b", "7a", 7}, {"c", "7a", 7}, {"d", "7b", 7}};
    c.learners[1].sectionId = "7b";
    c.learners.erase(c.learners.begin() + 3);
    c.departedEvidence = {{"d", "m1", 2, on(60)}};
    std::erase_if(c.evidence, [](const Evidence& e) { return e.learnerId == "d"; });
    const ProgressCounts counts(c, countedEvidence(c), on(70));
    CHECK(counts.members("7a") == 3);
    CHECK(counts.count(ProgressGroup::section("7a"), "m1", Figure::Now) == 3);
    CHECK(counts.count(ProgressGroup::section("7b"), "m1", Figure::Now) == 1); // d, departed
    SUBCASE("a new snapshot is a new content to count for") {
        SchoolContent next = c;
        next.countedMembers->at(1).sectionId = "7b";
        CHECK_FALSE(counts.countsFor(next));
        CHECK(counts.countsFor(c));
    }
}

TEST_CASE("ProgressCounts: no start window until two weeks of term have passed; the earliest "
          "evidence stands in for a missing term start") {
    SchoolContent c = smallSchool();
    CHECK_FALSE(ProgressCounts(c, MasteryData::from(c.evidence), on(13)).startWindow());
    c.school.termStart.reset();
    const ProgressCounts counts(c, MasteryData::from(c.evidence), on(30));
    CHECK(counts.termStart() == on(3));
    CHECK(counts.startWindow() == on(16));
    CHECK_FALSE(counts.fourWeeksAgo().has_value());
    CHECK(counts.count(ProgressGroup::school(), "m1", Figure::StartFourWeeksAgo) == 0);
}

TEST_CASE("ProgressCounts: tells whether a content is the one it counts for") {
    SchoolContent c = smallSchool();
    const ProgressCounts counts(c, MasteryData::from(c.evidence), on(70));
    c.celebrations.push_back({});
    c.evidence.clear();
    CHECK(counts.countsFor(c));
    SUBCASE("a learner moved") {
        c.learners[1].sectionId = "7b";
        CHECK_FALSE(counts.countsFor(c));
    }
    SUBCASE("another method") {
        c.scale.method = MasteryMethod::Highest;
        CHECK_FALSE(counts.countsFor(c));
    }
    SUBCASE("another term start") {
        c.school.termStart = on(1);
        CHECK_FALSE(counts.countsFor(c));
    }
}

namespace {

SchoolContent randomSchool(std::mt19937& rng) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    SchoolContent c = smallSchool();
    c.evidence.clear();
    c.learners.clear();
    if (pick(0, 1) == 0) c.school.termStart.reset();
    c.scale.method = static_cast<MasteryMethod>(pick(0, 3));
    c.competencies.push_back({"s1", "s", "S.1", {{"en", "Sci"}}, {}, 0});
    c.domains.push_back({"s", "S", {{"en", "Science"}}, 1, ""});
    for (int i = 0; i < 60; ++i)
        c.learners.push_back(
            {"l" + std::to_string(i), "", "", pick(6, 8), pick(0, 3) == 0 ? "7b" : "7a", false});
    for (int i = 0; i < 600; ++i)
        c.evidence.push_back({"l" + std::to_string(pick(0, 64)),
                              c.competencies[static_cast<std::size_t>(pick(0, 2))].id, pick(1, 4),
                              on(pick(0, 75))});
    return c;
}

void checkSame(const ProgressCounts& a, const ProgressCounts& b, const SchoolContent& c) {
    CHECK(a.termStart() == b.termStart());
    CHECK(a.startWindow() == b.startWindow());
    CHECK(a.fourWeeksAgo() == b.fourWeeksAgo());
    std::vector<ProgressGroup> groups{ProgressGroup::school(), ProgressGroup::section("7a"),
                                      ProgressGroup::section("7b")};
    for (int g = 6; g <= 8; ++g)
        groups.push_back(ProgressGroup::ofGrade(g));
    for (const auto& group : groups) {
        for (const auto& comp : c.competencies)
            for (auto f :
                 {Figure::Now, Figure::Start, Figure::StartToday, Figure::StartFourWeeksAgo})
                CHECK(a.levels(group, comp.id, f) == b.levels(group, comp.id, f));
        for (const auto& d : c.domains) {
            CHECK(a.inDomain(group, d.id) == b.inDomain(group, d.id));
            CHECK(a.domainLevels(group, d.id) == b.domainLevels(group, d.id));
        }
    }
}

} // namespace

TEST_CASE("ProgressCounts: evidence added in batches gives the counts of counting it all at "
          "once") {
    std::mt19937 rng(20261122);
    for (int round = 0; round < 30; ++round) {
        const SchoolContent all = randomSchool(rng);
        std::vector<Evidence> rows = all.evidence;
        std::shuffle(rows.begin(), rows.end(), rng);
        const std::size_t first = rows.size() / 2, second = first + rows.size() / 4;
        const std::vector<Evidence> batch0(rows.begin(), rows.begin() + first);
        const std::vector<Evidence> batch1(rows.begin() + first, rows.begin() + second);
        const std::vector<Evidence> batch2(rows.begin() + second, rows.end());
        const Days today = on(40 + round);
        ProgressCounts growing(all, MasteryData::from(batch0), today);
        growing.addEvidence(batch1);
        growing.addEvidence(batch2);
        const ProgressCounts whole(all, MasteryData::from(all.evidence), today);
        CAPTURE(round);
        CHECK(growing.data().evidenceCount() == all.evidence.size());
        checkSame(growing, whole, all);
    }
}
