#pragma once
// The text names of the schedule enums, shared by the store's columns, the content file
// (docs/content-format.md) and the command line, so all three spell them the same way.
// Names are lower-case ASCII; parsing is exact (no trimming, no case folding) and returns
// nullopt for an unknown name.
#include "core/model/ScheduleModel.hpp"

#include <optional>
#include <string_view>

namespace lantern {

// "fixed", "celebrations", "section-progress", "grade-progress", "room-progress",
// "habit-of-week", "all-habits", "announcements", "mission", "habits-overview", "student-voice",
// "class-wall", "grade-board", "competency-spotlight"
[[nodiscard]] const char* itemSourceName(ItemSource source);
[[nodiscard]] std::optional<ItemSource> parseItemSource(std::string_view name);

// "display", "room", "group", "everywhere"
[[nodiscard]] const char* targetKindName(TargetKind kind);
[[nodiscard]] std::optional<TargetKind> parseTargetKind(std::string_view name);

// "landscape", "portrait", "landscape-flipped", "portrait-flipped"
[[nodiscard]] const char* orientationName(Orientation orientation);
[[nodiscard]] std::optional<Orientation> parseOrientation(std::string_view name);

// "black", "clock"
[[nodiscard]] const char* darkModeName(DarkMode mode);
[[nodiscard]] std::optional<DarkMode> parseDarkMode(std::string_view name);

} // namespace lantern
