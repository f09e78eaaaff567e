#include "core/Mastery.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using namespace std::chrono;

namespace {

Days onDay(int m, int d) {
    return sys_days{year{2025} / m / d};
}

} // namespace

TEST_CASE("Mastery: the most recent evidence on or before the date is the level") {
    const std::vector<Evidence> ev{
        {"ana", "m1", 1, onDay(9, 10)}, {"ana", "m1", 3, onDay(10, 1)},
        {"ana", "m1", 2, onDay(11, 1)}, // a later, lower level still counts: most recent wins
        {"ana", "m2", 4, onDay(9, 1)},  {"ben", "m1", 4, onDay(9, 1)},
    };
    const MasteryIndex index(ev);
    CHECK_FALSE(index.levelAsOf("ana", "m1", onDay(9, 9)).has_value());
    CHECK(index.levelAsOf("ana", "m1", onDay(9, 10)) == 1); // inclusive
    CHECK(index.levelAsOf("ana", "m1", onDay(10, 15)) == 3);
    CHECK(index.levelAsOf("ana", "m1", onDay(12, 1)) == 2);
    CHECK(index.levelAsOf("ana", "m2", onDay(12, 1)) == 4);
    CHECK_FALSE(index.levelAsOf("cy", "m1", onDay(12, 1)).has_value());
    CHECK(index.firstDate() == onDay(9, 1));
}

TEST_CASE("Mastery: on a tie of dates the higher level counts") {
    const std::vector<Evidence> ev{{"ana", "m1", 3, onDay(10, 1)},
                                   {"ana", "m1", 2, onDay(10, 1)},
                                   {"ana", "m1", 1, onDay(9, 1)}};
    CHECK(levelAsOf(ev, "ana", "m1", onDay(10, 1)) == 3);
    CHECK(MasteryIndex({}).firstDate() == std::nullopt);
}
