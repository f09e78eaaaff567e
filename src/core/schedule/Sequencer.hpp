#pragma once
// Which slide of a playlist is on screen at a moment. A pure function of the slides' durations,
// the moment the playlist began (its epoch) and the moment asked about: two screens showing the
// same room, or `lantern render --at`, agree to the millisecond without talking to each other.
#include "core/model/Slides.hpp"
#include "core/model/Time.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace lantern {

struct SequencePosition {
    std::size_t index = 0; // into the playlist
    Instant start;         // when this showing of the slide began
    Instant end;           // when it ends and the next begins
    long long cycle = 0;   // how many full cycles since the epoch
};

// Position at `t` of a playlist that started at `epoch` and repeats forever. Slides with a
// non-positive duration are skipped. Returns nullopt only for an empty (or all-zero) playlist.
[[nodiscard]] std::optional<SequencePosition> locate(const std::vector<Slide>& slides,
                                                     Instant epoch, Instant t);

} // namespace lantern
