// Paging of the slides a playlist item can bring: progress by rows, celebration walls by cards.
// The class wall and the grade board are in SlidePages_Boards.cpp.
#include "core/schedule/SlidePages.hpp"

#include <algorithm>

namespace lantern {

std::size_t progressRowsPerSlide(double metres) {
    if (metres <= 3.0) return kMaxRowsPerProgressSlide;
    const auto rows = static_cast<std::size_t>(static_cast<double>(kMaxRowsPerProgressSlide) * 3.0 /
                                               metres * 0.9); // 4 m -> 3
    return std::clamp<std::size_t>(rows, 2, kMaxRowsPerProgressSlide);
}

std::vector<std::pair<ProgressSlideData, int>> progressPages(const ProgressSlideData& p,
                                                             std::size_t maxRows) {
    maxRows = std::clamp<std::size_t>(maxRows, 1, kMaxRowsPerProgressSlide);
    std::vector<std::pair<ProgressSlideData, int>> pages;
    if (p.rows.size() <= maxRows) return {{p, 1}};
    for (std::size_t first = 0; first < p.rows.size(); first += maxRows) {
        ProgressSlideData page = p;
        auto end = std::min(p.rows.size(), first + maxRows);
        page.rows.assign(p.rows.begin() + static_cast<long>(first),
                         p.rows.begin() + static_cast<long>(end));
        pages.emplace_back(std::move(page), static_cast<int>(pages.size() + 1));
    }
    return pages;
}

std::vector<CelebrationSlideData> celebrationPages(const std::vector<CelebrationCard>& cards) {
    std::vector<CelebrationSlideData> pages;
    if (cards.empty()) return pages;
    const std::size_t pageCount = (cards.size() + kMaxCardsPerWall - 1) / kMaxCardsPerWall;
    const std::size_t base = cards.size() / pageCount, extra = cards.size() % pageCount;
    std::size_t next = 0;
    for (std::size_t p = 0; p < pageCount; ++p) {
        std::size_t n = base + (p < extra ? 1 : 0);
        CelebrationSlideData page;
        page.cards.assign(cards.begin() + static_cast<long>(next),
                          cards.begin() + static_cast<long>(next + n));
        page.page = static_cast<int>(p + 1);
        page.pageCount = static_cast<int>(pageCount);
        pages.push_back(std::move(page));
        next += n;
    }
    return pages;
}

} // namespace lantern
