#pragma once
// What the player shows and when, without a window: the room's plan for the day, the slide due at
// a moment, and the rule for picking up changes. Another process's commit (noticed by poll())
// takes effect at the next slide boundary, never mid-slide; a new local day replans. A failed
// reload keeps the last good plan. Tested with a FakeClock and two store connections.
#include "app/Session.hpp"
#include "core/ScreenPlan.hpp"
#include "store/Store.hpp"

#include <optional>
#include <string>

namespace lantern {

class ScreenProgram {
public:
    // Reads the content and plans the day of `now`. Throws CommandError(2) for an unknown room.
    // `slideSeconds` > 0 gives every slide that duration (a preview pace).
    ScreenProgram(Store& store, const Settings& settings, Instant now, int slideSeconds = 0);

    // The slide to put on screen if one is due at `now` (the first call, or the current slide has
    // ended); nullopt while the current slide stays.
    [[nodiscard]] std::optional<Slide> due(Instant now);

    // Checks whether another connection committed; the change shows from the next slide on.
    // Returns true when it noticed one.
    bool poll();

    [[nodiscard]] const ScreenPlan& plan() const { return m_plan; }
    [[nodiscard]] const Slide& showing() const { return m_showing; }
    [[nodiscard]] std::size_t showingIndex() const { return m_index; }
    [[nodiscard]] Instant showingEnd() const { return m_end; }
    [[nodiscard]] int reloads() const { return m_reloads; }

private:
    void planDay(const SchoolContent& content, const Room& room, Instant now);
    void reload(Instant now);

    Store& m_store;
    Settings m_settings;
    int m_slideSeconds;
    ChangeWatcher m_watcher;
    ScreenPlan m_plan;
    Slide m_showing;
    std::size_t m_index = 0;
    Instant m_end{};
    bool m_started = false;
    bool m_changed = false;
    int m_reloads = 0;
};

} // namespace lantern
