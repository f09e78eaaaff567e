#pragma once
// Which screen a player, `lantern render`, the overlay or the kiosk is asked to show: a display
// (which brings its room, orientation and signal size) and/or a room, checked against the
// school's content; and the size a Scene is laid out at on a panel mounted in an orientation.
#include "core/model/Content.hpp"
#include "core/schedule/Schedule.hpp"

#include <optional>
#include <string>
#include <utility>

namespace lantern {

struct ScreenSetup {
    ScreenTarget target;
    Orientation orientation = Orientation::Landscape;
    std::optional<std::pair<int, int>> signalSize; // the display's own resolution, if named
};

// The setup, or what is wrong with the names in plain words (listing what there is).
struct ScreenChoice {
    std::optional<ScreenSetup> setup;
    std::string problem;
};

// A display implies its room; naming a room that is not the display's is a problem, as are an
// unknown id and naming neither.
[[nodiscard]] ScreenChoice chooseScreen(const SchoolContent& content,
                                        const std::optional<std::string>& roomId,
                                        const std::optional<std::string>& displayId);

// The size a Scene is laid out at on a video signal of `signal` px: a panel turned a quarter
// turn from its signal (Orientation::Portrait, PortraitFlipped) swaps it.
[[nodiscard]] std::pair<int, int> layoutSize(std::pair<int, int> signal, Orientation orientation);
// Clockwise quarter turns that make a layout read upright on the mounted panel.
[[nodiscard]] int quarterTurns(Orientation orientation);

} // namespace lantern
