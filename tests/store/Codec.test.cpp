#include "store/Codec.hpp"
#include "store/StoreError.hpp"

#include <doctest/doctest.h>

using namespace lantern;

TEST_CASE("Codec: dates are ISO text and round-trip") {
    const Days day{std::chrono::year{2026} / 11 / 20};
    CHECK(codec::encodeDate(day) == "2026-11-20");
    CHECK(codec::decodeDate("2026-11-20", "t.c") == day);
    CHECK(codec::decodeDate(codec::encodeDate(Days{}), "t.c") == Days{});
}

TEST_CASE("Codec: malformed dates are refused") {
    for (const char* bad : {"2026-13-01", "2026-02-30", "20261120", "2026-11-20x", ""}) {
        CAPTURE(bad);
        CHECK_THROWS_WITH_AS((void)codec::decodeDate(bad, "evidence.date"),
                             doctest::Contains("evidence.date"), StoreError);
    }
}

TEST_CASE("Codec: multilingual text is a JSON object and keeps non-ASCII text") {
    const LangText text{{"en", "Inquiry"}, {"es", "Indagación"}, {"zh", "探究"}};
    const std::string json = codec::encodeText(text);
    CHECK(json.front() == '{');
    CHECK(codec::decodeText(json, "habits.name") == text);
    CHECK(codec::decodeText("{}", "habits.name").empty());
    CHECK_THROWS_AS((void)codec::decodeText("[\"en\"]", "habits.name"), StoreError);
    CHECK_THROWS_AS((void)codec::decodeText("{\"en\": 3}", "habits.name"), StoreError);
}

TEST_CASE("Codec: language lists, instants and statuses round-trip") {
    const std::vector<std::string> languages{"en", "es", "ht"};
    CHECK(codec::decodeList(codec::encodeList(languages), "school.languages") == languages);
    const Instant t{std::chrono::milliseconds{1'790'000'000'123}};
    CHECK(codec::decodeInstant(codec::encodeInstant(t)) == t);
    for (auto status :
         {CelebrationStatus::Pending, CelebrationStatus::Approved, CelebrationStatus::Rejected})
        CHECK(codec::decodeStatus(codec::encodeStatus(status), "c.s") == status);
    CHECK_THROWS_AS((void)codec::decodeStatus("maybe", "c.s"), StoreError);
}
