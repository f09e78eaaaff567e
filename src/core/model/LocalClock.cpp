#include "core/model/LocalClock.hpp"

namespace lantern {

WallTime wallTimeAt(const date::time_zone& zone, Instant t) {
    const auto info = zone.get_info(t);
    WallTime w;
    w.offset = info.offset;
    w.offsetEnd = std::chrono::time_point_cast<std::chrono::milliseconds>(info.end);
    w.wall = LocalMs{t.time_since_epoch() + info.offset};
    const auto midnight = date::floor<date::days>(w.wall);
    w.day = Days{midnight.time_since_epoch()};
    w.minute = static_cast<int>(date::floor<std::chrono::minutes>(w.wall - midnight).count());
    w.isoWeekday = isoWeekdayOf(w.day);
    return w;
}

Instant instantOf(const date::time_zone& zone, LocalMs local) {
    const auto info = zone.get_info(local);
    if (info.result == date::local_info::nonexistent)
        return std::chrono::time_point_cast<std::chrono::milliseconds>(info.first.end);
    return Instant{local.time_since_epoch() - info.first.offset};
}

LocalMs localAt(Days day, int minute) {
    return LocalMs{day.time_since_epoch() + std::chrono::minutes(minute)};
}

int isoWeekdayOf(Days day) {
    return static_cast<int>(date::weekday{date::sys_days{day.time_since_epoch()}}.iso_encoding());
}

const date::time_zone* findTimeZone(const std::string& name) {
    try {
        return date::locate_zone(name);
    } catch (const std::exception&) {
        return nullptr;
    }
}

const date::time_zone& zoneOrUtc(const std::string& name) {
    const auto* zone = findTimeZone(name);
    return zone ? *zone : *date::locate_zone("UTC");
}

std::optional<Days> windowStartDay(const std::optional<TimeWindow>& window, const WallTime& now) {
    if (!window) return now.day;
    const int m = now.minute;
    const int s = window->startMinute;
    const int e = window->endMinute;
    if (!window->crossesMidnight()) {
        if (m >= s && m < e) return now.day;
        return std::nullopt;
    }
    if (m >= s) return now.day;
    if (m < e) return now.day - date::days{1};
    return std::nullopt;
}

} // namespace lantern
