#pragma once
// `lantern bench --wall`: how long building the celebration wall's Scenes takes for a school with
// 500 approved celebrations (the public cards, the pages, and every page laid out). Figures for
// issue notes, not a test. Needs fonts, not a display.
namespace lantern {

struct Fonts;

// Prints the figures to stdout; returns the exit status.
int runWallBench(const Fonts& fonts, int celebrations = 500, int rounds = 20);

} // namespace lantern
