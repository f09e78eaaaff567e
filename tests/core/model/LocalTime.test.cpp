#include "core/model/LocalTime.hpp"

#include <doctest/doctest.h>

using namespace lantern;

TEST_CASE("LocalTime: local wall-clock time in the school's zone, across DST") {
    const std::string ny = "America/New_York";
    SUBCASE("EST in November is UTC-5") {
        auto t = parseLocalTime("2026-11-23T08:15:00", ny);
        REQUIRE(t);
        CHECK(formatLocal(*t, "UTC") == "2026-11-23 13:15:00 UTC");
        CHECK(formatLocal(*t, ny) == "2026-11-23 08:15:00 EST");
    }
    SUBCASE("EDT in October is UTC-4") {
        auto t = parseLocalTime("2026-10-05 08:15", ny);
        REQUIRE(t);
        CHECK(formatLocal(*t, "UTC") == "2026-10-05 12:15:00 UTC");
    }
    SUBCASE("a time skipped by spring-forward resolves after the gap") {
        auto t = parseLocalTime("2026-03-08T02:30:00", ny);
        REQUIRE(t);
        CHECK(formatLocal(*t, ny) == "2026-03-08 03:00:00 EDT");
    }
    SUBCASE("the start of a local day is local midnight") {
        auto t = *parseLocalTime("2026-11-23T08:15:00", ny);
        CHECK(formatLocal(startOfLocalDay(t, ny), ny) == "2026-11-23 00:00:00 EST");
        CHECK(formatDate(localDay(t, ny)) == "2026-11-23");
    }
}

TEST_CASE("LocalTime: text that is not a time, or an unknown zone, is refused") {
    CHECK_FALSE(parseLocalTime("Monday 8:15", "America/New_York"));
    CHECK_FALSE(parseLocalTime("2026-11-23T25:00:00", "America/New_York"));
    CHECK_FALSE(parseLocalTime("2026-11-23T08:15:00junk", "America/New_York"));
    CHECK_FALSE(parseLocalTime("2026-11-23T08:15:00", "Mars/Olympus_Mons"));
    CHECK_FALSE(isKnownTimeZone("Mars/Olympus_Mons"));
    CHECK(isKnownTimeZone("Europe/Madrid"));
    CHECK(parseDate("2026-09-08"));
    CHECK_FALSE(parseDate("2026-13-08"));
}
