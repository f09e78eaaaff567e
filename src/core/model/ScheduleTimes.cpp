// Text forms of weekday sets and time windows (ScheduleTimes.hpp).
#include "core/model/ScheduleTimes.hpp"

#include <array>
#include <cctype>
#include <string>

namespace lantern {
namespace {

constexpr std::array<std::string_view, 7> kShortDays = {"Mon", "Tue", "Wed", "Thu",
                                                        "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 7> kLongDays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

std::string lower(std::string_view text) {
    std::string out;
    for (char c : text)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

// 0 = Monday ... 6 = Sunday, from a name or a prefix of two letters or more.
std::optional<int> dayIndex(std::string_view name) {
    if (name.size() < 2) return std::nullopt;
    for (int i = 0; i < 7; ++i)
        if (kLongDays[i].substr(0, name.size()) == name) return i;
    return std::nullopt;
}

// Bits for "mon", "fri-mon" (wrapping), ...
std::optional<std::uint8_t> dayItem(std::string_view item) {
    const auto dash = item.find('-');
    const auto first = dayIndex(trim(item.substr(0, dash)));
    if (!first) return std::nullopt;
    if (dash == std::string_view::npos) return static_cast<std::uint8_t>(1u << *first);
    const auto last = dayIndex(trim(item.substr(dash + 1)));
    if (!last) return std::nullopt;
    std::uint8_t bits = 0;
    for (int i = *first;; i = (i + 1) % 7) {
        bits |= static_cast<std::uint8_t>(1u << i);
        if (i == *last) break;
    }
    return bits;
}

// Minutes since midnight from "H:MM" or "HH:MM"; 24:00 is 1440.
std::optional<int> clockMinute(std::string_view text) {
    text = trim(text);
    const auto colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || text.size() != colon + 3)
        return std::nullopt;
    int h = 0;
    for (char c : text.substr(0, colon)) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
        h = h * 10 + (c - '0');
    }
    const char m1 = text[colon + 1];
    const char m2 = text[colon + 2];
    if (!std::isdigit(static_cast<unsigned char>(m1)) ||
        !std::isdigit(static_cast<unsigned char>(m2)))
        return std::nullopt;
    const int m = (m1 - '0') * 10 + (m2 - '0');
    if (m > 59 || h > 24 || (h == 24 && m != 0)) return std::nullopt;
    return h * 60 + m;
}

std::string clockText(int minute) {
    std::string out(5, ':');
    out[0] = static_cast<char>('0' + minute / 600);
    out[1] = static_cast<char>('0' + minute / 60 % 10);
    out[3] = static_cast<char>('0' + minute % 60 / 10);
    out[4] = static_cast<char>('0' + minute % 10);
    return out;
}

} // namespace

std::string formatWeekdays(WeekdaySet days) {
    if ((days.bits & 0x7f) == 0x7f) return "every day";
    if ((days.bits & 0x7f) == 0) return "no days";
    std::string out;
    for (int i = 0; i < 7;) {
        if (!days.has(i + 1)) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < 7 && days.has(j + 2))
            ++j;
        if (!out.empty()) out += ',';
        out += kShortDays[i];
        if (j - i >= 2) {
            out += '-';
            out += kShortDays[j];
        } else if (j > i) {
            out += ',';
            out += kShortDays[j];
        }
        i = j + 1;
    }
    return out;
}

std::optional<WeekdaySet> parseWeekdays(std::string_view text) {
    const std::string s = lower(trim(text));
    if (s == "every day" || s == "everyday" || s == "daily") return WeekdaySet{0x7f};
    if (s == "weekdays") return WeekdaySet{0x1f};
    if (s == "weekends") return WeekdaySet{0x60};
    std::uint8_t bits = 0;
    std::string_view rest = s;
    while (true) {
        const auto comma = rest.find(',');
        const auto bitsOf = dayItem(trim(rest.substr(0, comma)));
        if (!bitsOf) return std::nullopt;
        bits |= *bitsOf;
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
    }
    return WeekdaySet{bits};
}

std::optional<TimeWindow> parseTimeWindow(std::string_view text) {
    const std::string s = lower(trim(text));
    if (s == "all-day" || s == "all day" || s == "allday") return TimeWindow{0, 1440};
    const auto dash = s.find('-');
    if (dash == std::string::npos) return std::nullopt;
    const auto start = clockMinute(std::string_view(s).substr(0, dash));
    auto end = clockMinute(std::string_view(s).substr(dash + 1));
    if (!start || !end || *start == 1440) return std::nullopt;
    if (*end == 0) end = 1440;
    if (*start == *end) return std::nullopt;
    return TimeWindow{*start, *end};
}

std::string formatTimeWindow(TimeWindow window) {
    if (window.startMinute == 0 && window.endMinute == 1440) return "all-day";
    return clockText(window.startMinute) + "-" + clockText(window.endMinute);
}

} // namespace lantern
