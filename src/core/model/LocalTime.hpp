#pragma once
// Conversions between Instants and the school's local wall-clock time (IANA zones, DST-aware,
// through the date/tz library and the system tzdata).
#include "core/model/Dates.hpp"
#include "core/model/Time.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace lantern {

// True when `zone` names a time zone the tz database knows.
[[nodiscard]] bool isKnownTimeZone(const std::string& zone);

// Parses local wall-clock time "YYYY-MM-DDTHH:MM[:SS]" (a space may replace the T) in `zone`.
// A time skipped by a DST change resolves to the instant after the gap; a repeated one to the
// earlier instant. nullopt for text that does not parse or an unknown zone.
[[nodiscard]] std::optional<Instant> parseLocalTime(std::string_view text, const std::string& zone);

// The local calendar day that contains `t` in `zone`, and the instant that day began.
[[nodiscard]] Days localDay(Instant t, const std::string& zone);
[[nodiscard]] Instant startOfLocalDay(Instant t, const std::string& zone);

// "2026-11-23 08:15:00 EST" style, for explanations and logs.
[[nodiscard]] std::string formatLocal(Instant t, const std::string& zone);

} // namespace lantern
