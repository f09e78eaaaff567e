// `lantern-bench`: frame times per slide kind and during crossfades, time to first frame, and
// peak memory after cycling every slide of every room three times. Figures for issue notes, not
// a test: nothing here fails on a slow machine.
#include "bench/BenchFrames.hpp"

#include "bench/BenchStats.hpp"
#include "core/demo/DemoSchool.hpp"
#include "core/model/LocalTime.hpp"
#include "player/Screen.hpp"
#include "player/ScreenFonts.hpp"
#include "player/StartTime.hpp"
#include "player/SystemClock.hpp"
#include "render/Display.hpp"
#include "render/FontSet.hpp"
#include "render/Stage.hpp"
#include "store/Store.hpp"

#include <SFML/Graphics.hpp>

#include <cstdio>
#include <filesystem>
#include <map>

namespace lantern {
namespace {

std::filesystem::path benchDatabase(const Settings& settings, const CommonFlags& flags) {
    if (!flags.database.empty() || settings.config.database) return settings.database;
    auto path = std::filesystem::temp_directory_path() / "lantern-bench.db";
    std::filesystem::remove(path);
    auto store = Store::open(path);
    store.replaceContent(makeDemoSchool(DemoOptions{}));
    return path;
}

// The window's mode; there must be a display to open it on.
sf::VideoMode videoMode(int w, int h) {
    if (!render::displayAvailable())
        throw CommandError("lantern-bench needs a display (run under scripts/with-xvfb)", 1);
    return sf::VideoMode(static_cast<unsigned>(w), static_cast<unsigned>(h));
}

// Every distinct slide of every room on the day of `t`.
std::vector<ScreenPlan> allPlans(const SchoolContent& content, const Settings& s, Instant t) {
    std::vector<ScreenPlan> plans;
    ScreenPlanner planner(content, s.policy, s.config.languages);
    for (const auto& room : content.rooms)
        plans.push_back(planner.plan({room.id, ""}, t));
    return plans;
}

} // namespace

int runFrameBench(const CommonFlags& flags, const FrameBenchOptions& options) {
    auto settings = resolveSettings(flags);
    auto [w, h] = resolveSize(flags, settings, {1920, 1080});
    auto demoStart = Steady::now();
    settings.database = benchDatabase(settings, flags);
    double demoMs = msSince(demoStart); // creating a demo database is not part of starting up
    auto store = openStore(settings);
    auto content = store.loadContent();
    auto fonts = loadFonts(settings.config);
    Instant t = SystemClock().now();
    if (auto at = parseLocalTime("2026-11-23T08:15:00", content.school.timeZone)) t = *at;
    auto plans = allPlans(content, settings, t);
    if (plans.empty()) throw CommandError("the database has no rooms (run `lantern demo`)", 2);

    BenchWindow screen(w, h, fonts);
    auto& window = screen.window;
    render::Stage::Options stageOptions;
    stageOptions.paths = renderPaths(settings.config);
    render::Stage stage(screen.drawFonts, stageOptions);
    stage.show(slideScene(plans[0].slides[0], plans[0], w, h, *fonts.metrics, fonts.icons.get()));
    timedFrame(stage, window, 0);
    double firstFrameMs = msSince(processStart()) - demoMs;

    std::map<std::string, Samples> perKind;
    Samples transition, layout;
    float clock = 10;
    for (int cycle = 0; cycle < options.cycles; ++cycle)
        for (const auto& plan : plans)
            for (std::size_t i = 0; i < plan.slides.size(); ++i) {
                auto begin = Steady::now();
                auto scene =
                    slideScene(plan.slides[i], plan, w, h, *fonts.metrics, fonts.icons.get());
                stage.show(scene);
                layout.add(msSince(begin));
                timedFrame(stage, window, clock); // the fade starts at this frame
                for (int f = 1; f <= 30; ++f)
                    transition.add(timedFrame(stage, window, clock += 1.f / 30));
                clock += 0.1f;
                if (cycle > 0) continue; // steady frames once per slide are enough
                for (int f = 0; f < options.idleFrames; ++f)
                    perKind[scene.slide.kind].add(timedFrame(stage, window, clock += 0.25f));
            }

    std::printf("lantern-bench — %dx%d, %zu rooms, shaders %s\n", w, h, plans.size(),
                stage.shadersActive() ? "on" : "off (fallback)");
    std::printf("%-22s %8s %8s %8s\n", "frames", "count", "median", "p99");
    for (const auto& [kind, stats] : perKind)
        std::printf("%-22s %8zu %6.2fms %6.2fms\n", kind.c_str(), stats.size(), stats.quantile(0.5),
                    stats.quantile(0.99));
    std::printf("%-22s %8zu %6.2fms %6.2fms\n", "transition", transition.size(),
                transition.quantile(0.5), transition.quantile(0.99));
    std::printf("%-22s %8zu %6.2fms %6.2fms\n", "slide layout+canvas", layout.size(),
                layout.quantile(0.5), layout.quantile(0.99));
    std::printf("first frame after process start: %.0f ms\n", firstFrameMs);
    std::printf("peak RSS after %d cycles of every slide: %ld MB\n", options.cycles, peakRssMb());
    return 0;
}

BenchWindow::BenchWindow(int w, int h, const Fonts& fonts)
    : window(videoMode(w, h), "Lantern bench", sf::Style::None),
      drawFonts({fonts.files.regular, fonts.files.bold}) {
    window.setVerticalSyncEnabled(false);
    if (fonts.icons) (void)drawFonts.loadIcons(fonts.icons->path());
}

double timedFrame(render::Stage& stage, sf::RenderWindow& window, float t) {
    auto begin = Steady::now();
    stage.draw(window, t);
    window.display();
    return msSince(begin);
}

} // namespace lantern
