#pragma once
// `lantern-bench` (no mode flag): frame times per slide kind and during crossfades, time to first
// frame, and peak memory after showing every slide of every demo room `cycles` times. Needs a
// display (run under scripts/with-xvfb).
#include "player/ScreenFonts.hpp"
#include "player/Settings.hpp"
#include "render/FontSet.hpp"

#include <SFML/Graphics/RenderWindow.hpp>

namespace lantern {

namespace render {
class Stage;
}

struct FrameBenchOptions {
    int idleFrames = 40; // steady frames measured per slide
    int cycles = 3;      // times every slide is shown
};

// Prints the figures; returns the exit status. The demo school is written to a temporary
// database unless --db or the config names one.
int runFrameBench(const CommonFlags& flags, const FrameBenchOptions& options);

// A borderless window without vsync and the fonts to draw with, set up as the player does.
// CommandError(1) when there is no display.
struct BenchWindow {
    BenchWindow(int w, int h, const Fonts& fonts);
    sf::RenderWindow window;
    render::FontSet drawFonts;
};

// Draws and presents one frame at animation time `t`; returns how long that took, in ms.
double timedFrame(render::Stage& stage, sf::RenderWindow& window, float t);

} // namespace lantern
