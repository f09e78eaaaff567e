#pragma once
// Time in Lantern. Core never reads the system clock: every decision that depends on time takes
// an Instant or a Clock, so tests drive it with a FakeClock and `lantern render --at` can ask
// "what would the screen show then?".
#include <chrono>

namespace lantern {

using Instant = std::chrono::sys_time<std::chrono::milliseconds>;
using Days = std::chrono::sys_days;

class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual Instant now() const = 0;
};

// A clock that only moves when told to; for tests and for rendering a chosen moment.
class FakeClock final : public Clock {
public:
    explicit FakeClock(Instant start) : m_now(start) {}
    [[nodiscard]] Instant now() const override { return m_now; }
    void set(Instant t) { m_now = t; }
    void advance(std::chrono::milliseconds d) { m_now += d; }

private:
    Instant m_now;
};

} // namespace lantern
