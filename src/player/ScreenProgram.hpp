#pragma once
// What the player shows and when, without a window. A pure schedule (ScreenPlan) plus three
// kinds of change:
// - content changed by another process (noticed by poll()): it shows from the next slide on,
//   never mid-slide; a failed reload keeps the last good content. The evidence is held as
//   progress counts (ProgressCounts): a reload after an import that only added evidence reads
//   and counts just the new rows (Store::evidenceAfter);
// - an alert raised or cleared (also noticed by poll()): it shows at the next due() call, at
//   once, mid-slide if need be;
// - the plan running out (a rule's window edge, local midnight): planned again on time.
// Tested with a FakeClock and two store connections.
#include "core/screen/ScreenPlan.hpp"
#include "player/Screen.hpp"
#include "player/Settings.hpp"
#include "store/Store.hpp"

#include <memory>
#include <optional>
#include <string>

namespace lantern {

class ScreenProgram {
public:
    // Reads the content and alerts and plans `now`. Throws CommandError(2) for an unknown room
    // or display. `slideSeconds` > 0 gives every slide that duration (a preview pace).
    ScreenProgram(Store& store, const Settings& settings, Instant now, int slideSeconds = 0);

    // What to put on screen if it must change at `now` (the first call, the current showing has
    // ended, or an alert came or went); nullopt while the current showing stays.
    [[nodiscard]] std::optional<ScreenMoment> due(Instant now);

    // Checks whether another connection committed. Returns true when it noticed a change to the
    // content or the alerts.
    bool poll();

    [[nodiscard]] const ScreenPlan& plan() const { return m_plan; }
    [[nodiscard]] const ScreenPlanner& planner() const { return *m_planner; }
    [[nodiscard]] const ScreenSetup& setup() const { return m_setup; }
    [[nodiscard]] const ScreenMoment& showing() const { return m_showing; }
    [[nodiscard]] Instant showingEnd() const { return m_showing.end; }
    [[nodiscard]] int reloads() const { return m_reloads; }

private:
    void load(Instant now);
    void replan(Instant now);
    void reloadContent(Instant now);
    void reloadAlerts();

    Store& m_store;
    Settings m_settings;
    int m_slideSeconds;
    ChangeWatcher m_watcher;
    Store::Versions m_versions;
    Store::EvidenceMark m_evidence; // where the planner's evidence was read up to
    ScreenSetup m_setup;
    std::unique_ptr<ScreenPlanner> m_planner;
    ScreenPlan m_plan;
    std::vector<Alert> m_alerts;
    ScreenMoment m_showing;
    bool m_started = false;
    bool m_contentChanged = false;
    bool m_alertsChanged = false;
    int m_reloads = 0;
};

} // namespace lantern
