#include "core/schedule/PowerHours.hpp"

#include "core/model/LocalClock.hpp"

#include <algorithm>
#include <vector>

namespace lantern {
namespace {

constexpr auto kHorizon = std::chrono::days{7};

bool onAt(const Room& room, const WallTime& now) {
    return std::any_of(room.powerHours.begin(), room.powerHours.end(), [&](const PowerWindow& p) {
        const auto day = windowStartDay(p.window, now);
        return day && p.days.has(*day == now.day ? now.isoWeekday : isoWeekdayOf(*day));
    });
}

// Minutes of the day at which some window starts or ends, sorted, without duplicates.
std::vector<int> boundaryMinutes(const Room& room) {
    std::vector<int> out;
    for (const auto& p : room.powerHours) {
        out.push_back(p.window.startMinute % 1440);
        out.push_back(p.window.endMinute % 1440);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// The first wall-clock boundary after `now` (minutes are never empty).
LocalMs nextBoundary(const WallTime& now, const std::vector<int>& minutes) {
    for (int m : minutes) {
        const LocalMs b = localAt(now.day, m);
        if (b > now.wall) return b;
    }
    return localAt(now.day + date::days{1}, minutes.front());
}

} // namespace

// Steps from one wall-clock boundary (or offset change) to the next, checking the state at
// each, until it changes: exact across DST jumps without special cases.
PowerState powerAt(const Room& room, const date::time_zone* zone, Instant t) {
    const auto& z = zone ? *zone : zoneOrUtc("UTC");
    const Instant limit = t + kHorizon;
    if (room.powerHours.empty()) return {true, limit};
    const auto minutes = boundaryMinutes(room);
    WallTime now = wallTimeAt(z, t);
    const bool on = onAt(room, now);
    while (true) {
        const Instant boundary{nextBoundary(now, minutes).time_since_epoch() - now.offset};
        const Instant next = std::min(boundary, now.offsetEnd);
        if (next >= limit) return {on, limit};
        now = wallTimeAt(z, next);
        if (onAt(room, now) != on) return {on, next};
    }
}

PowerState powerAt(const Room& room, const std::string& zone, Instant t) {
    return powerAt(room, &zoneOrUtc(zone), t);
}

} // namespace lantern
