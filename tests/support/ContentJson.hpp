#pragma once
// Test helper: a SchoolContent as JSON, field by field, so tests can compare whole contents and
// print a readable difference when they differ. Header-only.
// structureJson covers what does not depend on the learners (school, rooms, displays, habits,
// competencies, scale, sections, and the schedule); toJson adds learners, evidence,
// celebrations, announcements and quotes.
#include "core/model/Content.hpp"

#include <nlohmann/json.hpp>

namespace lantern::testing {

inline nlohmann::json dayJson(const std::optional<Days>& day) {
    if (!day) return nullptr;
    return day->time_since_epoch().count();
}

template <typename T> nlohmann::json optionalJson(const std::optional<T>& value) {
    if (!value) return nullptr;
    return *value;
}

inline nlohmann::json toJson(const Celebration& c) {
    return {{"id", c.id},
            {"kind", c.kind},
            {"text", c.text},
            {"learnerId", optionalJson(c.learnerId)},
            {"sectionId", optionalJson(c.sectionId)},
            {"grade", optionalJson(c.grade)},
            {"habitId", optionalJson(c.habitId)},
            {"status", static_cast<int>(c.status)},
            {"showFrom", dayJson(c.showFrom)},
            {"showUntil", dayJson(c.showUntil)},
            {"createdAt", c.createdAt.time_since_epoch().count()},
            {"targets", c.targets},
            {"submittedBy", c.submittedBy}};
}

inline nlohmann::json toJson(const TimeWindow& w) {
    return {w.startMinute, w.endMinute};
}

inline nlohmann::json toJson(const Room& r) {
    nlohmann::json power = nlohmann::json::array();
    for (const auto& p : r.powerHours)
        power.push_back({p.days.bits, toJson(p.window)});
    return {r.id,
            r.name,
            r.kind,
            optionalJson(r.sectionId),
            optionalJson(r.grade),
            r.languages,
            r.viewingDistanceM,
            power,
            static_cast<int>(r.darkMode)};
}

inline nlohmann::json toJson(const PlaylistItem& item) {
    return {static_cast<int>(item.source), item.param,
            item.duration ? nlohmann::json(item.duration->count()) : nlohmann::json(nullptr)};
}

inline nlohmann::json toJson(const ScheduleRule& r) {
    return {{"id", r.id},
            {"playlistId", r.playlistId},
            {"target", static_cast<int>(r.target)},
            {"targetId", r.targetId},
            {"days", r.days.bits},
            {"window", r.window ? toJson(*r.window) : nlohmann::json(nullptr)},
            {"from", dayJson(r.from)},
            {"until", dayJson(r.until)},
            {"priority", r.priority},
            {"createdAt", r.createdAt.time_since_epoch().count()}};
}

inline nlohmann::json toJson(const Announcement& a) {
    return {{"id", a.id},
            {"title", a.title},
            {"text", a.text},
            {"eventDate", dayJson(a.eventDate)},
            {"countdown", a.countdown},
            {"showFrom", dayJson(a.showFrom)},
            {"showUntil", dayJson(a.showUntil)},
            {"targets", a.targets}};
}

// The schedule part of the structure: groups, playlists, rules and the default playlist.
inline void addScheduleJson(nlohmann::json& j, const SchoolContent& c) {
    j["defaultPlaylistId"] = c.school.defaultPlaylistId;
    for (const auto& g : c.groups)
        j["groups"].push_back({g.id, g.name, g.roomIds});
    for (const auto& p : c.playlists) {
        nlohmann::json items = nlohmann::json::array();
        for (const auto& item : p.items)
            items.push_back(toJson(item));
        j["playlists"].push_back({p.id, p.name, items});
    }
    for (const auto& r : c.rules)
        j["rules"].push_back(toJson(r));
}

inline nlohmann::json structureJson(const SchoolContent& c) {
    nlohmann::json j;
    j["school"] = {{"name", c.school.name},
                   {"timeZone", c.school.timeZone},
                   {"languages", c.school.languages},
                   {"mission", c.school.mission}};
    for (const auto& r : c.rooms)
        j["rooms"].push_back(toJson(r));
    for (const auto& d : c.displays)
        j["displays"].push_back(
            {d.id, d.roomId, d.name, static_cast<int>(d.orientation), d.width, d.height});
    for (const auto& h : c.habits)
        j["habits"].push_back(
            {h.id, h.name, h.meaning, h.indicators, h.color, h.sortOrder, h.icon});
    for (const auto& d : c.domains)
        j["domains"].push_back({d.id, d.code, d.title, d.sortOrder});
    for (const auto& k : c.competencies)
        j["competencies"].push_back({k.id, k.domainId, k.code, k.title, k.meaning, k.sortOrder});
    for (const auto& l : c.scale.levels)
        j["levels"].push_back({l.rank, l.label, l.color});
    j["masteredRank"] = c.scale.masteredRank;
    for (const auto& s : c.sections)
        j["sections"].push_back({s.id, s.name, s.grade});
    addScheduleJson(j, c);
    return j;
}

inline nlohmann::json toJson(const SchoolContent& c) {
    nlohmann::json j = structureJson(c);
    for (const auto& l : c.learners)
        j["learners"].push_back(
            {l.id, l.givenName, l.familyName, l.grade, l.sectionId, l.consentNamePublic});
    for (const auto& e : c.evidence)
        j["evidence"].push_back(
            {e.learnerId, e.competencyId, e.level, e.date.time_since_epoch().count()});
    for (const auto& cel : c.celebrations)
        j["celebrations"].push_back(toJson(cel));
    for (const auto& a : c.announcements)
        j["announcements"].push_back(toJson(a));
    for (const auto& q : c.quotes)
        j["quotes"].push_back(
            {q.id, q.text, optionalJson(q.learnerId), optionalJson(q.grade), q.approved});
    return j;
}

} // namespace lantern::testing
