#include "core/schedule/Schedule.hpp"

#include "core/model/LocalClock.hpp"
#include "core/model/ScheduleNames.hpp"

#include <algorithm>
#include <map>

namespace lantern {
namespace {

// A rule the index can use: a playlist, a target id where one is needed, a valid window (an end
// of 0 read as midnight).
std::optional<ScheduleRule> usable(ScheduleRule rule) {
    if (rule.playlistId.empty()) return std::nullopt;
    if (rule.target != TargetKind::Everywhere && rule.targetId.empty()) return std::nullopt;
    if (rule.window) {
        auto& w = *rule.window;
        if (w.endMinute == 0) w.endMinute = 1440;
        if (w.startMinute < 0 || w.startMinute > 1439 || w.endMinute < 1 || w.endMinute > 1440 ||
            w.startMinute == w.endMinute)
            return std::nullopt;
    }
    return rule;
}

// The start day of the rule's occurrence containing `now`, if the rule applies then.
std::optional<Days> occurrenceDay(const ScheduleRule& rule, const WallTime& now) {
    const auto day = windowStartDay(rule.window, now);
    if (!day) return std::nullopt;
    const int weekday = *day == now.day ? now.isoWeekday : isoWeekdayOf(*day);
    if (!rule.days.has(weekday)) return std::nullopt;
    if (rule.from && *day < *rule.from) return std::nullopt;
    if (rule.until && *day > *rule.until) return std::nullopt;
    return day;
}

// Lowers `next` to the rule's first window boundary today that lies after the wall clock.
void noteBoundaries(const ScheduleRule& rule, const WallTime& now, LocalMs& next) {
    if (!rule.window) return;
    for (int minute : {rule.window->startMinute, rule.window->endMinute}) {
        const LocalMs b = localAt(now.day, minute);
        if (b > now.wall && b < next) next = b;
    }
}

bool sameDecision(const ScheduleDecision& a, const ScheduleDecision& b) {
    if (a.rule != b.rule || a.epoch != b.epoch || a.candidates.size() != b.candidates.size())
        return false;
    for (std::size_t i = 0; i < a.candidates.size(); ++i)
        if (a.candidates[i].rule != b.candidates[i].rule) return false;
    return true;
}

} // namespace

bool precedes(const ScheduleRule& a, const ScheduleRule& b) {
    if (a.priority != b.priority) return a.priority > b.priority;
    if (a.target != b.target) return a.target < b.target; // enum order: most specific first
    if (a.createdAt != b.createdAt) return a.createdAt > b.createdAt;
    return a.id > b.id;
}

ScheduleIndex::ScheduleIndex(const SchoolContent& content)
    : m_zone(&zoneOrUtc(content.school.timeZone)),
      m_defaultPlaylistId(content.school.defaultPlaylistId) {
    std::map<std::string, std::vector<std::string>> groups; // sorted by id; duplicates merged
    for (const auto& g : content.groups)
        groups[g.id].insert(groups[g.id].end(), g.roomIds.begin(), g.roomIds.end());
    std::unordered_map<std::string, std::uint32_t> groupIndex;
    for (auto& [id, rooms] : groups) {
        const auto gi = static_cast<std::uint32_t>(m_groupIds.size());
        m_groupIds.push_back(id);
        groupIndex.emplace(id, gi);
        for (const auto& room : rooms) {
            auto& list = m_roomGroups[room];
            if (list.empty() || list.back() != gi) list.push_back(gi);
        }
    }
    m_byGroup.resize(m_groupIds.size());
    for (const auto& d : content.displays)
        m_displayRoom.emplace(d.id, d.roomId);
    for (const auto& rule : content.rules) {
        auto ok = usable(rule);
        if (!ok) continue;
        const auto index = static_cast<std::uint32_t>(m_rules.size());
        switch (ok->target) {
        case TargetKind::Display:
            m_byDisplay[ok->targetId].push_back(index);
            break;
        case TargetKind::Room:
            m_byRoom[ok->targetId].push_back(index);
            break;
        case TargetKind::Group: {
            const auto it = groupIndex.find(ok->targetId);
            if (it == groupIndex.end()) continue; // an unknown group holds no room
            m_byGroup[it->second].push_back(index);
            break;
        }
        case TargetKind::Everywhere:
            m_everywhere.push_back(index);
            break;
        }
        m_rules.push_back(std::move(*ok));
    }
}

template <class Visit>
void ScheduleIndex::forEachRule(const ScreenTarget& target, Visit&& visit) const {
    const auto visitList = [&](const RuleList& list) {
        for (const auto i : list)
            visit(m_rules[i]);
    };
    const std::string* room = &target.roomId;
    if (!target.displayId.empty()) {
        if (const auto it = m_displayRoom.find(target.displayId); it != m_displayRoom.end())
            room = &it->second;
        if (const auto it = m_byDisplay.find(target.displayId); it != m_byDisplay.end())
            visitList(it->second);
    }
    if (const auto it = m_byRoom.find(*room); it != m_byRoom.end()) visitList(it->second);
    if (const auto it = m_roomGroups.find(*room); it != m_roomGroups.end())
        for (const auto g : it->second)
            visitList(m_byGroup[g]);
    visitList(m_everywhere);
}

ScheduleDecision ScheduleIndex::decide(const ScreenTarget& target, Instant t) const {
    const WallTime now = wallTimeAt(*m_zone, t);
    ScheduleDecision d;
    LocalMs next = localAt(now.day, 1440);
    forEachRule(target, [&](const ScheduleRule& rule) {
        noteBoundaries(rule, now, next);
        if (occurrenceDay(rule, now)) d.candidates.push_back({&rule, {}});
    });
    std::sort(
        d.candidates.begin(), d.candidates.end(),
        [](const RuleCandidate& a, const RuleCandidate& b) { return precedes(*a.rule, *b.rule); });
    pickWinner(d, now);

    const Instant boundary{next.time_since_epoch() - now.offset};
    if (boundary < now.offsetEnd) {
        d.validUntil = boundary;
    } else {
        // The offset changes first: the wall clock jumps. Look past the jump when it changes
        // nothing (a transition is months from the next one, so this recurses once).
        d.validUntil = now.offsetEnd;
        const auto after = decide(target, now.offsetEnd);
        if (sameDecision(d, after)) d.validUntil = after.validUntil;
    }
    return d;
}

void ScheduleIndex::pickWinner(ScheduleDecision& d, const WallTime& now) const {
    if (d.candidates.empty()) {
        d.playlistId = m_defaultPlaylistId;
        d.epoch = instantOf(*m_zone, localAt(now.day, 0));
        d.why = m_defaultPlaylistId.empty()
                    ? "the built-in default playlist plays"
                    : "the school default playlist " + m_defaultPlaylistId + " plays";
        return;
    }
    const ScheduleRule& winner = *d.candidates.front().rule;
    d.rule = &winner;
    d.playlistId = winner.playlistId;
    const Days day = occurrenceDay(winner, now).value_or(now.day);
    d.epoch = instantOf(*m_zone, localAt(day, winner.window ? winner.window->startMinute : 0));
    d.why = "rule " + winner.id + " (" + describeRule(winner) + ")";
    for (std::size_t i = 1; i < d.candidates.size(); ++i)
        d.candidates[i].lostBecause = lostBecause(*d.candidates[i].rule, winner);
}

std::string ScheduleIndex::lostBecause(const ScheduleRule& loser,
                                       const ScheduleRule& winner) const {
    if (loser.priority != winner.priority)
        return "lower priority (" + std::to_string(loser.priority) + " < " +
               std::to_string(winner.priority) + ")";
    if (loser.target != winner.target)
        return std::string("less specific target (") + targetKindName(loser.target) + " < " +
               targetKindName(winner.target) + ")";
    if (loser.createdAt != winner.createdAt) {
        const auto created = [&](Instant t) {
            const auto secs = std::chrono::time_point_cast<std::chrono::seconds>(t);
            return date::format("%Y-%m-%d %H:%M:%S", date::make_zoned(m_zone, secs));
        };
        return "older (created " + created(loser.createdAt) + " < " + created(winner.createdAt) +
               ")";
    }
    return "smaller id (" + loser.id + " < " + winner.id + ")";
}

std::vector<std::string> ScheduleIndex::groupsOf(const std::string& roomId) const {
    std::vector<std::string> out;
    if (const auto it = m_roomGroups.find(roomId); it != m_roomGroups.end())
        for (const auto g : it->second)
            out.push_back(m_groupIds[g]);
    return out;
}

} // namespace lantern
