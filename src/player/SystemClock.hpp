#pragma once
// The one place Lantern reads the wall clock. Core takes a Clock; only the app passes this one.
#include "core/model/Time.hpp"

namespace lantern {

class SystemClock final : public Clock {
public:
    [[nodiscard]] Instant now() const override {
        return std::chrono::time_point_cast<std::chrono::milliseconds>(
            std::chrono::system_clock::now());
    }
};

// The wall clock moved to start at a chosen moment and run from there: `lantern play --at`
// rehearses a screen at another time (next Monday morning, Innovation Night) in real time.
class ShiftedClock final : public Clock {
public:
    explicit ShiftedClock(Instant start) : m_offset(start - SystemClock().now()) {}
    [[nodiscard]] Instant now() const override { return SystemClock().now() + m_offset; }

private:
    std::chrono::milliseconds m_offset;
};

} // namespace lantern
