#include "core/publicview/Privacy.hpp"

#include <doctest/doctest.h>

#include <map>
#include <numeric>
#include <random>

using namespace lantern;

namespace {

int sum(const std::vector<int>& v) {
    return std::accumulate(v.begin(), v.end(), 0);
}

} // namespace

TEST_CASE("Privacy: the policy refuses a minimum group below 5") {
    SUBCASE("default is k = 10 with bands of at least 3") {
        const PrivacyPolicy policy;
        CHECK(policy.minGroup() == 10);
        CHECK(policy.minBand() == 3);
    }
    SUBCASE("4 is refused and the error names the setting") {
        const auto result = PrivacyPolicy::make(4);
        CHECK_FALSE(result.policy.has_value());
        CHECK(result.error.find("privacy.min_group") != std::string::npos);
    }
    SUBCASE("5 and 20 are accepted") {
        CHECK(PrivacyPolicy::make(5).policy->minGroup() == 5);
        CHECK(PrivacyPolicy::make(20).policy->minGroup() == 20);
        CHECK(PrivacyPolicy::make(20).error.empty());
    }
}

TEST_CASE("Privacy: a band of fewer than 3 learners merges with a neighbour") {
    SUBCASE("a band of 2 at the bottom joins the next level") {
        const auto bands = mergeBands({2, 5, 6, 4}, 3, 2);
        REQUIRE(bands.size() == 3);
        CHECK(bands[0].first == 0);
        CHECK(bands[0].last == 1);
        CHECK(bands[0].count == 7);
    }
    SUBCASE("an empty level merges too, so bands cover the whole scale") {
        const auto bands = mergeBands({0, 6, 6, 6}, 3, 2);
        REQUIRE(bands.size() == 3);
        CHECK(bands.front().first == 0);
        CHECK(bands.back().last == 3);
    }
    SUBCASE("a short band prefers the neighbour on its side of mastery") {
        // Level 2 (index 2, mastered) has 2: it joins level 3, not level 1 below mastery.
        const auto bands = mergeBands({5, 5, 2, 5}, 3, 2);
        REQUIRE(bands.size() == 3);
        CHECK(bands[2].first == 2);
        CHECK(bands[2].last == 3);
    }
    SUBCASE("merging repeats until one band is left") {
        const auto bands = mergeBands({1, 1, 0, 0}, 3, 2);
        REQUIRE(bands.size() == 1);
        CHECK(bands[0].count == 2);
        CHECK(bands[0].first == 0);
        CHECK(bands[0].last == 3);
    }
    SUBCASE("every band of the result holds at least 3 when there are several") {
        for (const auto& b : mergeBands({3, 0, 1, 2, 9, 1}, 3, 3))
            CHECK(b.count >= 3);
    }
}

TEST_CASE("Privacy: bar percents are multiples of 5 that add up to 100") {
    SUBCASE("thirds: 35 + 35 + 30 by largest remainder, lower band first on ties") {
        const auto p = bandPercents({{0, 0, 3}, {1, 1, 3}, {2, 2, 3}});
        CHECK(p == std::vector<int>{35, 35, 30});
    }
    SUBCASE("a band of 3 in 70 still gets a visible 5") {
        const auto p = bandPercents({{0, 0, 3}, {1, 1, 67}});
        CHECK(p == std::vector<int>{5, 95});
    }
    SUBCASE("many group sizes") {
        for (int n = 10; n <= 40; ++n)
            for (int a = 3; a + 6 <= n; ++a) {
                const auto p = bandPercents({{0, 0, a}, {1, 1, 3}, {2, 2, n - a - 3}});
                CHECK(sum(p) == 100);
                for (int x : p)
                    CHECK((x % 5 == 0 && x >= 5));
            }
    }
    SUBCASE("no learners, no bar") {
        CHECK(bandPercents({{0, 0, 0}}).empty());
    }
}

TEST_CASE("Privacy: shares above 95% and below 5% are coded") {
    CHECK(codeShare(20, 20) == ShareCoding::Above95);
    CHECK(codeShare(58, 60) == ShareCoding::Above95);
    CHECK(codeShare(19, 20) == ShareCoding::Exact); // exactly 95
    CHECK(codeShare(3, 70) == ShareCoding::Below5);
    CHECK(codeShare(1, 20) == ShareCoding::Exact); // exactly 5
    CHECK(codeShare(7, 20) == ShareCoding::Exact);
}

TEST_CASE("Privacy: the mastered percent exists only when no band straddles mastery") {
    const std::vector<BandCount> clean{{0, 1, 6}, {2, 3, 14}};
    CHECK(masteredPercent(clean, {30, 70}, 2) == 70);
    const std::vector<BandCount> straddle{{0, 0, 5}, {1, 2, 6}, {3, 3, 9}};
    CHECK_FALSE(masteredPercent(straddle, {25, 30, 45}, 2).has_value());
    const std::vector<BandCount> noneBelow{{0, 2, 6}, {3, 3, 14}}; // straddles and nothing below
    CHECK_FALSE(masteredPercent(noneBelow, {30, 70}, 2).has_value());
    const std::vector<BandCount> allMastered{{0, 3, 20}};
    CHECK_FALSE(masteredPercent(allMastered, {100}, 0).has_value());
}
