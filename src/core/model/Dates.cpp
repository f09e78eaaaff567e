#include "core/model/Dates.hpp"

#include <date/date.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <sstream>

namespace lantern {
namespace {

bool digitsAt(std::string_view text, std::size_t at, std::size_t n) {
    if (at + n > text.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
}

int number(std::string_view digits) {
    int n = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), n);
    return n;
}

std::optional<Days> day(int y, int m, int d) {
    const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                   date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return Days{date::sys_days{ymd}.time_since_epoch()};
}

// `text` parsed whole with `format` (date::parse); trailing text fails.
template <class T> bool parseWhole(const std::string& text, const char* format, T& out) {
    std::istringstream in{text};
    in >> date::parse(format, out);
    return !in.fail() && in.peek() == std::char_traits<char>::eof();
}

// The offset's text rewritten for date::parse's %Ez ("+hh:mm"): "Z" -> "+00:00", "+hh" and
// "+hhmm" -> "+hh:mm". nullopt when it is not one of the accepted forms.
std::optional<std::string> normalOffset(std::string_view z) {
    if (z == "Z" || z == "z") return "+00:00";
    if (z.empty() || (z[0] != '+' && z[0] != '-') || !digitsAt(z, 1, 2)) return std::nullopt;
    const std::string hours(z.substr(0, 3));
    if (z.size() == 3) return hours + ":00";
    if (z.size() == 5 && digitsAt(z, 3, 2)) return hours + ":" + std::string(z.substr(3));
    if (z.size() == 6 && z[3] == ':' && digitsAt(z, 4, 2)) return std::string(z);
    return std::nullopt;
}

// Where the offset starts in "hh:mm[:ss[.fff]]…", and the clock part's end; nullopt when the
// clock part is not one of those shapes.
std::optional<std::size_t> clockEnd(std::string_view t) {
    if (!digitsAt(t, 0, 2) || t.size() < 5 || t[2] != ':' || !digitsAt(t, 3, 2))
        return std::nullopt;
    std::size_t end = 5;
    if (end < t.size() && t[end] == ':') {
        if (!digitsAt(t, end + 1, 2)) return std::nullopt;
        end += 3;
        if (end < t.size() && (t[end] == '.' || t[end] == ',')) {
            std::size_t digits = end + 1;
            while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[digits])))
                ++digits;
            if (digits == end + 1) return std::nullopt;
            end = digits;
        }
    }
    return end;
}

} // namespace

std::optional<Days> parseDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digitsAt(text, 0, 4) ||
        !digitsAt(text, 5, 2) || !digitsAt(text, 8, 2))
        return std::nullopt;
    return day(number(text.substr(0, 4)), number(text.substr(5, 2)), number(text.substr(8, 2)));
}

std::string formatDate(Days d) {
    // The calendar is the date library's; the digits are written directly, because imports and
    // the store format a date per row and a stream per call would cost seconds on millions.
    const date::year_month_day ymd{date::sys_days{d.time_since_epoch()}};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return text;
}

std::optional<Days> parseDateOfStamp(std::string_view text) {
    if (text.size() > 10 && text[10] != 'T' && text[10] != 't' && text[10] != ' ')
        return std::nullopt;
    return parseDate(text.substr(0, 10));
}

std::optional<Days> parseUsDate(std::string_view text) {
    date::sys_days parsed;
    const auto first = text.find('/');
    const auto second = first == std::string_view::npos ? first : text.find('/', first + 1);
    if (second == std::string_view::npos || first == 0 || first > 2 || second - first < 2 ||
        second - first > 3 || text.size() - second != 5 || !digitsAt(text, second + 1, 4))
        return std::nullopt;
    if (!parseWhole(std::string(text), "%m/%d/%Y", parsed)) return std::nullopt;
    return Days{parsed.time_since_epoch()};
}

std::optional<Instant> parseDateTime(std::string_view text, Offset offset) {
    if (text.size() < 16 || !parseDate(text.substr(0, 10)) ||
        (text[10] != 'T' && text[10] != 't' && text[10] != ' '))
        return std::nullopt;
    const auto clock = text.substr(11);
    const auto end = clockEnd(clock);
    if (!end) return std::nullopt;
    // Milliseconds are all an Instant keeps: a longer fraction is cut to three digits.
    std::string hms(clock.substr(0, std::min<std::size_t>(*end, 12)));
    std::replace(hms.begin(), hms.end(), ',', '.');
    // A leap second (hh:mm:60) is the moment after hh:mm:59, which date::parse will not read.
    const bool leap = hms.size() >= 8 && hms.compare(6, 2, "60") == 0;
    if (leap) hms.replace(6, 2, "59");
    const std::string normal = std::string(text.substr(0, 10)) + "T" + hms;
    const auto zone = clock.substr(*end);
    if (zone.empty() && offset == Offset::Required) return std::nullopt;
    const auto z = zone.empty() ? std::optional<std::string>("+00:00") : normalOffset(zone);
    if (!z) return std::nullopt;
    const bool seconds = *end > 5;
    date::sys_time<std::chrono::milliseconds> t;
    if (!parseWhole(normal + *z, seconds ? "%FT%T%Ez" : "%FT%R%Ez", t)) return std::nullopt;
    return Instant{t} + std::chrono::seconds(leap ? 1 : 0);
}

} // namespace lantern
