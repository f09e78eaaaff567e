#pragma once
// When a room's screen is on. Room::powerHours lists the windows when it is on,
// read on the school's local wall clock like schedule rules (a midnight-crossing window belongs to
// the day it starts on; DST skips or repeats wall-clock time). A room with none is always on.
// Alerts are not this unit's concern: power hours never hide an alert, the player decides that.
#include "core/model/Content.hpp"
#include "core/model/Time.hpp"

#include <string>

namespace date {
class time_zone;
}

namespace lantern {

struct PowerState {
    bool on = true;
    Instant until; // the next change, or t + 7 days when there is none within a week
};

// `zone` null means UTC. Prefer this overload with a cached zone (ScheduleIndex::zone()).
[[nodiscard]] PowerState powerAt(const Room& room, const date::time_zone* zone, Instant t);
// Looks the zone up by name (unknown: UTC).
[[nodiscard]] PowerState powerAt(const Room& room, const std::string& zone, Instant t);

} // namespace lantern
