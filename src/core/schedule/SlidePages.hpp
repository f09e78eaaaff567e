#pragma once
// How the slides a playlist item brings are paged: progress by rows, celebration walls by cards,
// class walls and the grade board by rows and columns, with fewer per page as a room's viewing
// distance (and so its text floor) grows.
#include "core/model/Content.hpp"
#include "core/model/Slides.hpp"

#include <cstddef>
#include <utility>
#include <vector>

namespace lantern {

// Splits cards into pages of at most six, as even as possible (11 cards: 6 + 5; 7 cards: 4 + 3).
[[nodiscard]] std::vector<CelebrationSlideData>
celebrationPages(const std::vector<CelebrationCard>& cards);

// A group's rows for one domain, in pages of at most `maxRows`, numbered from 1; a slide with no
// more rows than that is one page (numbered 1). Slide ids:
// "progress/<groupKind>/<groupId>/<domainId>", with "/<page>" from page 2 on.
[[nodiscard]] std::vector<std::pair<ProgressSlideData, int>>
progressPages(const ProgressSlideData& p, std::size_t maxRows = kMaxRowsPerProgressSlide);

// Competency rows a progress slide holds for a screen read from `metres` away: five at up to
// 3 m, fewer as the text floor grows with the distance (three from 3.5 to 4.5 m, two from 5 m),
// so the larger text still fits its rows.
[[nodiscard]] std::size_t progressRowsPerSlide(double metres);

// Competency rows a class wall page holds (each row has two labelled bars): three up to 3 m,
// two up to 4.5 m, one beyond, so the larger text floor still fits.
[[nodiscard]] std::size_t classWallRowsPerSlide(double metres);

// A class wall in pages of at most `maxRows` rows (at least one page, numbered from 1).
[[nodiscard]] std::vector<ClassWallSlideData> classWallPages(const ClassWallSlideData& wall,
                                                             std::size_t maxRows);

// Grades and domain columns a grade board page holds for a screen read from `metres` away:
// up to 8 grades and kMaxGradeBoardColumns domains at 3 m, fewer as the text floor grows (at
// 6 m: 4 grades, 3 domains).
[[nodiscard]] std::size_t gradeBoardRowsPerSlide(double metres);
[[nodiscard]] std::size_t gradeBoardColumnsPerSlide(double metres);

// The grade board in pages: domains in chunks of `maxColumns`, each chunk's grades in chunks of
// `maxRows`, columns first. Each page's legend keeps only the markers its cells use. No page
// when the board has no grade row or no domain.
[[nodiscard]] std::vector<GradeBoardSlideData>
gradeBoardPages(const GradeBoardSlideData& board, std::size_t maxColumns, std::size_t maxRows);

} // namespace lantern
