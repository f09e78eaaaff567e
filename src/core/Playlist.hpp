#pragma once
// The slides a room shows, in order. Until scheduling rules exist, every room has a default
// playlist chosen by its kind: habits, the progress that belongs to the room (its section's in a
// classroom, its grade's in a grade wing, every grade's elsewhere) and the celebration wall,
// interleaved so that no kind waits long for its turn.
#include "core/Content.hpp"
#include "core/Slides.hpp"

#include <chrono>
#include <vector>

namespace lantern {

struct PlaylistTiming {
    std::chrono::milliseconds habit{12000};
    std::chrono::milliseconds progress{15000};
    std::chrono::milliseconds celebrations{15000};
};

// Splits cards into pages of at most six, as even as possible (11 cards: 6 + 5; 7 cards: 4 + 3).
[[nodiscard]] std::vector<CelebrationSlideData>
celebrationPages(const std::vector<CelebrationCard>& cards);

// The room's playlist. Never empty while the school has at least one habit, progress group or
// celebration; the player shows a calm "welcome" fallback when it is.
[[nodiscard]] std::vector<Slide> buildRoomPlaylist(const PublicContent& content, const Room& room,
                                                   const PlaylistTiming& timing = {});

} // namespace lantern
