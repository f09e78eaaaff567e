#pragma once
// The parts slides share: a title bar, a header panel with a title and a caption, a competency's
// "code · title" line, and grids of cells. A slide kind that wants one of these calls it here
// (the family kiosk's screens will too) rather than drawing its own.
#include "core/layout/SlideLayout.hpp"

#include <cstddef>
#include <vector>

namespace lantern::layout {

// A bar across the top of the content: `title` centred (44 px bold at 1080), and `aside` at the
// right (30 px, e.g. "Page 2 of 3") when it is not empty. Returns the bar's bottom edge.
float addTitleBar(const LangText& title, const LangText& aside, Frame& f);

// How a header panel is spaced (at 1080): padding, the most height its title may take, and the
// gap between title and caption.
struct HeaderSpacing {
    float pad = 22;
    float titleMaxH = 120;
    float captionGap = 10;
};

// A panel across the top of `c`: `title` (46 px bold) over `caption` (30 px, left out when
// empty), as tall as they need. Returns the panel's bottom edge.
float addHeaderPanel(const LangText& title, const LangText& caption, const Box& c,
                     const HeaderSpacing& spacing, Frame& f);

// A quiet panel across the bottom of `area` holding `note` (28 px at 1080), for what a slide's
// figures leave out ("Learners in classes under 10 are not counted here"). Returns the height it
// took, gap included (0 when the note has no text in the slide's languages), so the caller
// shrinks its area by it.
float addFootnote(const LangText& note, const Box& area, Frame& f);

// "M7.1 · Ratios" in each shown language; the code alone when there is no title.
[[nodiscard]] LangText codeAndTitle(const std::string& code, const LangText& title, const Frame& f);

struct Grid {
    int cols = 1, rows = 1;
};

// `cols` columns (at least 1) and as many rows as `n` items need.
[[nodiscard]] Grid gridOf(std::size_t n, int cols);

// How cells meet the pixel grid: left as computed, sizes floored before placing (so gaps stay
// even), or sizes floored and positions rounded.
enum class CellSnap { None, FloorSizes, FloorSizesRoundPositions };

// `n` cells of `grid` over `area` with `gap` between them, in reading order. With
// `centreLastRow`, a last row that is not full is centred.
[[nodiscard]] std::vector<Box> gridCells(const Box& area, std::size_t n, const Grid& grid,
                                         float gap, CellSnap snap, bool centreLastRow = false);

// Every item's edges (not sizes) rounded to whole px, so containment survives rounding: the last
// step of a layout.
void roundScene(Scene& scene);

} // namespace lantern::layout
