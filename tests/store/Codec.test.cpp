#include "store/Codec.hpp"

#include "core/model/ScheduleNames.hpp"
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
    for (auto status : {CelebrationStatus::Pending, CelebrationStatus::Approved,
                        CelebrationStatus::Rejected, CelebrationStatus::Expired})
        CHECK(codec::decodeStatus(codec::encodeStatus(status), "c.s") == status);
    CHECK_THROWS_AS((void)codec::decodeStatus("maybe", "c.s"), StoreError);
}

TEST_CASE("Codec: every schedule name round-trips and unknown names are refused") {
    for (int i = 0; i <= static_cast<int>(ItemSource::Mission); ++i) {
        const auto source = static_cast<ItemSource>(i);
        CHECK(codec::decodeItemSource(itemSourceName(source), "s") == source);
    }
    for (int i = 0; i <= static_cast<int>(TargetKind::Everywhere); ++i) {
        const auto kind = static_cast<TargetKind>(i);
        CHECK(codec::decodeTargetKind(targetKindName(kind), "t") == kind);
    }
    for (int i = 0; i <= static_cast<int>(Orientation::PortraitFlipped); ++i) {
        const auto orientation = static_cast<Orientation>(i);
        CHECK(codec::decodeOrientation(orientationName(orientation), "o") == orientation);
    }
    CHECK(std::string(itemSourceName(ItemSource::HabitOfWeek)) == "habit-of-week");
    CHECK(std::string(orientationName(Orientation::LandscapeFlipped)) == "landscape-flipped");
    CHECK(parseDarkMode("clock") == DarkMode::Clock);
    CHECK_FALSE(parseDarkMode("Clock"));
    CHECK_FALSE(parseTargetKind(" room"));
    CHECK_THROWS_WITH_AS((void)codec::decodeItemSource("weather", "playlist_items.source"),
                         doctest::Contains("playlist_items.source"), StoreError);
}

TEST_CASE("Codec: power hours are a JSON array of day masks and minute windows") {
    const std::vector<PowerWindow> hours{{WeekdaySet{0x1f}, {420, 1080}},
                                         {WeekdaySet{0x40}, {1320, 120}}};
    const std::string json = codec::encodePowerHours(hours);
    CHECK(json == R"([{"days":31,"end":1080,"start":420},{"days":64,"end":120,"start":1320}])");
    CHECK(codec::decodePowerHours(json, "rooms.power_hours") == hours);
    CHECK(codec::decodePowerHours("[]", "rooms.power_hours").empty());
    for (const char* bad :
         {"{}", "[1]", R"([{"days":31,"start":0}])", R"([{"days":31,"start":0,"end":1441}])",
          R"([{"days":128,"start":0,"end":60}])", R"([{"days":31,"start":"8:00","end":60}])"}) {
        CAPTURE(bad);
        CHECK_THROWS_WITH_AS((void)codec::decodePowerHours(bad, "rooms.power_hours"),
                             doctest::Contains("rooms.power_hours"), StoreError);
    }
}
