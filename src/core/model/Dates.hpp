#pragma once
// Dates and date-times as text, one way for every reader: the importers (OneRoster, the mastery
// CSV, CASE, CAP), the content file and the command line. Calendar checks are the date library's
// (a real day, a real time); the shapes accepted are written down here.
#include "core/model/Time.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace lantern {

// "YYYY-MM-DD" exactly: a four-digit year, two-digit month and day, a day the calendar has.
// Fast enough for an import of millions of rows (no stream is built per call).
[[nodiscard]] std::optional<Days> parseDate(std::string_view text);
[[nodiscard]] std::string formatDate(Days day); // "YYYY-MM-DD"

// The calendar day a timestamp was written on, as written: "YYYY-MM-DD" alone or followed by
// "T", "t" or a space and anything (the time is not read; its offset does not move the day).
[[nodiscard]] std::optional<Days> parseDateOfStamp(std::string_view text);

// "M/D/YYYY" as US spreadsheets write dates: one or two digits for month and day, month first.
[[nodiscard]] std::optional<Days> parseUsDate(std::string_view text);

// An ISO 8601 date-time: "YYYY-MM-DD", then "T" (or "t", or a space), "hh:mm", optional ":ss"
// (60 for a leap second) with an optional fraction after "." or ",", then a UTC offset: "Z"
// ("z"), "±hh", "±hhmm" or "±hh:mm". Without an offset, when `offset` is Optional, the time is
// read as UTC. The instant, to the millisecond.
enum class Offset { Required, Optional };
[[nodiscard]] std::optional<Instant> parseDateTime(std::string_view text,
                                                   Offset offset = Offset::Required);

} // namespace lantern
