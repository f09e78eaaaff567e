#pragma once
// Housekeeping the player does once per local day, so that no one has to run a command for it:
// approved celebrations whose window has ended become Expired (Store::expireCelebrations).
//
// Contract: runIfNewDay() does the chores on its first call and on the first call with a
// different day (the player passes the school-local day of its injected clock). A chore that
// fails (a locked or read-only database) is logged and tried again on the next call; it never
// throws (the first failure of a day is logged as an error). "expired N celebrations" is logged
// when N > 0.
#include "core/model/Time.hpp"

#include <functional>
#include <optional>

namespace lantern {

class Store;

class DailyChores {
public:
    // Expires the celebrations due on `today`; returns how many, throws on a failed write.
    using Expire = std::function<int(Days today)>;

    // True when the chores ran on this call and succeeded.
    bool runIfNewDay(Store& store, Days today);
    bool runIfNewDay(const Expire& expire, Days today);

    // The day the chores last succeeded for, if any.
    [[nodiscard]] std::optional<Days> doneFor() const { return m_doneFor; }

private:
    std::optional<Days> m_doneFor;
    std::optional<Days> m_failedFor; // the day whose failure was logged
};

} // namespace lantern
