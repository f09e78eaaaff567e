#pragma once
// Which schedule rule a screen shows at an instant.
//
// A rule applies to a screen when it targets the screen's display, its room, a group holding the
// room, or everywhere; when the school's local wall-clock time is inside the rule's window on one
// of its weekdays; and when the occurrence's start day lies within its inclusive date range. The
// part of a midnight-crossing window after midnight belongs to the day it started on. Rules with
// no playlist are ignored. The highest priority wins; ties go to the most specific target
// (display > room > group > everywhere), then the newest createdAt, then the greater id. When no
// rule applies, the school's default playlist plays.
//
// DST: decisions follow the wall clock, so a window loses the hour spring-forward skips and
// gains the hour fall-back repeats. A window start the clock skips begins at the transition; a
// repeated one at its first occurrence.
#include "core/model/Content.hpp"
#include "core/model/ScheduleTimes.hpp"
#include "core/model/Time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace date {
class time_zone;
}

namespace lantern {

struct WallTime;

struct ScreenTarget {
    std::string roomId;
    std::string displayId; // may be empty; when set and known, its room replaces roomId
};

struct RuleCandidate {
    const ScheduleRule* rule = nullptr;
    std::string lostBecause; // empty for the winner, else e.g. "lower priority (3 < 5)"
};

// Rule pointers point into the ScheduleIndex that decided, and live as long as it does.
struct ScheduleDecision {
    const ScheduleRule* rule = nullptr; // nullptr: no rule applies -> the school default playlist
    std::string playlistId;             // the rule's, else School::defaultPlaylistId (may be empty)
    // When the winning rule's current occurrence began: its start day + window start (yesterday
    // for the after-midnight part of a crossing window). All-day rules and the default: the start
    // of the local day.
    Instant epoch;
    // The earliest instant after t at which the decision could change: a window start or end,
    // today, of a rule that targets the screen, or the next local midnight, whichever is first.
    // Across a DST transition, the transition itself when the jump of the wall clock changes the
    // decision.
    Instant validUntil;
    std::vector<RuleCandidate> candidates; // every rule applying at t, winner first, by precedence
    // One line, e.g. "rule mornings (priority 5, room hall-1, Mon-Fri 07:30-08:30)".
    std::string why;
};

// The rules of one school, indexed by target. Build once per content version; decide() does no
// zone lookup and allocates only its result.
class ScheduleIndex {
public:
    explicit ScheduleIndex(const SchoolContent& content);

    [[nodiscard]] ScheduleDecision decide(const ScreenTarget& target, Instant t) const;
    [[nodiscard]] std::vector<std::string> groupsOf(const std::string& roomId) const; // sorted
    // The school's zone, looked up once; never null (an unknown zone falls back to UTC).
    [[nodiscard]] const date::time_zone* zone() const { return m_zone; }

private:
    using RuleList = std::vector<std::uint32_t>; // indices into m_rules

    template <class Visit> void forEachRule(const ScreenTarget& target, Visit&& visit) const;
    [[nodiscard]] std::string lostBecause(const ScheduleRule& loser,
                                          const ScheduleRule& winner) const;
    void pickWinner(ScheduleDecision& d, const WallTime& now) const;

    const date::time_zone* m_zone = nullptr;
    std::string m_defaultPlaylistId;
    std::vector<ScheduleRule> m_rules;
    std::unordered_map<std::string, RuleList> m_byDisplay;
    std::unordered_map<std::string, RuleList> m_byRoom;
    std::vector<RuleList> m_byGroup; // by group index
    RuleList m_everywhere;
    std::vector<std::string> m_groupIds;                                      // by group index
    std::unordered_map<std::string, std::vector<std::uint32_t>> m_roomGroups; // sorted by group id
    std::unordered_map<std::string, std::string> m_displayRoom;
};

// True when `a` takes precedence over `b` (priority, then specificity, newest, greater id).
[[nodiscard]] bool precedes(const ScheduleRule& a, const ScheduleRule& b);

// Text forms, for explain output and the CLI (weekdays and windows: core/model/ScheduleTimes.hpp).
// "priority 5, room hallway-1, Mon-Fri 07:30-08:30, 2026-11-01..2026-12-18"
[[nodiscard]] std::string describeRule(const ScheduleRule& rule);
[[nodiscard]] std::string describeTarget(TargetKind kind, const std::string& id); // "room hall-1"

} // namespace lantern
