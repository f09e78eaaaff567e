// Content file: the writers (exportContent and one JSON object per item).
#include "core/content/Celebrations.hpp"
#include "core/content/ContentFileDetail.hpp"
#include "core/model/LocalTime.hpp"
#include "core/model/ScheduleNames.hpp"

namespace lantern {
namespace contentfile {
namespace {

void putLang(Json& out, const char* key, const LangText& text) {
    if (!text.empty()) out[key] = text;
}

void putDate(Json& out, const char* key, const std::optional<Days>& day) {
    if (day) out[key] = formatDate(*day);
}

void putList(Json& out, const char* key, const std::vector<std::string>& list) {
    if (!list.empty()) out[key] = list;
}

void putStamp(Json& out, const char* key, Instant t, const std::string& zone) {
    if (t != Instant{}) out[key] = formatStamp(t, zone);
}

Json seconds(std::chrono::milliseconds d) {
    if (d.count() % 1000 == 0) return d.count() / 1000;
    return static_cast<double>(d.count()) / 1000.0;
}

Json powerJson(const PowerWindow& w) {
    return {{"days", weekdaysText(w.days)}, {"window", windowText(w.window)}};
}

Json itemJson(const PlaylistItem& item) {
    Json out = {{"source", itemSourceName(item.source)}};
    if (!item.param.empty()) out["param"] = item.param;
    out["duration"] = item.duration ? seconds(*item.duration) : Json("auto");
    return out;
}

} // namespace

Json schoolJson(const School& school) {
    Json out = {
        {"name", school.name}, {"timeZone", school.timeZone}, {"languages", school.languages}};
    putLang(out, "mission", school.mission);
    if (!school.defaultPlaylistId.empty()) out["defaultPlaylist"] = school.defaultPlaylistId;
    return out;
}

Json itemJson(const Room& room, const std::string&) {
    Json out = {{"id", room.id},
                {"name", room.name},
                {"kind", room.kind},
                {"viewingDistanceM", room.viewingDistanceM},
                {"darkMode", darkModeName(room.darkMode)}};
    if (room.sectionId) out["section"] = *room.sectionId;
    if (room.grade) out["grade"] = *room.grade;
    putList(out, "languages", room.languages);
    if (!room.powerHours.empty()) {
        out["powerHours"] = Json::array();
        for (const auto& w : room.powerHours)
            out["powerHours"].push_back(powerJson(w));
    }
    return out;
}

Json itemJson(const RoomGroup& group, const std::string&) {
    return {{"id", group.id}, {"name", group.name}, {"rooms", group.roomIds}};
}

Json itemJson(const Display& display, const std::string&) {
    return {{"id", display.id},       {"room", display.roomId},
            {"name", display.name},   {"orientation", orientationName(display.orientation)},
            {"width", display.width}, {"height", display.height}};
}

Json itemJson(const Playlist& playlist, const std::string&) {
    Json items = Json::array();
    for (const auto& item : playlist.items)
        items.push_back(itemJson(item));
    return {{"id", playlist.id}, {"name", playlist.name}, {"items", items}};
}

Json itemJson(const ScheduleRule& rule, const std::string& zone) {
    Json out = {{"id", rule.id},
                {"playlist", rule.playlistId},
                {"target", targetKindName(rule.target)},
                {"days", weekdaysText(rule.days)},
                {"priority", rule.priority}};
    if (rule.target != TargetKind::Everywhere) out["targetId"] = rule.targetId;
    if (rule.window) out["window"] = windowText(*rule.window);
    putDate(out, "from", rule.from);
    putDate(out, "until", rule.until);
    putStamp(out, "created", rule.createdAt, zone);
    return out;
}

Json itemJson(const Habit& habit, const std::string&) {
    Json out = {{"id", habit.id},
                {"name", habit.name},
                {"indicators", habit.indicators},
                {"soundsLike", habit.soundsLike},
                {"sortOrder", habit.sortOrder}};
    putLang(out, "meaning", habit.meaning);
    if (!habit.color.empty()) out["color"] = habit.color;
    if (!habit.icon.empty()) out["icon"] = habit.icon;
    return out;
}

Json itemJson(const Quote& quote, const std::string&) {
    Json out = {{"id", quote.id}, {"text", quote.text}, {"approved", quote.approved}};
    if (quote.learnerId) out["learner"] = *quote.learnerId;
    if (quote.grade) out["grade"] = *quote.grade;
    return out;
}

Json itemJson(const Announcement& a, const std::string&) {
    Json out = {{"id", a.id}, {"title", a.title}, {"countdown", a.countdown}};
    putLang(out, "text", a.text);
    putDate(out, "eventDate", a.eventDate);
    putDate(out, "showFrom", a.showFrom);
    putDate(out, "showUntil", a.showUntil);
    putList(out, "targets", a.targets);
    return out;
}

Json itemJson(const Celebration& c, const std::string& zone) {
    Json out = {{"id", c.id},
                {"kind", c.kind},
                {"text", c.text},
                {"status", celebrationStatusName(c.status)}};
    if (c.learnerId) out["learner"] = *c.learnerId;
    if (c.sectionId) out["section"] = *c.sectionId;
    if (c.grade) out["grade"] = *c.grade;
    if (c.habitId) out["habit"] = *c.habitId;
    putDate(out, "showFrom", c.showFrom);
    putDate(out, "showUntil", c.showUntil);
    putList(out, "targets", c.targets);
    putStamp(out, "created", c.createdAt, zone);
    if (!c.submittedBy.empty()) out["submittedBy"] = c.submittedBy;
    if (c.anonymousAs != "grade") out["anonymousAs"] = c.anonymousAs;
    return out;
}

} // namespace contentfile

namespace {

template <typename T>
nlohmann::json listJson(const std::vector<T>& items, const std::string& zone) {
    auto out = nlohmann::json::array();
    for (const auto& item : items)
        out.push_back(contentfile::itemJson(item, zone));
    return out;
}

} // namespace

nlohmann::json exportContent(const SchoolContent& content) {
    const auto& zone = content.school.timeZone;
    return {{"format", contentfile::kFormat},
            {"version", contentfile::kVersion},
            {"school", contentfile::schoolJson(content.school)},
            {"rooms", listJson(content.rooms, zone)},
            {"groups", listJson(content.groups, zone)},
            {"displays", listJson(content.displays, zone)},
            {"playlists", listJson(content.playlists, zone)},
            {"rules", listJson(content.rules, zone)},
            {"habits", listJson(content.habits, zone)},
            {"quotes", listJson(content.quotes, zone)},
            {"announcements", listJson(content.announcements, zone)},
            {"celebrations", listJson(content.celebrations, zone)}};
}

} // namespace lantern
