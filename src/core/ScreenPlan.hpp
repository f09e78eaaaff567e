#pragma once
// What one room's screen shows on one local day: a pure function of the school's content, the
// room, the privacy policy and the moment. The player, `lantern render` and `lantern bench` all
// go through here, so a render on a laptop matches the hallway screen at the same second.
#include "core/Content.hpp"
#include "core/Privacy.hpp"
#include "core/Sequencer.hpp"
#include "core/Slides.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lantern {

struct ScreenPlan {
    Room room;
    std::vector<std::string> languages; // display order
    std::string timeZone;
    Days day;                  // the local day the plan is for
    Instant epoch;             // start of that local day: the playlist's cycle starts here
    std::vector<Slide> slides; // never empty: a welcome slide stands in when there is no content
};

// The room with `roomId`, or nullopt.
[[nodiscard]] std::optional<Room> findRoom(const SchoolContent& content, const std::string& roomId);

// The plan for `room` on the local day containing `t`. `languages` overrides the school's list
// when not empty.
[[nodiscard]] ScreenPlan planScreen(const SchoolContent& content, const Room& room,
                                    const PrivacyPolicy& policy, Instant t,
                                    const std::vector<std::string>& languages = {});

// The slide on screen at `t` (t must fall on the plan's day for the answer to be exact).
[[nodiscard]] SequencePosition positionAt(const ScreenPlan& plan, Instant t);

} // namespace lantern
