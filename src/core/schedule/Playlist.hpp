#pragma once
// The built-in default playlist: what a room shows when no rule and no school default playlist
// applies, chosen by its kind: habits, the progress that belongs to the room (its section's in a
// classroom, its grade's in a grade wing, every grade's elsewhere) and the celebration wall,
// interleaved so that no kind waits long for its turn.
#include "core/model/Content.hpp"
#include "core/model/Slides.hpp"

#include <chrono>
#include <utility>
#include <vector>

namespace lantern {

struct PlaylistTiming {
    std::chrono::milliseconds habit{12000};
    std::chrono::milliseconds progress{15000};
    std::chrono::milliseconds celebrations{15000};
};

// The built-in default playlist for a room (`roomGroups`: the groups it belongs to, for
// celebrations targeted at a group). Never empty while the school has at least one habit,
// progress group or celebration for the room; ScreenPlan shows a welcome slide when it is.
[[nodiscard]] std::vector<Slide> buildRoomPlaylist(const PublicContent& content, const Room& room,
                                                   const std::vector<std::string>& roomGroups = {},
                                                   const PlaylistTiming& timing = {});

} // namespace lantern
