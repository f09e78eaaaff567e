#include "bench/BenchText.hpp"

#include "bench/BenchStats.hpp"
#include "core/demo/DemoSchool.hpp"
#include "core/layout/SlideLayout.hpp"
#include "core/model/Languages.hpp"
#include "core/model/LocalTime.hpp"
#include "core/screen/ScreenPlan.hpp"
#include "core/text/TextEngine.hpp"

#include <cstdio>

namespace lantern {

int runTextBench(int rounds) {
    const long rssStart = peakRssMb();
    const auto openBegin = Steady::now();
    const auto engine = TextEngine::open();
    const double openMs = msSince(openBegin);
    if (!engine) {
        std::fprintf(stderr, "lantern-bench: no usable font on this machine\n");
        return 1;
    }
    const Days today{std::chrono::year{2026} / 11 / 20};
    const SchoolContent school = makeDemoSchool(DemoOptions{200, 1, today});
    const Instant t = *parseLocalTime("2026-11-23T08:16:00", school.school.timeZone);

    std::printf("lantern-bench --text — every slide of hallway-2's day, 1920x1080, %d rounds\n",
                rounds);
    std::printf("text engine opened in %.1f ms\n", openMs);
    std::printf("%-8s %6s %10s %10s %10s %10s\n", "lang", "slides", "cold med", "cold max",
                "median", "p99");
    long rssAfterLatin = 0;
    for (const auto& language : languages()) {
        ScreenPlanner planner(school, PrivacyPolicy{}, {language.tag});
        const ScreenPlan plan = planner.plan({"hallway-2", ""}, t);
        Samples cold, warm;
        for (int round = 0; round < rounds; ++round)
            for (const auto& slide : plan.slides) {
                const auto begin = Steady::now();
                const Scene scene =
                    layoutSlide(slide, LayoutContext{1920, 1080, plan.languages, *engine});
                (round == 0 ? cold : warm).add(msSince(begin));
            }
        std::printf("%-8s %6zu %8.2fms %8.2fms %8.2fms %8.2fms\n", language.tag.c_str(),
                    plan.slides.size(), cold.quantile(0.5), cold.quantile(1.0), warm.quantile(0.5),
                    warm.quantile(0.99));
        if (language.tag == "es") rssAfterLatin = peakRssMb();
    }
    const long rssEnd = peakRssMb();
    std::printf("peak RSS: %ld MB at start, %ld MB after English and Spanish, %ld MB after every "
                "language (CJK, Arabic, Bengali and Nastaliq faces loaded): +%ld MB\n",
                rssStart, rssAfterLatin, rssEnd, rssEnd - rssAfterLatin);
    return 0;
}

} // namespace lantern
