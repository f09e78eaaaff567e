#pragma once
// The one place Lantern reads the wall clock. Core takes a Clock; only the app passes this one.
#include "core/Time.hpp"

namespace lantern {

class SystemClock final : public Clock {
public:
    [[nodiscard]] Instant now() const override {
        return std::chrono::time_point_cast<std::chrono::milliseconds>(
            std::chrono::system_clock::now());
    }
};

} // namespace lantern
