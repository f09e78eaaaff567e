#pragma once
// What the school's content names, looked up one way for every caller: rooms, displays, and the
// targets of alerts, celebrations and announcements (a room's id or a group's). The command line,
// the content file's checks, the player, the overlay and the kiosk all ask here.
#include "core/model/Content.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lantern {

[[nodiscard]] std::optional<Room> findRoom(const SchoolContent& content, const std::string& roomId);
[[nodiscard]] std::optional<Display> findDisplay(const SchoolContent& content,
                                                 const std::string& displayId);

// True when `id` names a room or a group of rooms.
[[nodiscard]] bool isRoomOrGroup(const SchoolContent& content, const std::string& id);

// The targets among `targets` that name neither a room nor a group, in order (empty: all real).
[[nodiscard]] std::vector<std::string> unknownTargets(const SchoolContent& content,
                                                      const std::vector<std::string>& targets);

// Every language some screen of the school shows: the school's, in order, then those rooms add
// (in room order). A text may be written in any of them.
[[nodiscard]] std::vector<std::string> screenLanguages(const SchoolContent& content);

// "hallway-1, hallway-2", or "none (run `lantern demo`)": the ids there are, for a message that
// says what could have been meant.
[[nodiscard]] std::string roomIds(const SchoolContent& content);
[[nodiscard]] std::string displayIds(const SchoolContent& content);

} // namespace lantern
