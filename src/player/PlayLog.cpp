#include "player/PlayLog.hpp"

#include "store/Store.hpp"

#include <spdlog/spdlog.h>

namespace lantern {

std::string playKind(const ScreenMoment& moment) {
    switch (moment.mode) {
    case ScreenMode::Alert:
        return "alert";
    case ScreenMode::Dark:
        return "dark";
    case ScreenMode::Slides:
        break;
    }
    return slideKindName(moment.slide.kind);
}

PlayLog::PlayLog(Store& store, std::string displayId, std::string roomId, std::size_t batchSize,
                 std::chrono::milliseconds maxDelay)
    : m_store(store), m_displayId(std::move(displayId)), m_roomId(std::move(roomId)),
      m_batchSize(std::max<std::size_t>(batchSize, 1)), m_maxDelay(maxDelay) {}

void PlayLog::close(Instant now) {
    if (!m_current) return;
    m_current->end = std::max(now, m_current->start);
    if (m_pending.size() >= kMaxPending) m_pending.erase(m_pending.begin());
    m_pending.push_back(std::move(*m_current));
    if (!m_oldestPending) m_oldestPending = now;
    m_current.reset();
}

void PlayLog::began(const ScreenMoment& moment, Instant now) {
    close(now);
    m_current = PlayRecord{m_displayId, m_roomId, moment.slide.id, playKind(moment), now, now};
}

void PlayLog::flush(Instant now) {
    if (m_pending.empty()) return;
    try {
        m_store.appendPlays(m_pending);
        m_pending.clear();
        m_oldestPending.reset();
        m_retryAt.reset();
    } catch (const std::exception& e) {
        spdlog::error("could not record {} plays: {}; will retry", m_pending.size(), e.what());
        m_retryAt = now + m_maxDelay; // not on every frame
    }
}

void PlayLog::maybeFlush(Instant now) {
    if (m_retryAt && now < *m_retryAt) return;
    if (m_pending.size() >= m_batchSize ||
        (m_oldestPending && now - *m_oldestPending >= m_maxDelay))
        flush(now);
}

void PlayLog::finish(Instant now) {
    close(now);
    flush(now);
}

} // namespace lantern
