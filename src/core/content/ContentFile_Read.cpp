// Content file: the readers of each part (types, required fields, names, formats, ranges).
//
// Index of this file:
// - [names]    names checked against a fixed list or an enum's names; errors list the choices
// - [lists]    readList: a list of objects with ids, each object's unknown keys refused
// - [fields]   fields several parts share: weekdays, time windows, power hours, durations,
//              playlist items, celebration status
// - [elements] one element of each list: room, group, display, playlist, habit, quote, ...
// - [parts]    the public readers, one per part of the file
//
// Call flow:
//   readRooms, readPlaylists, ... readCelebrations (readSchool reads its one object directly)
//   └─ readList ─ the element's reader (room, playlist, ...; rules and celebrations inline)
//      ├─ room ─ checkedName, enumValue, powerHours ─ weekdays, window
//      └─ playlist ─ playlistItem ─ enumValue, duration
#include "core/content/Celebrations.hpp"
#include "core/content/ContentFileDetail.hpp"
#include "core/model/Color.hpp"
#include "core/model/LocalTime.hpp"
#include "core/model/ScheduleNames.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace lantern::contentfile {
namespace {

// ---- [names] ---------------------------------------------------------------------------------

constexpr std::array kRoomKinds{"entrance", "hallway", "classroom", "cafeteria",
                                "library",  "gym",     "office"};

template <std::size_t N> std::string oneOf(const std::array<const char*, N>& names) {
    std::string out;
    for (const char* n : names)
        out += (out.empty() ? "" : ", ") + std::string(n);
    return out;
}

template <std::size_t N>
std::string checkedName(ObjectReader& r, std::string_view key,
                        const std::array<const char*, N>& names) {
    auto value = r.text(key);
    if (std::find(names.begin(), names.end(), value) == names.end())
        fail(r.keyPath(key),
             "unknown " + std::string(key) + " \"" + value + "\" (one of " + oneOf(names) + ")");
    return value;
}

template <typename E, typename Parse>
E enumValue(ObjectReader& r, std::string_view key, E fallback, Parse parse, const char* names) {
    const Json* v = r.find(key);
    if (!v) return fallback;
    if (!v->is_string()) fail(r.keyPath(key), std::string("expected one of ") + names);
    auto value = parse(v->get<std::string>());
    if (!value)
        fail(r.keyPath(key),
             "unknown name \"" + v->get<std::string>() + "\" (one of " + names + ")");
    return *value;
}

// ---- [lists] ---------------------------------------------------------------------------------

// Reads every element of the list `value` at `part` with readOne(reader, id).
template <typename ReadOne>
auto readList(const Json& value, std::string_view part, ReadOne readOne) {
    if (!value.is_array()) fail(std::string(part), "expected a list");
    std::vector<decltype(readOne(std::declval<ObjectReader&>(), std::string{}))> out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        ObjectReader r(value[i], itemPath(part, i));
        auto id = r.id();
        r.setPath(itemPath(part, i, id));
        out.push_back(readOne(r, id));
        r.finish();
    }
    return out;
}

// ---- [fields] --------------------------------------------------------------------------------

WeekdaySet weekdays(ObjectReader& r) {
    auto text = r.text("days", "every day");
    auto days = weekdaysFromText(text);
    if (!days)
        fail(r.keyPath("days"), "\"" + text + "\" is not a list of weekdays like \"Mon-Fri\"");
    return *days;
}

std::optional<TimeWindow> window(ObjectReader& r, bool required) {
    auto text = required ? std::optional(r.text("window")) : r.optText("window");
    if (!text) return std::nullopt;
    auto w = windowFromText(*text);
    if (!w)
        fail(r.keyPath("window"), "\"" + *text + "\" is not a time window like \"07:30-08:30\"");
    return w;
}

std::vector<PowerWindow> powerHours(ObjectReader& room) {
    const Json& list = room.array("powerHours");
    std::vector<PowerWindow> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        ObjectReader r(list[i], room.keyPath("powerHours") + "[" + std::to_string(i) + "]");
        out.push_back({weekdays(r), *window(r, true)});
        r.finish();
    }
    return out;
}

std::optional<std::chrono::milliseconds> duration(ObjectReader& r) {
    const Json* v = r.find("duration");
    if (!v || (v->is_string() && v->get<std::string>() == "auto")) return std::nullopt;
    if (!v->is_number() || !std::isfinite(v->get<double>()))
        fail(r.keyPath("duration"), "expected seconds (a number) or \"auto\"");
    const double ms = std::round(v->get<double>() * 1000.0);
    if (ms < 1000.0 || ms > 86'400'000.0)
        fail(r.keyPath("duration"), "must be from 1 to 86400 seconds");
    return std::chrono::milliseconds(static_cast<long long>(ms));
}

PlaylistItem playlistItem(ObjectReader& r) {
    PlaylistItem item;
    item.source = enumValue(r, "source", ItemSource::AllHabits, parseItemSource,
                            "fixed, celebrations, section-progress, grade-progress, "
                            "room-progress, habit-of-week, all-habits, announcements, mission");
    if (!r.find("source")) fail(r.keyPath("source"), "required");
    const bool takesParam = item.source == ItemSource::Fixed ||
                            item.source == ItemSource::SectionProgress ||
                            item.source == ItemSource::GradeProgress;
    if (takesParam)
        item.param = r.text("param");
    else if (r.find("param"))
        fail(r.keyPath("param"),
             std::string("\"") + itemSourceName(item.source) + "\" takes no param");
    if (item.source == ItemSource::GradeProgress &&
        (item.param.find_first_not_of("0123456789") != std::string::npos || item.param.size() > 2))
        fail(r.keyPath("param"), "expected a grade like \"7\"");
    item.duration = duration(r);
    return item;
}

CelebrationStatus status(ObjectReader& r) {
    auto text = r.text("status", "pending");
    if (const auto status = celebrationStatusFromName(text)) return *status;
    fail(r.keyPath("status"),
         "unknown status \"" + text + "\" (one of pending, approved, rejected, expired)");
}

// ---- [elements] ------------------------------------------------------------------------------

Room room(ObjectReader& r, std::string id) {
    Room room;
    room.id = std::move(id);
    room.name = r.text("name");
    room.kind = checkedName(r, "kind", kRoomKinds);
    room.sectionId = r.optText("section");
    room.grade = r.optInteger("grade");
    room.languages = r.languageList("languages");
    room.viewingDistanceM = r.number("viewingDistanceM", 3.0);
    if (!(room.viewingDistanceM > 0.0 && room.viewingDistanceM <= 100.0))
        fail(r.keyPath("viewingDistanceM"), "must be more than 0 and at most 100 metres");
    room.powerHours = powerHours(r);
    room.darkMode = enumValue(r, "darkMode", DarkMode::Black, parseDarkMode, "black, clock");
    return room;
}

RoomGroup group(ObjectReader& r, std::string id) {
    RoomGroup group{std::move(id), r.text("name"), r.textList("rooms")};
    std::sort(group.roomIds.begin(), group.roomIds.end());
    return group;
}

Display display(ObjectReader& r, std::string id) {
    Display d;
    d.id = std::move(id);
    d.roomId = r.text("room");
    d.name = r.text("name", "");
    d.orientation = enumValue(r, "orientation", Orientation::Landscape, parseOrientation,
                              "landscape, portrait, landscape-flipped, portrait-flipped");
    d.width = r.integer("width", 1920);
    d.height = r.integer("height", 1080);
    if (d.width < 1 || d.width > 16384) fail(r.keyPath("width"), "must be from 1 to 16384");
    if (d.height < 1 || d.height > 16384) fail(r.keyPath("height"), "must be from 1 to 16384");
    return d;
}

Playlist playlist(ObjectReader& r, std::string id) {
    Playlist p{std::move(id), r.text("name", ""), {}};
    const Json& items = r.array("items");
    for (std::size_t i = 0; i < items.size(); ++i) {
        ObjectReader item(items[i], r.keyPath("items") + "[" + std::to_string(i) + "]");
        p.items.push_back(playlistItem(item));
        item.finish();
    }
    return p;
}

// The list of texts at `key` ({} when absent), each element's path being key[i].
std::vector<LangText> langTextList(ObjectReader& r, std::string_view key) {
    std::vector<LangText> out;
    const Json& list = r.array(key);
    for (std::size_t i = 0; i < list.size(); ++i)
        out.push_back(readLangText(list[i], r.keyPath(key) + "[" + std::to_string(i) + "]"));
    return out;
}

Habit habit(ObjectReader& r, std::string id) {
    Habit h;
    h.id = std::move(id);
    h.name = r.langText("name");
    if (h.name.empty()) fail(r.keyPath("name"), "required");
    h.meaning = r.langText("meaning");
    h.indicators = langTextList(r, "indicators");
    h.soundsLike = langTextList(r, "soundsLike");
    h.color = r.text("color", "");
    if (!h.color.empty() && (h.color.size() != 7 || !Color::fromHex(h.color)))
        fail(r.keyPath("color"), "\"" + h.color + "\" is not a colour like \"#1f77b4\"");
    h.sortOrder = r.integer("sortOrder", 0);
    h.icon = r.text("icon", "");
    return h;
}

Quote quote(ObjectReader& r, std::string id) {
    Quote q;
    q.id = std::move(id);
    q.text = r.langText("text");
    if (q.text.empty()) fail(r.keyPath("text"), "required");
    q.learnerId = r.optText("learner");
    q.grade = r.optInteger("grade");
    q.approved = r.boolean("approved", false);
    return q;
}

Announcement announcement(ObjectReader& r, std::string id) {
    Announcement a;
    a.id = std::move(id);
    a.title = r.langText("title");
    if (a.title.empty()) fail(r.keyPath("title"), "required");
    a.text = r.langText("text");
    a.eventDate = r.date("eventDate");
    a.countdown = r.boolean("countdown", false);
    if (a.countdown && !a.eventDate) fail(r.keyPath("countdown"), "needs an eventDate");
    a.showFrom = r.date("showFrom");
    a.showUntil = r.date("showUntil");
    checkRange(a.showFrom, a.showUntil, r.keyPath("showUntil"));
    a.targets = r.textList("targets");
    return a;
}

} // namespace

// ---- [parts] ---------------------------------------------------------------------------------

School readSchool(const Json& value) {
    ObjectReader r(value, "school");
    School s;
    s.name = r.text("name");
    s.timeZone = r.text("timeZone", s.timeZone);
    if (!isKnownTimeZone(s.timeZone))
        fail(r.keyPath("timeZone"),
             "unknown time zone \"" + s.timeZone + "\" (an IANA name like \"America/New_York\")");
    if (r.find("languages")) s.languages = r.languageList("languages");
    if (s.languages.empty()) fail(r.keyPath("languages"), "must name at least one language");
    s.mission = r.langText("mission");
    s.defaultPlaylistId = r.text("defaultPlaylist", "");
    r.finish();
    return s;
}

std::vector<Room> readRooms(const Json& value) {
    return readList(value, "rooms", room);
}

std::vector<RoomGroup> readGroups(const Json& value) {
    return readList(value, "groups", group);
}

std::vector<Display> readDisplays(const Json& value) {
    return readList(value, "displays", display);
}

std::vector<Playlist> readPlaylists(const Json& value) {
    return readList(value, "playlists", playlist);
}

std::vector<Habit> readHabits(const Json& value) {
    return readList(value, "habits", habit);
}

std::vector<Quote> readQuotes(const Json& value) {
    return readList(value, "quotes", quote);
}

std::vector<Announcement> readAnnouncements(const Json& value) {
    return readList(value, "announcements", announcement);
}

std::vector<ScheduleRule> readRules(const Json& value, const std::string& zone) {
    return readList(value, "rules", [&](ObjectReader& r, std::string id) {
        ScheduleRule rule;
        rule.id = std::move(id);
        rule.playlistId = r.text("playlist");
        rule.target = enumValue(r, "target", TargetKind::Everywhere, parseTargetKind,
                                "display, room, group, everywhere");
        if (rule.target != TargetKind::Everywhere)
            rule.targetId = r.text("targetId");
        else if (r.find("targetId"))
            fail(r.keyPath("targetId"), "\"everywhere\" takes no id");
        rule.days = weekdays(r);
        rule.window = window(r, false);
        rule.from = r.date("from");
        rule.until = r.date("until");
        checkRange(rule.from, rule.until, r.keyPath("until"));
        rule.priority = r.integer("priority", 0);
        rule.createdAt = r.stamp("created", zone);
        return rule;
    });
}

std::vector<Celebration> readCelebrations(const Json& value, const std::string& zone) {
    return readList(value, "celebrations", [&](ObjectReader& r, std::string id) {
        Celebration c;
        c.id = std::move(id);
        c.kind = r.text("kind");
        c.text = r.langText("text");
        if (c.text.empty()) fail(r.keyPath("text"), "required");
        c.learnerId = r.optText("learner");
        c.sectionId = r.optText("section");
        c.grade = r.optInteger("grade");
        if (int(c.learnerId.has_value()) + int(c.sectionId.has_value()) + int(c.grade.has_value()) >
            1)
            fail(r.path(), "names more than one of learner, section and grade");
        c.habitId = r.optText("habit");
        c.status = status(r);
        c.showFrom = r.date("showFrom");
        c.showUntil = r.date("showUntil");
        checkRange(c.showFrom, c.showUntil, r.keyPath("showUntil"));
        c.targets = r.textList("targets");
        c.createdAt = r.stamp("created", zone);
        c.submittedBy = r.text("submittedBy", "");
        c.anonymousAs = r.text("anonymousAs", "grade");
        if (c.anonymousAs != "grade" && c.anonymousAs != "section")
            fail(r.keyPath("anonymousAs"), "must be \"grade\" or \"section\"");
        return c;
    });
}

} // namespace lantern::contentfile
