#include "core/progress/Mastery.hpp"

#include "core/publicview/PublicView.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using namespace std::chrono;

namespace {

Days onDay(int m, int d) {
    return sys_days{year{2025} / m / d};
}

MasteryScale scaleWith(MasteryMethod method, double weight = 0.65, int times = 2,
                       int mastered = 3) {
    MasteryScale scale;
    scale.method = method;
    scale.decayWeight = weight;
    scale.timesNeeded = times;
    scale.masteredRank = mastered;
    return scale;
}

// One learner's trail on one competency, given as (month, day, level).
struct Mark {
    int month, day, level;
};

MasteryIndex trailIndex(const std::vector<Mark>& marks, const MasteryScale& scale) {
    std::vector<Evidence> ev;
    for (const auto& m : marks)
        ev.push_back({"ana", "m1", m.level, onDay(m.month, m.day)});
    return MasteryIndex(ev, scale);
}

} // namespace

TEST_CASE("Mastery: the most recent evidence on or before the date is the level") {
    const std::vector<Evidence> ev{
        {"ana", "m1", 1, onDay(9, 10)}, {"ana", "m1", 3, onDay(10, 1)},
        {"ana", "m1", 2, onDay(11, 1)}, // a later, lower level still counts: most recent wins
        {"ana", "m2", 4, onDay(9, 1)},  {"ben", "m1", 4, onDay(9, 1)},
    };
    const MasteryIndex index(ev, scaleWith(MasteryMethod::MostRecent));
    CHECK_FALSE(index.levelAsOf("ana", "m1", onDay(9, 9)).has_value());
    CHECK(index.levelAsOf("ana", "m1", onDay(9, 10)) == 1); // inclusive
    CHECK(index.levelAsOf("ana", "m1", onDay(10, 15)) == 3);
    CHECK(index.levelAsOf("ana", "m1", onDay(12, 1)) == 2);
    CHECK(index.levelAsOf("ana", "m2", onDay(12, 1)) == 4);
    CHECK_FALSE(index.levelAsOf("cy", "m1", onDay(12, 1)).has_value());
    CHECK_FALSE(index.levelAsOf("ana", "m9", onDay(12, 1)).has_value());
    CHECK(index.firstDate() == onDay(9, 1));
}

TEST_CASE("Mastery: most recent, on a tie of dates the higher level counts") {
    const std::vector<Evidence> ev{{"ana", "m1", 3, onDay(10, 1)},
                                   {"ana", "m1", 2, onDay(10, 1)},
                                   {"ana", "m1", 1, onDay(9, 1)}};
    const MasteryScale scale = scaleWith(MasteryMethod::MostRecent);
    CHECK(levelAsOf(ev, scale, "ana", "m1", onDay(10, 1)) == 3);
    CHECK(levelAsOf(ev, scale, "ana", "m1", onDay(9, 30)) == 1);
    CHECK(MasteryIndex(std::vector<Evidence>{}, scale).firstDate() == std::nullopt);
}

TEST_CASE("Mastery: highest is the highest level by the date") {
    const auto scale = scaleWith(MasteryMethod::Highest);
    const auto index = trailIndex({{9, 1, 2}, {9, 15, 4}, {10, 1, 1}, {10, 1, 3}}, scale);
    CHECK_FALSE(index.levelAsOf("ana", "m1", onDay(8, 31)).has_value());
    CHECK(index.levelAsOf("ana", "m1", onDay(9, 1)) == 2);
    CHECK(index.levelAsOf("ana", "m1", onDay(9, 14)) == 2);
    CHECK(index.levelAsOf("ana", "m1", onDay(9, 15)) == 4);
    CHECK(index.levelAsOf("ana", "m1", onDay(12, 1)) == 4); // later, lower evidence changes nothing
    CHECK(trailIndex({{9, 1, 1}, {9, 2, 1}}, scale).levelAsOf("ana", "m1", onDay(9, 2)) == 1);
}

TEST_CASE("Mastery: decaying average weighs the latest against the average of the earlier") {
    SUBCASE("weight 0.65, three pieces") {
        const auto index = trailIndex({{9, 1, 1}, {9, 15, 3}, {10, 1, 4}},
                                      scaleWith(MasteryMethod::DecayingAverage));
        CHECK_FALSE(index.levelAsOf("ana", "m1", onDay(8, 31)).has_value());
        CHECK(index.levelAsOf("ana", "m1", onDay(9, 1)) == 1);  // a single piece is its own level
        CHECK(index.levelAsOf("ana", "m1", onDay(9, 15)) == 2); // 0.65*3 + 0.35*1 = 2.30
        CHECK(index.levelAsOf("ana", "m1", onDay(10, 1)) == 3); // 0.65*4 + 0.35*2 = 3.30
    }
    SUBCASE("a low latest piece pulls the level down") {
        const auto index = trailIndex({{9, 1, 4}, {9, 2, 4}, {9, 3, 1}},
                                      scaleWith(MasteryMethod::DecayingAverage));
        CHECK(index.levelAsOf("ana", "m1", onDay(9, 2)) == 4);
        CHECK(index.levelAsOf("ana", "m1", onDay(9, 3)) == 2); // 0.65*1 + 0.35*4 = 2.05
    }
    SUBCASE("halves round up") {
        const auto half = scaleWith(MasteryMethod::DecayingAverage, 0.5);
        CHECK(trailIndex({{9, 1, 2}, {9, 2, 3}}, half).levelAsOf("ana", "m1", onDay(9, 2)) == 3);
        CHECK(trailIndex({{9, 1, 3}, {9, 2, 2}}, half).levelAsOf("ana", "m1", onDay(9, 2)) == 3);
        // 0.7*2 + 0.3*(11/3) = 2.5, which binary floating point may hold as 2.4999…
        const auto index = trailIndex({{9, 1, 4}, {9, 2, 4}, {9, 3, 3}, {10, 1, 2}},
                                      scaleWith(MasteryMethod::DecayingAverage, 0.7));
        CHECK(index.levelAsOf("ana", "m1", onDay(10, 1)) == 3);
    }
    SUBCASE("on a tie of dates the higher level is the latest") {
        // Ordered 1, 2, 4: 0.65*4 + 0.35*1.5 = 3.125. (Taking the 2 as latest would give 2.)
        const auto index = trailIndex({{10, 1, 4}, {9, 1, 1}, {10, 1, 2}},
                                      scaleWith(MasteryMethod::DecayingAverage));
        CHECK(index.levelAsOf("ana", "m1", onDay(10, 1)) == 3);
        CHECK(index.levelAsOf("ana", "m1", onDay(9, 30)) == 1);
    }
}

TEST_CASE("Mastery: times at mastery needs n pieces at or above the mastered level") {
    SUBCASE("n = 2, mastered at 3") {
        const auto index = trailIndex({{9, 1, 3}, {9, 10, 2}, {9, 20, 4}, {10, 1, 4}, {10, 5, 2}},
                                      scaleWith(MasteryMethod::TimesAtMastery));
        CHECK(index.levelAsOf("ana", "m1", onDay(9, 1)) == 2);  // once at 3: capped below mastery
        CHECK(index.levelAsOf("ana", "m1", onDay(9, 10)) == 2); // latest 2
        CHECK(index.levelAsOf("ana", "m1", onDay(9, 20)) == 3); // {3, 4}: second highest is 3
        CHECK(index.levelAsOf("ana", "m1", onDay(10, 1)) == 4); // {3, 4, 4}: 4 twice
        CHECK(index.levelAsOf("ana", "m1", onDay(10, 5)) == 4); // a later 2 does not undo it
    }
    SUBCASE("below mastery the latest level counts") {
        const auto scale = scaleWith(MasteryMethod::TimesAtMastery);
        CHECK(trailIndex({{9, 1, 1}}, scale).levelAsOf("ana", "m1", onDay(9, 1)) == 1);
        CHECK(trailIndex({{9, 1, 2}, {9, 2, 1}}, scale).levelAsOf("ana", "m1", onDay(9, 2)) == 1);
    }
    SUBCASE("n = 3: the third highest") {
        const auto index = trailIndex({{9, 1, 4}, {9, 2, 3}, {9, 3, 4}, {9, 4, 1}},
                                      scaleWith(MasteryMethod::TimesAtMastery, 0.65, 3));
        CHECK(index.levelAsOf("ana", "m1", onDay(9, 2)) == 2);
        CHECK(index.levelAsOf("ana", "m1", onDay(9, 4)) == 3);
    }
    SUBCASE("on a tie of dates the higher level is the latest") {
        const auto index = trailIndex({{9, 1, 1}, {10, 1, 2}, {10, 1, 1}},
                                      scaleWith(MasteryMethod::TimesAtMastery));
        CHECK(index.levelAsOf("ana", "m1", onDay(10, 1)) == 2);
        const auto twice = trailIndex({{9, 1, 4}, {10, 1, 3}, {10, 1, 1}},
                                      scaleWith(MasteryMethod::TimesAtMastery));
        CHECK(twice.levelAsOf("ana", "m1", onDay(9, 30)) == 2);
        CHECK(twice.levelAsOf("ana", "m1", onDay(10, 1)) == 3);
    }
    SUBCASE("mastered at the lowest rank never gives a level below 1") {
        const auto index =
            trailIndex({{9, 1, 1}}, scaleWith(MasteryMethod::TimesAtMastery, 0.65, 2, 1));
        CHECK(index.levelAsOf("ana", "m1", onDay(9, 1)) == 1);
    }
}

TEST_CASE("Mastery: the index API and the string API agree") {
    const std::vector<Evidence> ev{{"ben", "m2", 2, onDay(9, 3)},
                                   {"ana", "m1", 4, onDay(9, 1)},
                                   {"ana", "m2", 1, onDay(9, 2)},
                                   {"ben", "m2", 3, onDay(9, 1)}};
    const MasteryIndex index(ev, scaleWith(MasteryMethod::Highest));
    const int ana = index.learnerIndex("ana"), ben = index.learnerIndex("ben");
    const int m1 = index.competencyIndex("m1"), m2 = index.competencyIndex("m2");
    CHECK(index.learnerIndex("cy") == -1);
    CHECK(index.levelAt(ana, m1, onDay(9, 30)) == 4);
    CHECK(index.levelAt(ana, m2, onDay(9, 30)) == 1);
    CHECK(index.levelAt(ben, m2, onDay(9, 2)) == 3);
    CHECK(index.levelAt(ben, m2, onDay(9, 30)) == index.levelAsOf("ben", "m2", onDay(9, 30)));
    CHECK_FALSE(index.levelAt(ben, m1, onDay(9, 30)).has_value());
    CHECK_FALSE(index.levelAt(-1, m1, onDay(9, 30)).has_value());
    CHECK_FALSE(index.levelAt(ana, -1, onDay(9, 30)).has_value());
    CHECK(index.data().evidenceCount() == 4);
    const auto trail = index.data().trail(ben, m2); // sorted by date whatever the input order
    REQUIRE(trail.size() == 2);
    CHECK(trail[0] == MasteryMark{dayNumber(onDay(9, 1)), 3});
    CHECK(trail[1] == MasteryMark{dayNumber(onDay(9, 3)), 2});
}

TEST_CASE("Mastery: public progress follows the school's method") {
    SchoolContent c;
    c.school.languages = {"en"};
    for (int r = 1; r <= 4; ++r)
        c.scale.levels.push_back({r, {{"en", "L" + std::to_string(r)}}, "#336699"});
    c.sections = {{"s1", "7A", 7}};
    c.domains = {{"d1", "D", {{"en", "Domain"}}, 0}};
    c.competencies = {{"c1", "d1", "C.1", {{"en", "One"}}, {}, 0}};
    // Trails (level, then a later level) of 16 learners, so that no level band holds fewer than 3
    // and none is merged: 3 at 1; 3 at 2; 4 at 4 then 3; 3 at 3 then 2; 3 at 4.
    const std::vector<std::vector<int>> trails{{1}, {2}, {4, 3}, {3, 2}, {4}};
    const int groups[] = {3, 3, 4, 3, 3};
    int n = 0;
    for (std::size_t t = 0; t < trails.size(); ++t)
        for (int i = 0; i < groups[t]; ++i, ++n) {
            const std::string id = "l" + std::to_string(10 + n);
            c.learners.push_back({id, "G", "F", 7, "s1", false});
            for (std::size_t k = 0; k < trails[t].size(); ++k)
                c.evidence.push_back({id, "c1", trails[t][k], onDay(9 + static_cast<int>(k), 1)});
        }
    const auto masteredShare = [&](MasteryMethod method) {
        c.scale.method = method;
        const auto pub = buildPublicContent(c, PrivacyPolicy{}, onDay(12, 1));
        REQUIRE(pub.sectionProgress.size() == 1);
        REQUIRE(pub.sectionProgress[0].rows.size() == 1);
        int share = 0;
        for (const auto& band : pub.sectionProgress[0].rows[0].bands)
            if (band.firstRank >= 3) share += band.percent;
        return share;
    };
    // Most recent: 7 of 16 at or above mastery (43.75 %); highest: 10 of 16 (62.5 %).
    const int recent = masteredShare(MasteryMethod::MostRecent);
    const int highest = masteredShare(MasteryMethod::Highest);
    CHECK((recent >= 40 && recent <= 45));
    CHECK((highest >= 60 && highest <= 65));
}

TEST_CASE("Mastery: data with rows added holds the trails of a build from all rows, earlier "
          "indexes unchanged") {
    const std::vector<Evidence> first{{"l1", "c1", 2, onDay(9, 10)},
                                      {"l1", "c1", 3, onDay(10, 1)},
                                      {"l2", "c2", 1, onDay(9, 12)}};
    const std::vector<Evidence> more{{"l1", "c1", 1, onDay(9, 20)}, // between two earlier marks
                                     {"l3", "c1", 4, onDay(9, 1)},  // a new learner
                                     {"l2", "c3", 2, onDay(9, 2)},  // a new competency
                                     {"l2", "c2", 4, onDay(9, 12)}};
    const MasteryData before = MasteryData::from(first);
    std::vector<int> touched;
    const MasteryData after = before.withAdded(more, touched);
    std::vector<Evidence> all = first;
    all.insert(all.end(), more.begin(), more.end());
    const MasteryData whole = MasteryData::from(all);

    CHECK(after.learners().find("l1") == before.learners().find("l1"));
    CHECK(after.competencies().find("c2") == before.competencies().find("c2"));
    CHECK(after.evidenceCount() == 7);
    CHECK(after.firstDate() == onDay(9, 1));
    CHECK(touched == std::vector<int>{after.learners().find("l1"), after.learners().find("l2"),
                                      after.learners().find("l3")});
    for (const char* l : {"l1", "l2", "l3"})
        for (const char* c : {"c1", "c2", "c3"}) {
            const auto a = after.trail(after.learners().find(l), after.competencies().find(c));
            const auto w = whole.trail(whole.learners().find(l), whole.competencies().find(c));
            CAPTURE(l);
            CAPTURE(c);
            CHECK(std::vector<MasteryMark>(a.begin(), a.end()) ==
                  std::vector<MasteryMark>(w.begin(), w.end()));
        }
    const auto trail = after.trail(after.learners().find("l1"), after.competencies().find("c1"));
    REQUIRE(trail.size() == 3);
    CHECK(trail[1].level == 1);
    CHECK(before.evidenceCount() == 3); // the original is left as it was
}
