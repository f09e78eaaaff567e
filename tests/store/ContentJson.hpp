#pragma once
// Test helper: a SchoolContent as JSON, field by field, so tests can compare whole contents and
// print a readable difference when they differ. Header-only; also used by tests/core.
#include "core/Content.hpp"

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
            {"createdAt", c.createdAt.time_since_epoch().count()}};
}

inline nlohmann::json structureJson(const SchoolContent& c) {
    nlohmann::json j;
    j["school"] = {{"name", c.school.name},
                   {"timeZone", c.school.timeZone},
                   {"languages", c.school.languages},
                   {"mission", c.school.mission}};
    for (const auto& r : c.rooms)
        j["rooms"].push_back(
            {r.id, r.name, r.kind, optionalJson(r.sectionId), optionalJson(r.grade)});
    for (const auto& d : c.displays)
        j["displays"].push_back({d.id, d.roomId, d.width, d.height});
    for (const auto& h : c.habits)
        j["habits"].push_back({h.id, h.name, h.meaning, h.indicators, h.color, h.sortOrder});
    for (const auto& d : c.domains)
        j["domains"].push_back({d.id, d.code, d.title, d.sortOrder});
    for (const auto& k : c.competencies)
        j["competencies"].push_back({k.id, k.domainId, k.code, k.title, k.meaning, k.sortOrder});
    for (const auto& l : c.scale.levels)
        j["levels"].push_back({l.rank, l.label, l.color});
    j["masteredRank"] = c.scale.masteredRank;
    for (const auto& s : c.sections)
        j["sections"].push_back({s.id, s.name, s.grade});
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
    return j;
}

} // namespace lantern::testing
