#pragma once
// Wall-clock helpers over a date::time_zone the caller has already looked up (the schedule index
// and power hours cache the pointer; looking a zone up by name is far slower than using it).
// Local times follow the schedule's DST rules: a wall time skipped by a DST change names the
// transition instant, a repeated one the earlier instant.
#include "core/model/ScheduleModel.hpp"
#include "core/model/Time.hpp"

#include <date/tz.h>

#include <chrono>
#include <optional>
#include <string>

namespace lantern {

using LocalMs = date::local_time<std::chrono::milliseconds>;

// The local wall clock at one instant, and how long the zone keeps its current UTC offset.
struct WallTime {
    LocalMs wall;
    Days day;                    // the local calendar day
    int minute = 0;              // minutes since local midnight, 0..1439
    int isoWeekday = 1;          // of `day`; 1 = Monday ... 7 = Sunday
    std::chrono::seconds offset; // local minus UTC
    Instant offsetEnd;           // when the offset next changes (a DST transition)
};

[[nodiscard]] WallTime wallTimeAt(const date::time_zone& zone, Instant t);

// The instant a local wall time names in `zone` (skipped: the transition; repeated: the earlier).
[[nodiscard]] Instant instantOf(const date::time_zone& zone, LocalMs local);

// Local midnight of `day` plus `minute` minutes (minute may be 1440: the next midnight).
[[nodiscard]] LocalMs localAt(Days day, int minute);

[[nodiscard]] int isoWeekdayOf(Days day);

// The zone named `name`, or nullptr when the tz database does not know it. A lookup by name: cache
// it.
[[nodiscard]] const date::time_zone* findTimeZone(const std::string& name);
// The zone named `name`, or UTC when the tz database does not know it: a school whose zone is
// unknown (a hand-edited database; the content file refuses one) keeps running on UTC rather
// than failing. Every place that needs a school's zone falls back through here.
[[nodiscard]] const date::time_zone& zoneOrUtc(const std::string& name);

// The local day on which the occurrence of `window` (nullopt: all day) that contains `now`
// started: today, or yesterday for the part of a midnight-crossing window after midnight.
// nullopt when `now` is outside the window. Weekdays and date ranges are the caller's to check
// against the returned day.
[[nodiscard]] std::optional<Days> windowStartDay(const std::optional<TimeWindow>& window,
                                                 const WallTime& now);

} // namespace lantern
