#pragma once
// What every benchmark measures with: elapsed time, samples and their quantiles, this process's
// CPU time and peak memory. Figures for notes, never a test's verdict.
#include <chrono>
#include <cstddef>
#include <vector>

namespace lantern {

using Steady = std::chrono::steady_clock;

[[nodiscard]] double msSince(Steady::time_point t);
[[nodiscard]] double usSince(Steady::time_point t);

// This process's CPU time in ms: on a machine shared with other work, wall time overstates.
[[nodiscard]] double cpuMs();

// The most memory this process has held so far (resident set), in MB.
[[nodiscard]] long peakRssMb();

// The q-quantile of `samples` by nearest rank (index q * (n - 1), rounded half up): 0.5 is the
// median (the upper one of an even count), 0.99 the p99, 1.0 the largest. 0 when there are none.
[[nodiscard]] double quantile(std::vector<double> samples, double q);

// Samples of one figure, e.g. frame times in ms.
struct Samples {
    std::vector<double> values;
    void add(double v) { values.push_back(v); }
    [[nodiscard]] std::size_t size() const { return values.size(); }
    [[nodiscard]] double quantile(double q) const { return lantern::quantile(values, q); }
};

} // namespace lantern
