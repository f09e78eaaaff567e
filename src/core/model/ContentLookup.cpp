#include "core/model/ContentLookup.hpp"

#include <algorithm>

namespace lantern {
namespace {

template <typename T> bool hasId(const std::vector<T>& items, const std::string& id) {
    return std::any_of(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
}

template <typename T> std::string idList(const std::vector<T>& items) {
    std::string known;
    for (const auto& i : items)
        known += (known.empty() ? "" : ", ") + i.id;
    return known.empty() ? "none (run `lantern demo`)" : known;
}

} // namespace

std::optional<Room> findRoom(const SchoolContent& content, const std::string& roomId) {
    for (const auto& r : content.rooms)
        if (r.id == roomId) return r;
    return std::nullopt;
}

std::optional<Display> findDisplay(const SchoolContent& content, const std::string& displayId) {
    for (const auto& d : content.displays)
        if (d.id == displayId) return d;
    return std::nullopt;
}

bool isRoomOrGroup(const SchoolContent& content, const std::string& id) {
    return hasId(content.rooms, id) || hasId(content.groups, id);
}

std::vector<std::string> unknownTargets(const SchoolContent& content,
                                        const std::vector<std::string>& targets) {
    std::vector<std::string> out;
    for (const auto& t : targets)
        if (!isRoomOrGroup(content, t)) out.push_back(t);
    return out;
}

std::string roomIds(const SchoolContent& content) {
    return idList(content.rooms);
}

std::string displayIds(const SchoolContent& content) {
    return idList(content.displays);
}

std::vector<std::string> screenLanguages(const SchoolContent& content) {
    std::vector<std::string> out = content.school.languages;
    for (const auto& room : content.rooms)
        for (const auto& lang : room.languages)
            if (std::find(out.begin(), out.end(), lang) == out.end()) out.push_back(lang);
    return out;
}

} // namespace lantern
