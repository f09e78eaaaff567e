#pragma once
// The schedule as plain structs: room groups, playlists and the rules that put a playlist on a
// screen. All times are the school's local wall-clock time (School::timeZone); Schedule.hpp
// decides which rule wins at an Instant.
#include "core/model/Time.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lantern {

// A set of weekdays. Bit 0 is Monday ... bit 6 is Sunday (ISO 8601 order).
struct WeekdaySet {
    std::uint8_t bits = 0x7f; // every day

    [[nodiscard]] bool has(int isoWeekday) const { // 1 = Monday ... 7 = Sunday
        return isoWeekday >= 1 && isoWeekday <= 7 && (bits >> (isoWeekday - 1)) & 1u;
    }
    friend bool operator==(const WeekdaySet&, const WeekdaySet&) = default;
};

// A daily window in local minutes since midnight, start inclusive, end exclusive. endMinute is
// 1..1440 and differs from startMinute (0..1439); endMinute < startMinute crosses midnight, and
// such a window belongs to the day it starts on (Friday 22:00-06:00 ends Saturday 06:00).
struct TimeWindow {
    int startMinute = 0;
    int endMinute = 1440;

    [[nodiscard]] bool crossesMidnight() const { return endMinute < startMinute; }
    friend bool operator==(const TimeWindow&, const TimeWindow&) = default;
};

// When a room's screen is on. A room with no power windows is always on.
struct PowerWindow {
    WeekdaySet days;
    TimeWindow window;
    friend bool operator==(const PowerWindow&, const PowerWindow&) = default;
};

// What a screen shows outside its power hours (at one frame a second or less).
enum class DarkMode { Black, Clock };

// How a display's panel is mounted relative to its video signal. With Portrait the slide is laid
// out for the panel as people see it (1080x1920 on a 1920x1080 signal) and turned a quarter turn
// clockwise in the signal, which reads upright on a panel turned a quarter turn counter-clockwise
// (its top edge on the viewer's left); PortraitFlipped turns it the other way, for a panel turned
// clockwise. LandscapeFlipped is for a panel hung upside down.
enum class Orientation { Landscape, Portrait, LandscapeFlipped, PortraitFlipped };

struct RoomGroup {
    std::string id; // e.g. "hallways"
    std::string name;
    std::vector<std::string> roomIds; // ordered by id
};

// Where the slides of a playlist item come from. A Fixed item names one slide by id (for example
// "habit/inquiry", "mission", "announcement/innovation-night"); the others are generators that
// expand, when shown, into the slides that exist that day.
enum class ItemSource {
    Fixed,               // param: a slide id
    Celebrations,        // approved celebrations targeted at the room (or everywhere), paged
    SectionProgress,     // param: a section id
    GradeProgress,       // param: a grade, e.g. "7"
    RoomProgress,        // the room's own section or grade, else every grade
    HabitOfWeek,         // one habit, chosen by the ISO week
    AllHabits,           // every habit, one slide each
    Announcements,       // announcements showing that day
    Mission,             // the school's mission statement
    HabitsOverview,      // every habit on one slide
    StudentVoice,        // approved student-voice quotes, one slide each
    ClassWall,           // param: a section id; empty: the room's own section
    GradeBoard,          // every grade by domain, paged
    CompetencySpotlight, // param: a competency id; empty: one chosen by the ISO week
};

struct PlaylistItem {
    ItemSource source = ItemSource::AllHabits;
    std::string param;
    // Fixed time per slide, or nullopt for `auto`: reading time of the slide's words at 150 a
    // minute per language shown, plus 3 s, kept between 8 and 30 s.
    std::optional<std::chrono::milliseconds> duration;
};

struct Playlist {
    std::string id;
    std::string name;
    std::vector<PlaylistItem> items; // in order
};

enum class TargetKind { Display, Room, Group, Everywhere }; // most specific first

struct ScheduleRule {
    std::string id;
    std::string playlistId;
    TargetKind target = TargetKind::Everywhere;
    std::string targetId; // display, room or group id; empty for Everywhere
    WeekdaySet days;
    std::optional<TimeWindow> window; // nullopt: all day
    std::optional<Days> from;         // inclusive local dates; nullopt: open-ended
    std::optional<Days> until;
    int priority = 0;  // higher wins
    Instant createdAt; // on equal priority and target, the newest wins (then the greater id)
};

} // namespace lantern
