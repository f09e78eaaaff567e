#pragma once
// Opening a room's screen for the commands that show one (render, play, bench): the content read
// from the store, the room checked, and a slide laid out at a moment.
#include "app/Session.hpp"
#include "core/Content.hpp"
#include "core/Scene.hpp"
#include "core/ScreenPlan.hpp"

#include <string>

namespace lantern {

// The room named by the settings, or CommandError(2) listing the rooms there are.
[[nodiscard]] Room requireRoom(const SchoolContent& content, const Settings& settings);

// A local time given on the command line, in the school's zone; CommandError(2) if it does not
// parse.
[[nodiscard]] Instant parseAtFlag(const std::string& text, const std::string& timeZone);

// The slide on screen at `t`, with its "why" completed by where it stands in the day's cycle.
[[nodiscard]] Slide slideShowingAt(const ScreenPlan& plan, Instant t);

// `slide` laid out for a screen of the plan's room.
[[nodiscard]] Scene sceneFor(const Slide& slide, const ScreenPlan& plan, int width, int height,
                             const TextMeasurer& measurer);

// The Scene for the slide on screen at `t`.
[[nodiscard]] Scene sceneAt(const ScreenPlan& plan, Instant t, int width, int height,
                            const TextMeasurer& measurer);

} // namespace lantern
