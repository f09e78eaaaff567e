#pragma once
// Weekday sets and time windows as text, for the content file, the command line and explain
// output: one spelling everywhere.
#include "core/model/ScheduleModel.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace lantern {

// "Mon-Fri", "Mon,Wed,Fri", "Mon-Wed,Sat", "every day", "no days".
[[nodiscard]] std::string formatWeekdays(WeekdaySet days);
// Inverse of formatWeekdays, case-insensitive: day names or prefixes of two letters or more,
// comma lists, ranges (a range may wrap: "Fri-Mon"), "every day", "daily", "weekdays",
// "weekends". nullopt for anything else.
[[nodiscard]] std::optional<WeekdaySet> parseWeekdays(std::string_view text);
// "07:30-08:30", "22:00-06:00" (crosses midnight), "18:00-24:00" or "18:00-00:00" (to midnight),
// "all-day" -> {0, 1440}. nullopt for bad times or an empty window (start == end).
[[nodiscard]] std::optional<TimeWindow> parseTimeWindow(std::string_view text);
[[nodiscard]] std::string formatTimeWindow(TimeWindow window); // {0, 1440} -> "all-day"

} // namespace lantern
