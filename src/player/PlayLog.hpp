#pragma once
// Proof of play: what one player showed, written to the store in batches so that a screen
// showing a slide every 8 s does not commit every 8 s. A showing is recorded when the next one
// begins (its end is then known); records are written when `batchSize` are waiting, when the
// oldest has waited `maxDelay`, and at finish(). A failed write is logged and retried with the
// next batch (after another maxDelay); at most `kMaxPending` records wait, the oldest dropped
// first, so a broken disk never grows the player's memory.
#include "core/model/Alert.hpp"
#include "core/screen/ScreenPlan.hpp"

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace lantern {

class Store;

class PlayLog {
public:
    static constexpr std::size_t kMaxPending = 10000;

    PlayLog(Store& store, std::string displayId, std::string roomId, std::size_t batchSize = 20,
            std::chrono::milliseconds maxDelay = std::chrono::seconds(60));

    // `moment` went on screen at `now`; the previous showing ends at `now`.
    void began(const ScreenMoment& moment, Instant now);
    // Writes the waiting records if a batch is full or has waited long enough.
    void maybeFlush(Instant now);
    // Ends the current showing at `now` and writes everything waiting.
    void finish(Instant now);

    [[nodiscard]] std::size_t pending() const { return m_pending.size(); }

private:
    void close(Instant now);
    void flush(Instant now);

    Store& m_store;
    std::string m_displayId;
    std::string m_roomId;
    std::size_t m_batchSize;
    std::chrono::milliseconds m_maxDelay;
    std::optional<PlayRecord> m_current;
    std::vector<PlayRecord> m_pending;
    std::optional<Instant> m_oldestPending;
    std::optional<Instant> m_retryAt;
};

// The kind recorded for a showing: the slide kind, "alert" or "dark".
[[nodiscard]] std::string playKind(const ScreenMoment& moment);

} // namespace lantern
