#include "core/progress/CountedMembership.hpp"

#include <doctest/doctest.h>

#include <chrono>

#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace lantern;

namespace {

using Roster = std::vector<CountedMember>;

// `n` learners "<prefix>0" … in section `section` of `grade`.
Roster members(const std::string& prefix, int n, const std::string& section, int grade) {
    Roster out;
    for (int i = 0; i < n; ++i)
        out.push_back({prefix + std::to_string(i), section, grade});
    std::sort(out.begin(), out.end(), [](const CountedMember& x, const CountedMember& y) {
        return x.learnerId < y.learnerId;
    });
    return out;
}

Roster operator+(Roster a, const Roster& b) {
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end(), [](const CountedMember& x, const CountedMember& y) {
        return x.learnerId < y.learnerId;
    });
    return a;
}

std::map<std::string, std::string> sectionOf(const Roster& r) {
    std::map<std::string, std::string> out;
    for (const auto& m : r)
        out[m.learnerId] = m.sectionId;
    return out;
}

} // namespace

TEST_CASE("CountedMembership: the first snapshot takes every class of three or more") {
    const Roster roster = members("a", 12, "7a", 7) + members("b", 2, "7b", 7);
    const auto step = advanceMembership({}, roster);
    CHECK(step.counted == members("a", 12, "7a", 7));
    CHECK(step.advanced == std::vector<std::string>{"7a/7"});
    CHECK(step.waiting == std::vector<std::pair<std::string, int>>{{"7b/7", 2}});
}

TEST_CASE("CountedMembership: one or two joiners wait; the third brings all three in at once") {
    const Roster start = members("a", 12, "7a", 7);
    Roster roster = start + members("n", 1, "7a", 7);
    auto step = advanceMembership(start, roster);
    CHECK(step.counted == start);
    roster = start + members("n", 2, "7a", 7);
    CHECK(advanceMembership(start, roster).counted == start);
    roster = start + members("n", 3, "7a", 7);
    step = advanceMembership(start, roster);
    CHECK(step.counted == roster);
    CHECK(step.advanced == std::vector<std::string>{"7a/7"});
}

TEST_CASE("CountedMembership: three joiners wait while only one of them was assessed on a "
          "competency, so its bar would move by one") {
    SchoolContent c;
    c.domains = {{"m", "M", {}, 0}};
    c.competencies = {{"m1", "m", "M.1", {}, {}, 0}, {"m2", "m", "M.2", {}, {}, 1}};
    const Days day{std::chrono::year{2026} / 10 / 1};
    const Roster start = members("a", 12, "7a", 7);
    const Roster roster = start + members("n", 3, "7a", 7);
    std::vector<Evidence> rows{
        {"n0", "m1", 3, day}, {"n0", "m2", 2, day}, {"n1", "m2", 2, day}, {"n2", "m2", 4, day}};
    CHECK(advanceMembership(start, roster, figureKeys(c, rows, day)).counted == start);
    rows.push_back({"n1", "m1", 1, day});
    rows.push_back({"n2", "m1", 2, day});
    CHECK(advanceMembership(start, roster, figureKeys(c, rows, day)).counted == roster);
    SUBCASE("the start of term's figures count only evidence by the start window") {
        rows.back().date = day + std::chrono::days{1}; // n2's m1 came after the window
        CHECK(advanceMembership(start, roster, figureKeys(c, rows, day)).counted == start);
    }
}

TEST_CASE("CountedMembership: a leaver keeps counting in the old class until it moves on") {
    const Roster start = members("a", 12, "7a", 7) + members("b", 12, "7b", 7);
    Roster roster = start;
    roster[0].sectionId = "7b"; // a0 moves from 7a to 7b
    auto step = advanceMembership(start, roster);
    CHECK(sectionOf(step.counted).at("a0") == "7a");
    SUBCASE("two more leave 7a: it lets all three go; 7b takes a0 only with two more of its own") {
        roster.erase(std::remove_if(roster.begin(), roster.end(),
                                    [](const CountedMember& m) {
                                        return m.learnerId == "a1" || m.learnerId == "a2";
                                    }),
                     roster.end());
        step = advanceMembership(start, roster);
        CHECK_FALSE(sectionOf(step.counted).contains("a0")); // let go, not yet taken in
        CHECK_FALSE(sectionOf(step.counted).contains("a1"));
        const Roster joined = roster + members("n", 2, "7b", 7);
        step = advanceMembership(step.counted, joined);
        CHECK(sectionOf(step.counted).at("a0") == "7b");
        CHECK(sectionOf(step.counted).at("n1") == "7b");
    }
}

TEST_CASE("CountedMembership: no grade or school moves by one or two learners in a step") {
    // Three learners move from 7a to 7b and one new learner joins 7b. Moving both classes would
    // change grade 7 by exactly the newcomer: so the classes wait, and nobody learns their level.
    const Roster start = members("a", 12, "7a", 7) + members("b", 12, "7b", 7);
    Roster roster = start;
    for (int i = 0; i < 3; ++i)
        roster[static_cast<std::size_t>(i)].sectionId = "7b";
    roster = roster + members("n", 1, "7b", 7);
    const auto step = advanceMembership(start, roster);
    const auto before = start.size(), after = step.counted.size();
    const auto delta = before > after ? before - after : after - before;
    CHECK((delta == 0 || delta >= 3));
    CHECK_FALSE(sectionOf(step.counted).contains("n0"));
}

TEST_CASE("CountedMembership: a section whose grade changes moves as a whole") {
    const Roster start = members("a", 12, "7a", 7);
    const Roster regraded = members("a", 12, "7a", 8);
    const auto step = advanceMembership(start, regraded);
    CHECK(step.counted == regraded);
}

TEST_CASE("CountedMembership: random rosters over many days keep every group's change at 0 or "
          "three or more, and a settled roster is a fixed point") {
    std::mt19937 rng(31);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const std::vector<std::pair<std::string, int>> sections{
        {"6a", 6}, {"6b", 6}, {"7a", 7}, {"7b", 7}, {"7c", 7}};
    Roster roster;
    for (int i = 0; i < 70; ++i) {
        const auto& s = sections[static_cast<std::size_t>(pick(0, 4))];
        roster.push_back({"l" + std::to_string(i), s.first, s.second});
    }
    Roster counted = advanceMembership({}, roster).counted;
    int next = 70;
    for (int day = 0; day < 200; ++day) {
        for (int changes = pick(0, 3); changes > 0; --changes) {
            const int what = pick(0, 2);
            if (what == 0 && !roster.empty()) {
                roster.erase(roster.begin() + pick(0, static_cast<int>(roster.size()) - 1));
            } else if (what == 1 && !roster.empty()) {
                auto& m =
                    roster[static_cast<std::size_t>(pick(0, static_cast<int>(roster.size()) - 1))];
                const auto& s = sections[static_cast<std::size_t>(pick(0, 4))];
                m.sectionId = s.first;
                m.grade = s.second;
            } else {
                const auto& s = sections[static_cast<std::size_t>(pick(0, 4))];
                roster.push_back({"l" + std::to_string(next++), s.first, s.second});
            }
        }
        std::sort(roster.begin(), roster.end(),
                  [](auto& x, auto& y) { return x.learnerId < y.learnerId; });
        const Roster before = counted;
        counted = advanceMembership(counted, roster).counted;
        // Per group: learners in it before and not after, or after and not before.
        auto inGroup = [](const Roster& r, const std::string& key, bool bySection) {
            std::set<std::string> out;
            for (const auto& m : r)
                if (key.empty() ||
                    (bySection ? m.sectionId == key : std::to_string(m.grade) == key))
                    out.insert(m.learnerId);
            return out;
        };
        std::vector<std::pair<std::string, bool>> groups{{"", false}, {"6", false}, {"7", false}};
        for (const auto& s : sections)
            groups.emplace_back(s.first, true);
        for (const auto& [key, bySection] : groups) {
            const auto a = inGroup(before, key, bySection), b = inGroup(counted, key, bySection);
            std::vector<std::string> diff;
            std::set_symmetric_difference(a.begin(), a.end(), b.begin(), b.end(),
                                          std::back_inserter(diff));
            CAPTURE(day);
            CAPTURE(key);
            CHECK((diff.empty() || diff.size() >= 3));
        }
        CHECK(advanceMembership(counted, roster).counted ==
              advanceMembership(advanceMembership(counted, roster).counted, roster).counted);
    }
}
