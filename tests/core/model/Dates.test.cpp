#include "core/model/Dates.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace lantern;

namespace {

Days ymd(int y, unsigned m, unsigned d) {
    return Days{std::chrono::sys_days{std::chrono::year{y} / m / d}.time_since_epoch()};
}

Instant utc(int y, unsigned mo, unsigned d, int h, int mi, int s = 0, int ms = 0) {
    return Instant{std::chrono::sys_days{std::chrono::year{y} / mo / d}.time_since_epoch()} +
           std::chrono::hours(h) + std::chrono::minutes(mi) + std::chrono::seconds(s) +
           std::chrono::milliseconds(ms);
}

} // namespace

TEST_CASE("Dates: YYYY-MM-DD exactly, a day the calendar has") {
    CHECK(parseDate("2024-02-29") == ymd(2024, 2, 29));
    CHECK(parseDate("1999-12-31") == ymd(1999, 12, 31));
    for (const char* bad :
         {"2023-02-29", "2026-13-01", "2026-00-10", "2026-1-05", "2026-01-5", "1/05/2023",
          "2026-01-05T10:00", " 2026-01-05", "2026-01-05 ", "20260105", "yesterday", ""}) {
        CAPTURE(bad);
        CHECK_FALSE(parseDate(bad));
    }
}

TEST_CASE("Dates: formatDate writes what parseDate reads, zero-padded") {
    CHECK(formatDate(ymd(2026, 9, 8)) == "2026-09-08");
    CHECK(formatDate(ymd(987, 1, 2)) == "0987-01-02");
    for (Days d = ymd(2023, 12, 25); d < ymd(2024, 3, 5); d += std::chrono::days(1))
        CHECK(parseDate(formatDate(d)) == d);
}

TEST_CASE("Dates: the day a timestamp was written on, whatever its time and offset") {
    CHECK(parseDateOfStamp("2026-10-05") == ymd(2026, 10, 5));
    CHECK(parseDateOfStamp("2023-05-01T23:30:00-05:00") == ymd(2023, 5, 1));
    CHECK(parseDateOfStamp("2017-05-06 08:01:05") == ymd(2017, 5, 6));
    CHECK_FALSE(parseDateOfStamp("2023-05-01X"));
    CHECK_FALSE(parseDateOfStamp("2023-02-30T10:00"));
}

TEST_CASE("Dates: US spreadsheets write month first, one or two digits") {
    CHECK(parseUsDate("1/05/2023") == ymd(2023, 1, 5));
    CHECK(parseUsDate("10/6/2026") == ymd(2026, 10, 6));
    CHECK(parseUsDate("2/29/2024") == ymd(2024, 2, 29));
    for (const char* bad : {"15/06/2023", "2/30/2024", "1/5/23", "001/5/2023", "1//2023", "/5/2023",
                            "1/5/2023x", "2023-01-05"}) {
        CAPTURE(bad);
        CHECK_FALSE(parseUsDate(bad));
    }
}

TEST_CASE("Dates: ISO 8601 date-times to the instant, with every offset form") {
    CHECK(parseDateTime("2003-06-17T14:57:00-07:00") == utc(2003, 6, 17, 21, 57));
    CHECK(parseDateTime("2026-01-01T01:30:00+05:30") == utc(2025, 12, 31, 20, 0));
    CHECK(parseDateTime("2023-05-01T18:25:43.511Z") == utc(2023, 5, 1, 18, 25, 43, 511));
    CHECK(parseDateTime("2023-05-01T18:25:43,5z") == utc(2023, 5, 1, 18, 25, 43, 500));
    CHECK(parseDateTime("2023-05-01T18:25:43.511123Z") == utc(2023, 5, 1, 18, 25, 43, 511));
    CHECK(parseDateTime("2023-05-01T18:25:43-0500") == utc(2023, 5, 1, 23, 25, 43));
    CHECK(parseDateTime("2023-05-01t18:25+01") == utc(2023, 5, 1, 17, 25));
    CHECK(parseDateTime("2016-12-31T23:59:60Z") == utc(2017, 1, 1, 0, 0));
    SUBCASE("an offset is required unless the caller reads zone-less times as UTC") {
        CHECK_FALSE(parseDateTime("2017-05-06 08:01:05"));
        CHECK(parseDateTime("2017-05-06 08:01:05", Offset::Optional) == utc(2017, 5, 6, 8, 1, 5));
    }
    for (const char* bad : {"2023-05-01", "2023-05-01T24:00:00Z", "2023-05-01T18:60Z",
                            "2023-05-01T18Z", "2023-05-01T18:25:43.Z", "2023-05-01T18:25:43+2",
                            "2023-05-01T18:25:43+02:00:00", "2023-05-01T18:25:43 Z",
                            "2023-05-01T18:25:43ZZ", "2023-02-30T10:00:00Z", "2023-05-01T"}) {
        CAPTURE(bad);
        CHECK_FALSE(parseDateTime(bad, Offset::Optional));
    }
}
