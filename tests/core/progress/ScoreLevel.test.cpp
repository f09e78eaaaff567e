#include "core/progress/ScoreLevel.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace lantern;

namespace {

MasteryScale scaleOf(int levels, int masteredRank) {
    MasteryScale scale;
    for (int rank = 1; rank <= levels; ++rank)
        scale.levels.push_back({rank, {}, "#000000"});
    scale.masteredRank = masteredRank;
    return scale;
}

// Canvas's default outcome: 4 Exceeds, 3 Meets (mastery), 2 Near, 1 Below, 0 No evidence.
Competency canvasDefault() {
    Competency c;
    c.id = "canvas:1";
    c.ratings = {{4, "Exceeds"}, {3, "Meets"}, {2, "Near"}, {1, "Below"}, {0, "None"}};
    c.masteryPoints = 3;
    return c;
}

} // namespace

TEST_CASE("ScoreLevel: Canvas ratings align the mastery rating with the mastered rank") {
    const auto scale = scaleOf(4, 3);
    const auto c = canvasDefault();
    CHECK(levelForScore(3, c, scale) == 3);
    CHECK(levelForScore(4, c, scale) == 4);
    CHECK(levelForScore(2, c, scale) == 2);
    CHECK(levelForScore(1, c, scale) == 1);
    SUBCASE("a score between ratings earns the rating below it") {
        CHECK(levelForScore(3.5, c, scale) == 3);
        CHECK(levelForScore(2.99, c, scale) == 2);
    }
    SUBCASE("steps beyond the scale are clamped") {
        CHECK(levelForScore(0, c, scale) == 1); // two below "Near" would be rank 0
        CHECK(levelForScore(9, c, scale) == 4);
        CHECK(levelForScore(-2, c, scale) == 1); // below every rating: the lowest
    }
    SUBCASE("a five-level scale mastered at 4 shifts the alignment") {
        const auto five = scaleOf(5, 4);
        CHECK(levelForScore(4, c, five) == 5);
        CHECK(levelForScore(3, c, five) == 4);
        CHECK(levelForScore(0, c, five) == 1);
    }
}

TEST_CASE("ScoreLevel: mastery points between ratings align the next rating up") {
    auto c = canvasDefault();
    c.masteryPoints = 2.5; // "Meets" (3) is the lowest rating that counts as mastery
    const auto scale = scaleOf(4, 3);
    CHECK(levelForScore(3, c, scale) == 3);
    CHECK(levelForScore(2.7, c, scale) == 2);
    SUBCASE("ratings listed in any order give the same answer") {
        std::swap(c.ratings[0], c.ratings[4]);
        CHECK(levelForScore(3, c, scale) == 3);
        CHECK(levelForScore(4, c, scale) == 4);
    }
    SUBCASE("mastery points above every rating align the highest rating") {
        c.masteryPoints = 10;
        CHECK(levelForScore(4, c, scale) == 3);
        CHECK(levelForScore(3, c, scale) == 2);
    }
}

TEST_CASE("ScoreLevel: a score out of a maximum is split into equal shares of the scale") {
    const auto scale = scaleOf(4, 3);
    const Competency plain;
    CHECK(levelForScore(5, plain, scale, {}, 10.0) == 3);    // f = 0.5: the mastered share
    CHECK(levelForScore(4.99, plain, scale, {}, 10.0) == 2); // just under it
    CHECK(levelForScore(2.5, plain, scale, {}, 10.0) == 2);
    CHECK(levelForScore(2.49, plain, scale, {}, 10.0) == 1);
    CHECK(levelForScore(7.5, plain, scale, {}, 10.0) == 4);
    CHECK(levelForScore(10, plain, scale, {}, 10.0) == 4); // f = 1 is clamped to the top
    CHECK(levelForScore(0, plain, scale, {}, 10.0) == 1);
    CHECK(levelForScore(-3, plain, scale, {}, 10.0) == 1);
    CHECK(levelForScore(14, plain, scale, {}, 10.0) == 4);
    SUBCASE("a minimum shifts the range") {
        CHECK(levelForScore(75, plain, scale, 50.0, 100.0) == 3);
        CHECK(levelForScore(60, plain, scale, 50.0, 100.0) == 1);
    }
    SUBCASE("an empty range has no answer") {
        CHECK_FALSE(levelForScore(5, plain, scale, 10.0, 10.0));
        CHECK_FALSE(levelForScore(5, plain, scale, 10.0, 2.0));
    }
    SUBCASE("a share on the boundary lands on the boundary's level despite rounding") {
        CHECK(levelForScore(0.3, plain, scale, {}, 0.6) == 3); // 0.3 / 0.6 may be 0.4999…
        CHECK(levelForScore(0.7, plain, scale, 0.1, 1.3) == 3);
    }
}

TEST_CASE("ScoreLevel: ratings without mastery points fall back to their range") {
    auto c = canvasDefault();
    c.masteryPoints.reset();
    const auto scale = scaleOf(4, 3);
    CHECK(levelForScore(2, c, scale) == 3); // (2 - 0) / (4 - 0) = 0.5
    CHECK(levelForScore(1.9, c, scale) == 2);
    CHECK(levelForScore(4, c, scale) == 4);
}

TEST_CASE("ScoreLevel: an integer score that is a rank is that rank") {
    const auto scale = scaleOf(4, 3);
    const Competency plain;
    CHECK(levelForScore(2, plain, scale) == 2);
    CHECK(levelForScore(4, plain, scale) == 4);
    CHECK_FALSE(levelForScore(2.5, plain, scale));
    CHECK_FALSE(levelForScore(5, plain, scale));
    CHECK_FALSE(levelForScore(0, plain, scale));
}

TEST_CASE("ScoreLevel: no scale or no number gives no level") {
    CHECK_FALSE(levelForScore(3, canvasDefault(), MasteryScale{}));
    CHECK_FALSE(levelForScore(std::nan(""), canvasDefault(), scaleOf(4, 3)));
}
