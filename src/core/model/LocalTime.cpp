#include "core/model/LocalTime.hpp"

#include "core/model/LocalClock.hpp"

#include <date/tz.h>

#include <sstream>

namespace lantern {
namespace {

template <class T> bool parseWith(std::string_view text, const char* format, T& out) {
    std::istringstream in{std::string(text)};
    in >> date::parse(format, out);
    if (in.fail()) return false;
    in >> std::ws;
    return in.eof();
}

} // namespace

bool isKnownTimeZone(const std::string& zone) {
    return findTimeZone(zone) != nullptr;
}

std::optional<Instant> parseLocalTime(std::string_view text, const std::string& zone) {
    const auto* z = findTimeZone(zone);
    if (!z) return std::nullopt;
    std::string s(text);
    if (s.size() > 10 && s[10] == ' ') s[10] = 'T';
    date::local_seconds local;
    if (!parseWith(s, "%Y-%m-%dT%H:%M:%S", local) && !parseWith(s, "%Y-%m-%dT%H:%M", local))
        return std::nullopt;
    auto zoned = z->to_sys(local, date::choose::earliest);
    auto info = z->get_info(local);
    if (info.result == date::local_info::nonexistent) zoned = info.first.end;
    return std::chrono::time_point_cast<std::chrono::milliseconds>(zoned);
}

Days localDay(Instant t, const std::string& zone) {
    auto local = zoneOrUtc(zone).to_local(t);
    return Days{date::floor<date::days>(local).time_since_epoch()};
}

Instant startOfLocalDay(Instant t, const std::string& zone) {
    const auto& z = zoneOrUtc(zone);
    auto midnight = date::floor<date::days>(z.to_local(t));
    auto sys = z.to_sys(date::local_seconds{midnight}, date::choose::earliest);
    auto info = z.get_info(date::local_seconds{midnight});
    if (info.result == date::local_info::nonexistent) sys = info.first.end;
    return std::chrono::time_point_cast<std::chrono::milliseconds>(sys);
}

std::string formatLocal(Instant t, const std::string& zone) {
    auto secs = std::chrono::time_point_cast<std::chrono::seconds>(t);
    return date::format("%Y-%m-%d %H:%M:%S %Z", date::make_zoned(&zoneOrUtc(zone), secs));
}

} // namespace lantern
