#include "app/ScreenProgram.hpp"

#include "app/Screen.hpp"
#include "core/LocalTime.hpp"

#include <spdlog/spdlog.h>

namespace lantern {

ScreenProgram::ScreenProgram(Store& store, const Settings& settings, Instant now, int slideSeconds)
    : m_store(store), m_settings(settings), m_slideSeconds(slideSeconds), m_watcher(store) {
    auto content = m_store.loadContent();
    planDay(content, requireRoom(content, settings), now);
}

void ScreenProgram::planDay(const SchoolContent& content, const Room& room, Instant now) {
    m_plan = planScreen(content, room, m_settings.policy, now, m_settings.config.languages);
    if (m_slideSeconds > 0)
        for (auto& s : m_plan.slides)
            s.duration = std::chrono::seconds(m_slideSeconds);
}

void ScreenProgram::reload(Instant now) {
    try {
        auto content = m_store.loadContent();
        auto room = findRoom(content, m_plan.room.id);
        if (!room) {
            spdlog::error("room '{}' no longer exists; keeping the last content", m_plan.room.id);
            return;
        }
        planDay(content, *room, now);
        ++m_reloads;
    } catch (const std::exception& e) {
        spdlog::error("could not reload content: {}; keeping the last content", e.what());
    }
}

std::optional<Slide> ScreenProgram::due(Instant now) {
    if (m_started && now < m_end) return std::nullopt;
    if (m_changed || localDay(now, m_plan.timeZone) != m_plan.day) {
        m_changed = false;
        reload(now);
    }
    auto pos = positionAt(m_plan, now);
    m_showing = slideShowingAt(m_plan, now);
    m_index = pos.index;
    m_end = pos.end;
    m_started = true;
    return m_showing;
}

bool ScreenProgram::poll() {
    try {
        if (!m_watcher.changed()) return false;
        m_changed = true;
        spdlog::info("content changed; it shows from the next slide");
        return true;
    } catch (const std::exception& e) {
        spdlog::warn("change check failed: {}", e.what());
        return false;
    }
}

} // namespace lantern
