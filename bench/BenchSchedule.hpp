#pragma once
// `lantern-bench --schedule`: how long resolving the winning rule and the current slide takes
// for one display when the store holds 500 rooms, 50 groups and 5,000 rules. Figures for issue
// notes, not a test. Needs no display.
#include <cstdint>

namespace lantern {

struct ScheduleBenchOptions {
    int rooms = 500;
    int groups = 50;
    int rules = 5000;
    int samples = 20000;
    std::uint64_t seed = 7;
};

// Prints the figures to stdout; returns the exit status.
int runScheduleBench(const ScheduleBenchOptions& options);

} // namespace lantern
