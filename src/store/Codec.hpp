#pragma once
// How the store writes domain values into columns and reads them back (see Schema.hpp for the
// conventions). Readers throw StoreError naming the column when the stored text is malformed.
#include "core/model/Alert.hpp"
#include "core/model/Content.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lantern::codec {

[[nodiscard]] std::string encodeText(const LangText& text); // JSON object
[[nodiscard]] LangText decodeText(const std::string& json, std::string_view column);

[[nodiscard]] std::string encodeList(const std::vector<std::string>& items); // JSON array
[[nodiscard]] std::vector<std::string> decodeList(const std::string& json, std::string_view column);

[[nodiscard]] std::string encodeDate(Days day); // "YYYY-MM-DD"
[[nodiscard]] Days decodeDate(const std::string& text, std::string_view column);

// Optional dates: NULL <-> nullopt.
[[nodiscard]] std::optional<std::string> encodeOptionalDate(const std::optional<Days>& day);
[[nodiscard]] std::optional<Days> decodeOptionalDate(const std::optional<std::string>& text,
                                                     std::string_view column);

[[nodiscard]] std::int64_t encodeInstant(Instant instant); // ms since the epoch
[[nodiscard]] Instant decodeInstant(std::int64_t millis);

[[nodiscard]] const char* encodeStatus(CelebrationStatus status);
[[nodiscard]] CelebrationStatus decodeStatus(const std::string& text, std::string_view column);

// 'lockdown' | 'shelter' | 'evacuate' | 'hold' | 'custom' | 'cap'
[[nodiscard]] const char* encodeAlertKind(AlertKind kind);
[[nodiscard]] AlertKind decodeAlertKind(const std::string& text, std::string_view column);

// The schedule enums, by the names of core/ScheduleNames.hpp.
[[nodiscard]] ItemSource decodeItemSource(const std::string& text, std::string_view column);
[[nodiscard]] TargetKind decodeTargetKind(const std::string& text, std::string_view column);
[[nodiscard]] Orientation decodeOrientation(const std::string& text, std::string_view column);
[[nodiscard]] DarkMode decodeDarkMode(const std::string& text, std::string_view column);

// A weekday set as its bitmask; decoding refuses values outside 0..127.
[[nodiscard]] WeekdaySet decodeWeekdays(std::int64_t bits, std::string_view column);

// JSON array of {"days": <bitmask>, "start": <minute>, "end": <minute>} (see Schema.hpp).
[[nodiscard]] std::string encodePowerHours(const std::vector<PowerWindow>& windows);
[[nodiscard]] std::vector<PowerWindow> decodePowerHours(const std::string& json,
                                                        std::string_view column);

// JSON array of {"points": n, "description": "…"}.
[[nodiscard]] std::string encodeRatings(const std::vector<Rating>& ratings);
[[nodiscard]] std::vector<Rating> decodeRatings(const std::string& json, std::string_view column);

// By core's masteryMethodName.
[[nodiscard]] MasteryMethod decodeMasteryMethod(const std::string& text, std::string_view column);

} // namespace lantern::codec
