#pragma once
// The player loop: one window showing one room's slides, for as long as the screen is on.
//
// Contract: the content is read from the store when the player starts and again at the first
// slide boundary after another process commits a change (checked four times a second), or when
// the local day changes. A slide is laid out once when it comes on screen; frames in between
// only composite (STYLE.md: nothing is built or queried per frame). Frames are drawn at the
// configured idle rate while only the background moves and at 30 a second during a crossfade.
// Nothing escapes the loop: a failed reload or layout is logged and the last good slide stays.
#include "core/model/Time.hpp"
#include "core/screen/ScreenPlan.hpp"
#include "player/ScreenFonts.hpp"
#include "player/Settings.hpp"

#include <functional>
#include <memory>
#include <string>

namespace lantern {

class Store;

struct PlayerOptions {
    Settings settings;
    std::pair<int, int> size{1920, 1080};
    bool fullscreen = true;
    double durationSeconds = 0; // stop after this long; 0 runs until the window is closed
    std::string contactSheet;   // on exit, write thumbnails of the slides shown to this PNG
    int slideSeconds = 0;       // show every slide this long (a preview pace); 0 keeps the plan's
};

// Called after each drawn frame with how long drawing and presenting it took, in milliseconds,
// and whether a crossfade was running (for `lantern bench`).
using FrameObserver = std::function<void(double frameMs, bool inTransition, const Slide& slide)>;

class Player {
public:
    Player(PlayerOptions options, Store& store, const Fonts& fonts, const Clock& clock);
    ~Player();
    Player(const Player&) = delete;
    Player& operator=(const Player&) = delete;

    // Runs until closed or the duration has passed; returns the exit status.
    int run(const FrameObserver& observer = {});

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace lantern
