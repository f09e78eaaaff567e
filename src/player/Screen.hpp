#pragma once
// The screen named by the settings (--room, --display, or the config), for the commands that show
// one (render, play, schedule explain) and the benchmarks. The rule is core's (chooseScreen); a
// problem is the user's to fix: CommandError(2).
#include "core/model/Content.hpp"
#include "core/screen/ScreenScene.hpp"
#include "core/screen/ScreenSetup.hpp"
#include "player/Settings.hpp"

#include <string>

namespace lantern {

[[nodiscard]] ScreenSetup requireScreen(const SchoolContent& content, const Settings& settings);

// The room named by the settings (directly or through its display).
[[nodiscard]] Room requireRoom(const SchoolContent& content, const Settings& settings);

// A local time given on the command line, in the school's zone; CommandError(2) if it does not
// parse.
[[nodiscard]] Instant parseAtFlag(const std::string& text, const std::string& timeZone);

} // namespace lantern
