#pragma once
// When this process started, for the "first frame after N ms" figure. main() calls it first thing.
#include <chrono>

namespace lantern {

inline std::chrono::steady_clock::time_point processStart() {
    static const auto start = std::chrono::steady_clock::now();
    return start;
}

} // namespace lantern
