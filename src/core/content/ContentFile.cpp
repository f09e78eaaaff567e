// Content file: applying a file to existing content, and what that changes.
#include "core/content/ContentFile.hpp"

#include "core/content/ContentFileDetail.hpp"

#include <algorithm>
#include <map>
#include <sstream>

namespace lantern {
namespace {

using contentfile::FileParts;
using contentfile::Json;
using contentfile::ObjectReader;

void checkHeader(ObjectReader& file) {
    const Json* format = file.find("format");
    if (!format) contentfile::fail("format", "required: \"lantern-content\"");
    if (*format != contentfile::kFormat)
        contentfile::fail("format", "expected \"lantern-content\", found " + format->dump());
    const Json* version = file.find("version");
    if (!version) contentfile::fail("version", "required: 1");
    if (!version->is_number_integer())
        contentfile::fail("version", "expected an integer, found " + version->dump());
    if (*version != contentfile::kVersion)
        contentfile::fail("version",
                          "version " + version->dump() + " is not one this Lantern reads (1)");
}

// Reads the parts the file has into `out`, noting each in `parts`.
void readParts(ObjectReader& file, SchoolContent& out, FileParts& parts) {
    auto part = [&](const char* key) {
        const Json* value = file.find(key);
        if (value) parts.insert(key);
        return value;
    };
    if (const Json* v = part("school")) out.school = contentfile::readSchool(*v);
    const auto& zone = out.school.timeZone;
    if (const Json* v = part("rooms")) out.rooms = contentfile::readRooms(*v);
    if (const Json* v = part("groups")) out.groups = contentfile::readGroups(*v);
    if (const Json* v = part("displays")) out.displays = contentfile::readDisplays(*v);
    if (const Json* v = part("playlists")) out.playlists = contentfile::readPlaylists(*v);
    if (const Json* v = part("rules")) out.rules = contentfile::readRules(*v, zone);
    if (const Json* v = part("habits")) out.habits = contentfile::readHabits(*v);
    if (const Json* v = part("quotes")) out.quotes = contentfile::readQuotes(*v);
    if (const Json* v = part("announcements"))
        out.announcements = contentfile::readAnnouncements(*v);
    if (const Json* v = part("celebrations"))
        out.celebrations = contentfile::readCelebrations(*v, zone);
}

template <typename T> std::map<std::string, std::string> byId(const std::vector<T>& items) {
    std::map<std::string, std::string> out;
    for (const auto& item : items)
        out[item.id] = contentfile::itemJson(item, "UTC").dump();
    return out;
}

template <typename T> KindDiff diffKind(const std::vector<T>& before, const std::vector<T>& after) {
    const auto a = byId(before), b = byId(after);
    KindDiff d;
    for (const auto& [id, json] : b) {
        auto it = a.find(id);
        if (it == a.end())
            d.added.push_back(id);
        else if (it->second != json)
            d.changed.push_back(id);
    }
    for (const auto& [id, json] : a)
        if (!b.contains(id)) d.removed.push_back(id);
    return d;
}

void printCount(std::ostream& out, const std::vector<std::string>& ids, const char* verb) {
    out << ids.size() << " " << verb;
    if (ids.empty()) return;
    constexpr std::size_t kListed = 5;
    out << " (";
    for (std::size_t i = 0; i < std::min(ids.size(), kListed); ++i)
        out << (i ? ", " : "") << ids[i];
    if (ids.size() > kListed) out << ", and " << ids.size() - kListed << " more";
    out << ")";
}

} // namespace

SchoolContent applyContentFile(const nlohmann::json& file, const SchoolContent& existing) {
    ObjectReader reader(file, "");
    checkHeader(reader);
    SchoolContent out = existing;
    FileParts parts;
    readParts(reader, out, parts);
    reader.finish();
    contentfile::validateContent(out, parts);
    return out;
}

bool ContentDiff::empty() const {
    return !schoolChanged && rooms.empty() && groups.empty() && displays.empty() &&
           playlists.empty() && rules.empty() && habits.empty() && quotes.empty() &&
           announcements.empty() && celebrations.empty();
}

ContentDiff diffContent(const SchoolContent& before, const SchoolContent& after) {
    ContentDiff d;
    d.schoolChanged =
        contentfile::schoolJson(before.school) != contentfile::schoolJson(after.school);
    d.rooms = diffKind(before.rooms, after.rooms);
    d.groups = diffKind(before.groups, after.groups);
    d.displays = diffKind(before.displays, after.displays);
    d.playlists = diffKind(before.playlists, after.playlists);
    d.rules = diffKind(before.rules, after.rules);
    d.habits = diffKind(before.habits, after.habits);
    d.quotes = diffKind(before.quotes, after.quotes);
    d.announcements = diffKind(before.announcements, after.announcements);
    d.celebrations = diffKind(before.celebrations, after.celebrations);
    return d;
}

std::string formatContentDiff(const ContentDiff& diff) {
    std::ostringstream out;
    out << "school: " << (diff.schoolChanged ? "changed" : "unchanged") << "\n";
    const std::pair<const char*, const KindDiff*> kinds[] = {
        {"rooms", &diff.rooms},
        {"groups", &diff.groups},
        {"displays", &diff.displays},
        {"playlists", &diff.playlists},
        {"rules", &diff.rules},
        {"habits", &diff.habits},
        {"quotes", &diff.quotes},
        {"announcements", &diff.announcements},
        {"celebrations", &diff.celebrations},
    };
    for (const auto& [name, kind] : kinds) {
        out << name << ": ";
        printCount(out, kind->added, "added");
        out << ", ";
        printCount(out, kind->changed, "changed");
        out << ", ";
        printCount(out, kind->removed, "removed");
        out << "\n";
    }
    return out.str();
}

} // namespace lantern
