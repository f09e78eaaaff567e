#pragma once
// `lantern-bench --text`: text in every language. For each language Lantern sets, every slide of
// a demo hallway's day laid out and shaped with that language first (median and p99 per slide,
// the first round apart: it fills the shaping caches), then the memory the fonts of all
// languages add. Figures for issue notes, not a test. Needs fonts, not a display.
namespace lantern {

int runTextBench(int rounds = 10);

} // namespace lantern
