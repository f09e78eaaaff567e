#pragma once
// A contact sheet: thumbnails of rendered slides in a grid, for the demo's "what was shown".
// Pure CPU work on sf::Image (no display needed).
#include <SFML/Graphics/Image.hpp>

#include <vector>

namespace lantern::render {

inline constexpr unsigned kContactSheetGap = 8; // px around and between thumbnails
inline const sf::Color kContactSheetBackground{32, 32, 36};

// Each image is box-filtered down to `thumbWidth` wide, keeping its aspect ratio, and placed
// left to right in rows of `columns` (at least 1) at the top-left of its cell. Cells are
// thumbWidth wide and as tall as the tallest thumbnail. Size:
//   width  = columns * thumbWidth + (columns + 1) * gap
//   height = rows * cellHeight + (rows + 1) * gap,   rows = ceil(n / columns)
// Empty input (or thumbWidth 0) gives an empty (0x0) image; empty images leave blank cells.
[[nodiscard]] sf::Image makeContactSheet(const std::vector<sf::Image>& images, unsigned columns,
                                         unsigned thumbWidth);

// `image` box-filtered to width x height (both at least 1).
[[nodiscard]] sf::Image downscale(const sf::Image& image, unsigned width, unsigned height);

} // namespace lantern::render
