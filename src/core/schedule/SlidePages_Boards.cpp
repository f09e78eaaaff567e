// Paging of the progress boards (SlidePages.hpp): class walls by rows, the grade board by domain
// columns and grade rows, both fewer per page as a room's viewing distance grows.
#include "core/schedule/SlidePages.hpp"

#include <algorithm>
#include <cmath>

namespace lantern {
namespace {

// `atThreeMetres` scaled by 3 / metres, at least `least`.
std::size_t scaledDown(std::size_t atThreeMetres, std::size_t least, double metres) {
    if (metres <= 3.0) return atThreeMetres;
    const auto n = static_cast<std::size_t>(
        std::floor(static_cast<double>(atThreeMetres) * 3.0 / metres + 1e-9));
    return std::clamp(n, least, atThreeMetres);
}

// The marker a legend entry explains: its text up to the first space ("—", "*").
std::string markerOf(const LangText& entry) {
    if (entry.empty()) return {};
    const std::string& s = entry.begin()->second;
    return s.substr(0, s.find(' '));
}

bool usesMarker(const GradeBoardSlideData& page, const std::string& marker) {
    for (const auto& row : page.rows)
        for (const auto& cell : row.cells)
            for (const auto& [lang, text] : cell.text)
                if (!cell.percent && text == marker) return true;
    return false;
}

GradeBoardSlideData boardPage(const GradeBoardSlideData& board, std::size_t col0, std::size_t col1,
                              std::size_t row0, std::size_t row1) {
    GradeBoardSlideData page = board;
    const auto c0 = static_cast<long>(col0), c1 = static_cast<long>(col1);
    page.domainIds.assign(board.domainIds.begin() + c0, board.domainIds.begin() + c1);
    page.domainTitles.assign(board.domainTitles.begin() + c0, board.domainTitles.begin() + c1);
    page.rows.assign(board.rows.begin() + static_cast<long>(row0),
                     board.rows.begin() + static_cast<long>(row1));
    for (auto& row : page.rows)
        row.cells.assign(row.cells.begin() + std::min(c0, static_cast<long>(row.cells.size())),
                         row.cells.begin() + std::min(c1, static_cast<long>(row.cells.size())));
    std::erase_if(page.legend,
                  [&](const LangText& entry) { return !usesMarker(page, markerOf(entry)); });
    const bool partial = std::any_of(page.rows.begin(), page.rows.end(), [](const auto& row) {
        return std::any_of(row.cells.begin(), row.cells.end(),
                           [](const GradeBoardCell& c) { return c.leavesOutSmallClasses; });
    });
    if (!partial) page.note.clear();
    return page;
}

} // namespace

std::vector<ClassWallSlideData> classWallPages(const ClassWallSlideData& wall,
                                               std::size_t maxRows) {
    maxRows = std::clamp<std::size_t>(maxRows, 1, kMaxRowsPerClassWall);
    if (wall.rows.size() <= maxRows) {
        ClassWallSlideData only = wall;
        only.page = only.pageCount = 1;
        return {only};
    }
    const auto count = static_cast<int>((wall.rows.size() + maxRows - 1) / maxRows);
    std::vector<ClassWallSlideData> pages;
    for (std::size_t first = 0; first < wall.rows.size(); first += maxRows) {
        ClassWallSlideData page = wall;
        const auto end = std::min(wall.rows.size(), first + maxRows);
        page.rows.assign(wall.rows.begin() + static_cast<long>(first),
                         wall.rows.begin() + static_cast<long>(end));
        page.page = static_cast<int>(pages.size()) + 1;
        page.pageCount = count;
        pages.push_back(std::move(page));
    }
    return pages;
}

std::size_t classWallRowsPerSlide(double metres) {
    if (metres <= 3.0) return kMaxRowsPerClassWall;
    return metres <= 4.5 ? 2 : 1;
}

std::size_t gradeBoardRowsPerSlide(double metres) {
    return scaledDown(8, 3, metres);
}

std::size_t gradeBoardColumnsPerSlide(double metres) {
    return scaledDown(kMaxGradeBoardColumns, 2, metres);
}

std::vector<GradeBoardSlideData> gradeBoardPages(const GradeBoardSlideData& board,
                                                 std::size_t maxColumns, std::size_t maxRows) {
    maxColumns = std::clamp<std::size_t>(maxColumns, 1, kMaxGradeBoardColumns);
    maxRows = std::max<std::size_t>(maxRows, 1);
    std::vector<GradeBoardSlideData> pages;
    const std::size_t cols = board.domainIds.size(), rows = board.rows.size();
    for (std::size_t c = 0; c < cols; c += maxColumns)
        for (std::size_t r = 0; r < rows; r += maxRows)
            pages.push_back(boardPage(board, c, std::min(cols, c + maxColumns), r,
                                      std::min(rows, r + maxRows)));
    for (std::size_t i = 0; i < pages.size(); ++i) {
        pages[i].page = static_cast<int>(i) + 1;
        pages[i].pageCount = static_cast<int>(pages.size());
    }
    return pages;
}

} // namespace lantern
