#pragma once
// `lantern-bench --wall`: how long building the celebration wall's Scenes takes for a school with
// 500 approved celebrations (the public cards, the pages, and every page laid out). Figures for
// issue notes, not a test. Needs fonts, not a display.
#include "core/model/Content.hpp"

namespace lantern {

struct Fonts;
struct Settings;

// Prints the figures to stdout; returns the exit status.
int runWallBench(const Fonts& fonts, int celebrations = 500, int rounds = 20);

// The demo school with `n` approved celebrations showing on 2026-11-20 (and any other day), of
// every kind and subject the demo uses, texts of varied length in English and Spanish.
[[nodiscard]] SchoolContent benchWallSchool(int n);

// `lantern-bench --wall-frames` (BenchWallFrames.cpp): frame times of a 6-card wall while its
// cards enter, the wall shown `entrances` times in a w x h window. Needs a display.
int runWallFramesBench(const Settings& settings, int w, int h, int entrances = 20);

} // namespace lantern
