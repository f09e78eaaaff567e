#include "player/DailyChores.hpp"

#include "core/model/LocalTime.hpp"
#include "store/Store.hpp"

#include <spdlog/spdlog.h>

#include <exception>

namespace lantern {

bool DailyChores::runIfNewDay(Store& store, Days today) {
    return runIfNewDay([&store](Days day) { return store.expireCelebrations(day); }, today);
}

bool DailyChores::runIfNewDay(const Expire& expire, Days today) {
    if (m_doneFor == today) return false;
    try {
        const int expired = expire(today);
        if (expired > 0)
            spdlog::info("expired {} celebration{} (window ended before {})", expired,
                         expired == 1 ? "" : "s", formatDate(today));
    } catch (const std::exception& e) {
        // Logged once per day that fails; the player retries four times a second.
        if (m_failedFor != today)
            spdlog::error("could not expire celebrations: {}; trying again shortly", e.what());
        m_failedFor = today;
        return false;
    }
    m_doneFor = today;
    m_failedFor.reset();
    return true;
}

} // namespace lantern
