#include "bench/BenchWall.hpp"

#include "bench/BenchStats.hpp"
#include "core/demo/DemoSchool.hpp"
#include "core/layout/SlideLayout.hpp"
#include "core/publicview/PublicView.hpp"
#include "core/schedule/Playlist.hpp"
#include "core/schedule/SlidePages.hpp"
#include "player/ScreenFonts.hpp"
#include "player/Settings.hpp"

#include <algorithm>
#include <cstdio>

namespace lantern {
SchoolContent benchWallSchool(int n) {
    SchoolContent c = makeDemoSchool();
    const auto base = c.celebrations;
    c.celebrations.clear();
    for (int i = 0; i < n; ++i) {
        Celebration cel = base[static_cast<std::size_t>(i) % base.size()];
        cel.id = "bench-" + std::to_string(i);
        cel.status = CelebrationStatus::Approved;
        cel.showFrom.reset();
        cel.showUntil.reset();
        cel.targets.clear();
        cel.createdAt = Instant(std::chrono::sys_days(std::chrono::year{2026} / 11 / 1)) +
                        std::chrono::minutes(i);
        c.celebrations.push_back(std::move(cel));
    }
    return c;
}

int runWallBench(const Fonts& fonts, int count, int rounds) {
    const auto content = benchWallSchool(count);
    const Days day{std::chrono::year{2026} / 11 / 20};
    const std::vector<std::string> languages{"en", "es"};
    std::vector<double> cardsMs, layoutMs, totalMs;
    std::size_t pages = 0;
    for (int r = 0; r < rounds; ++r) {
        auto begin = Steady::now();
        auto pub = buildPublicContent(content, PrivacyPolicy{}, day);
        cardsMs.push_back(msSince(begin));
        auto layoutBegin = Steady::now();
        auto walls = celebrationPages(pub.celebrations);
        for (auto& page : walls) {
            Slide slide{"celebrations/" + std::to_string(page.page), SlideKind::Celebrations, "",
                        std::chrono::seconds(15), page};
            auto scene = layoutSlide(slide, LayoutContext{1920, 1080, languages, *fonts.metrics});
            (void)scene;
        }
        layoutMs.push_back(msSince(layoutBegin));
        totalMs.push_back(msSince(begin));
        pages = walls.size();
    }
    std::printf("lantern-bench --wall: %d approved celebrations -> %zu wall pages, 1920x1080, "
                "en+es, median of %d rounds\n",
                count, pages, rounds);
    std::printf("  public view (every slide's data, cards included): %8.2f ms\n",
                quantile(cardsMs, 0.5));
    std::printf("  paging and laying out every wall page:            %8.2f ms (%.2f ms a page)\n",
                quantile(layoutMs, 0.5),
                quantile(layoutMs, 0.5) / static_cast<double>(std::max<std::size_t>(pages, 1)));
    std::printf("  total:                                            %8.2f ms\n",
                quantile(totalMs, 0.5));
    return 0;
}

} // namespace lantern
