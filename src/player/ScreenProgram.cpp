#include "player/ScreenProgram.hpp"

#include "core/model/ContentLookup.hpp"
#include "core/model/LocalTime.hpp"

#include <spdlog/spdlog.h>

namespace lantern {
namespace {

bool sameShowing(const ScreenMoment& a, const ScreenMoment& b) {
    return a.mode == b.mode && a.slide.id == b.slide.id && a.start == b.start && a.index == b.index;
}

} // namespace

ScreenProgram::ScreenProgram(Store& store, const Settings& settings, Instant now, int slideSeconds)
    : m_store(store), m_settings(settings), m_slideSeconds(slideSeconds), m_watcher(store) {
    m_versions = m_store.versions();
    auto content = m_store.loadContent(Store::WithEvidence::No);
    m_setup = requireScreen(content, m_settings);
    ProgressCounts counts(content, m_store.loadMasteryData(m_evidence),
                          localDay(now, content.school.timeZone));
    m_planner = std::make_unique<ScreenPlanner>(std::move(content), std::move(counts),
                                                m_settings.policy, m_settings.config.languages);
    m_planner->focusOn(m_setup.target.roomId);
    m_alerts = m_store.openAlerts();
    replan(now);
}

void ScreenProgram::replan(Instant now) {
    m_plan = m_planner->plan(m_setup.target, now);
    if (m_slideSeconds > 0)
        for (auto& s : m_plan.slides)
            s.duration = std::chrono::seconds(m_slideSeconds);
}

// Reads the content and what the evidence gained since the last read: only the new rows while the
// evidence epoch holds (imports that only added rows), everything after a change or removal.
void ScreenProgram::reloadContent(Instant now) {
    try {
        const auto begin = std::chrono::steady_clock::now();
        auto content = m_store.loadContent(Store::WithEvidence::No);
        if (!findRoom(content, m_setup.target.roomId)) {
            spdlog::error("room '{}' no longer exists; keeping the last content",
                          m_setup.target.roomId);
            return;
        }
        // The epoch first: after a rewrite, the rows above the old mark may be the whole table.
        Store::EvidenceMark mark = m_store.evidenceMark();
        std::vector<Evidence> added;
        if (mark.epoch == m_evidence.epoch) added = m_store.evidenceAfter(m_evidence.lastId, mark);
        std::optional<MasteryData> all;
        if (mark.epoch != m_evidence.epoch) all = m_store.loadMasteryData(mark);
        // Nothing below throws but allocation: the old planner goes only now.
        ProgressCounts counts = std::move(*m_planner).releaseCounts();
        if (all)
            counts = ProgressCounts(content, std::move(*all), counts.today());
        else
            counts.addEvidence(added);
        m_evidence = mark;
        m_planner = std::make_unique<ScreenPlanner>(std::move(content), std::move(counts),
                                                    m_settings.policy, m_settings.config.languages);
        m_planner->focusOn(m_setup.target.roomId);
        ++m_reloads;
        replan(now);
        spdlog::info("content reloaded ({}) in {} ms",
                     all ? "all evidence read again"
                         : std::to_string(added.size()) + " new evidence rows",
                     std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::steady_clock::now() - begin)
                         .count());
        return;
    } catch (const std::exception& e) {
        spdlog::error("could not reload content: {}; keeping the last content", e.what());
    }
    replan(now);
}

void ScreenProgram::reloadAlerts() {
    try {
        m_alerts = m_store.openAlerts();
    } catch (const std::exception& e) {
        spdlog::error("could not read alerts: {}; keeping the last ones", e.what());
    }
}

std::optional<ScreenMoment> ScreenProgram::due(Instant now) {
    bool alertsNow = m_alertsChanged;
    if (m_started && now < m_showing.end && !alertsNow) return std::nullopt;
    if (alertsNow) {
        m_alertsChanged = false;
        reloadAlerts();
    }
    if (m_contentChanged && (!m_started || now >= m_showing.end)) {
        m_contentChanged = false;
        reloadContent(now);
    } else if (now >= m_plan.validUntil || localDay(now, m_plan.timeZone) != m_plan.day) {
        replan(now);
    }
    auto next = momentAt(m_plan, m_alerts, now);
    if (m_started && sameShowing(next, m_showing)) {
        m_showing.end = next.end; // the same slide goes on past a replan
        return std::nullopt;
    }
    m_showing = std::move(next);
    m_started = true;
    return m_showing;
}

bool ScreenProgram::poll() {
    try {
        if (!m_watcher.changed()) return false;
        auto v = m_store.versions();
        bool content = v.content != m_versions.content, alerts = v.alerts != m_versions.alerts;
        m_versions = v;
        if (content) spdlog::info("content changed; it shows from the next slide");
        if (alerts) spdlog::warn("alerts changed; showing at once");
        m_contentChanged = m_contentChanged || content;
        m_alertsChanged = m_alertsChanged || alerts;
        return content || alerts;
    } catch (const std::exception& e) {
        spdlog::warn("change check failed: {}", e.what());
        return false;
    }
}

} // namespace lantern
