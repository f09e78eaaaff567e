#pragma once
// Opening a screen for the commands that show one (render, play, bench, schedule explain): the
// room or display named by the settings checked against the content, the size to lay out at for
// the display's orientation, and a moment turned into a Scene.
#include "app/Session.hpp"
#include "core/Content.hpp"
#include "core/Scene.hpp"
#include "core/ScreenPlan.hpp"

#include <string>
#include <utility>

namespace lantern {

struct ScreenSetup {
    ScreenTarget target;
    Orientation orientation = Orientation::Landscape;
    std::optional<std::pair<int, int>> signalSize; // the display's own resolution, if named
};

// The display and/or room named by the settings, or CommandError(2) listing what there is.
// A display implies its room; naming a room that is not the display's is an error.
[[nodiscard]] ScreenSetup requireScreen(const SchoolContent& content, const Settings& settings);

// The room named by the settings (directly or through its display).
[[nodiscard]] Room requireRoom(const SchoolContent& content, const Settings& settings);

// The size a Scene is laid out at on a video signal of `signal` px: a panel turned a quarter
// turn from its signal (Orientation::Portrait, PortraitFlipped) swaps it.
[[nodiscard]] std::pair<int, int> layoutSize(std::pair<int, int> signal, Orientation orientation);
// Clockwise quarter turns that make a layout read upright on the mounted panel.
[[nodiscard]] int quarterTurns(Orientation orientation);

// A local time given on the command line, in the school's zone; CommandError(2) if it does not
// parse.
[[nodiscard]] Instant parseAtFlag(const std::string& text, const std::string& timeZone);

// The moment's slide with its "why" completed by where it stands in the cycle.
[[nodiscard]] Slide describedSlide(const ScreenPlan& plan, const ScreenMoment& moment);

// One slide of the plan laid out, whatever the moment (for benchmarks and contact sheets).
// `icons`, when given, draws habits' icons (Session's Fonts::icons).
[[nodiscard]] Scene slideScene(const Slide& slide, const ScreenPlan& plan, int width, int height,
                               const TextMeasurer& measurer, const IconFont* icons = nullptr);

// What the screen shows at the moment: the slide, the alert or the dark screen, laid out.
[[nodiscard]] Scene sceneFor(const ScreenMoment& moment, const ScreenPlan& plan, int width,
                             int height, const TextMeasurer& measurer,
                             const IconFont* icons = nullptr);

} // namespace lantern
