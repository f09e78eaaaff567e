// `lantern bench`: frame times per slide kind and during crossfades, time to first frame, and
// peak memory after cycling every slide of every room three times. Figures for issue notes, not
// a test: nothing here fails on a slow machine.
#include "app/BenchDistrict.hpp"
#include "app/BenchSchedule.hpp"
#include "app/BenchWall.hpp"
#include "app/Commands.hpp"
#include "app/Screen.hpp"
#include "app/StartTime.hpp"
#include "app/SystemClock.hpp"
#include "core/DemoSchool.hpp"
#include "core/LocalTime.hpp"
#include "render/Display.hpp"
#include "render/FontSet.hpp"
#include "render/Stage.hpp"
#include "store/Store.hpp"

#include <SFML/Graphics.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

namespace lantern {
namespace {

using Steady = std::chrono::steady_clock;

struct BenchFlags {
    CommonFlags common;
    int idleFrames = 40;
    int cycles = 3;
    bool schedule = false;
    bool wall = false;
    bool wallFrames = false;
    int entrances = 20;
    bool district = false;
    DistrictSpec districtSpec{};
    std::string districtCsv; // with --district: write the roster to --db and the evidence here
};

double msSince(Steady::time_point t) {
    return std::chrono::duration<double, std::milli>(Steady::now() - t).count();
}

struct Stats {
    std::vector<double> samples;
    void add(double ms) { samples.push_back(ms); }
    double quantile(double q) {
        if (samples.empty()) return 0;
        std::sort(samples.begin(), samples.end());
        auto i = static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1) + 0.5);
        return samples[std::min(i, samples.size() - 1)];
    }
};

long peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

std::filesystem::path benchDatabase(const Settings& settings, const BenchFlags& flags) {
    if (!flags.common.database.empty() || settings.config.database) return settings.database;
    auto path = std::filesystem::temp_directory_path() / "lantern-bench.db";
    std::filesystem::remove(path);
    auto store = Store::open(path);
    store.replaceContent(makeDemoSchool(DemoOptions{}));
    return path;
}

// Every distinct slide of every room on the day of `t`.
std::vector<ScreenPlan> allPlans(const SchoolContent& content, const Settings& s, Instant t) {
    std::vector<ScreenPlan> plans;
    ScreenPlanner planner(content, s.policy, s.config.languages);
    for (const auto& room : content.rooms)
        plans.push_back(planner.plan({room.id, ""}, t));
    return plans;
}

// Draws one frame at animation time `t` and returns how long drawing and presenting took.
double timedFrame(render::Stage& stage, sf::RenderWindow& window, float t) {
    auto begin = Steady::now();
    stage.draw(window, t);
    window.display();
    return msSince(begin);
}

// The district's roster into the database and its evidence as a simple mastery CSV, so that
// `lantern import mastery` can be measured on it.
int writeDistrictFiles(const BenchFlags& flags) {
    auto store = openStore(resolveSettings(flags.common));
    DistrictSpec rosterOnly = flags.districtSpec;
    rosterOnly.evidence = 0;
    StoreDistrictSink roster(store);
    generateDistrict(rosterOnly, roster);
    std::ofstream out(flags.districtCsv, std::ios::binary);
    if (!out) throw CommandError(flags.districtCsv + ": cannot write the file", 2);
    CsvDistrictSink csv(out);
    generateDistrict(flags.districtSpec, csv);
    if (!out.flush()) throw CommandError(flags.districtCsv + ": cannot write the file", 2);
    std::cout << "roster in " << store.path().string() << ", " << flags.districtSpec.evidence
              << " evidence rows in " << flags.districtCsv << "; import them with\n  lantern "
              << "import mastery " << flags.districtCsv << " --db " << store.path().string()
              << " --today " << formatDate(districtToday(flags.districtSpec)) << "\n";
    return 0;
}

int runBench(const BenchFlags& flags) {
    if (flags.schedule) return runScheduleBench({});
    if (flags.district && !flags.districtCsv.empty()) return writeDistrictFiles(flags);
    if (flags.district)
        return runDistrictBench(loadFonts(resolveSettings(flags.common).config),
                                flags.districtSpec);
    if (flags.wall) return runWallBench(loadFonts(resolveSettings(flags.common).config));
    if (flags.wallFrames) {
        const auto settings = resolveSettings(flags.common);
        const auto [w, h] = resolveSize(flags.common, settings, {1920, 1080});
        return runWallFramesBench(settings, w, h, flags.entrances);
    }
    auto settings = resolveSettings(flags.common);
    auto [w, h] = resolveSize(flags.common, settings, {1920, 1080});
    if (!render::displayAvailable())
        throw CommandError("bench needs a display (run under xvfb-run)", 1);
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

    sf::RenderWindow window(sf::VideoMode(static_cast<unsigned>(w), static_cast<unsigned>(h)),
                            "Lantern bench", sf::Style::None);
    window.setVerticalSyncEnabled(false);
    render::FontSet drawFonts({fonts.files.regular, fonts.files.bold});
    if (fonts.icons) (void)drawFonts.loadIcons(fonts.icons->path());
    render::Stage::Options stageOptions;
    stageOptions.paths = renderPaths(settings.config);
    render::Stage stage(drawFonts, stageOptions);
    stage.show(slideScene(plans[0].slides[0], plans[0], w, h, *fonts.metrics, fonts.icons.get()));
    timedFrame(stage, window, 0);
    double firstFrameMs = msSince(processStart()) - demoMs;

    std::map<std::string, Stats> perKind;
    Stats transition, layout;
    float clock = 10;
    for (int cycle = 0; cycle < flags.cycles; ++cycle)
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
                for (int f = 0; f < flags.idleFrames; ++f)
                    perKind[scene.slide.kind].add(timedFrame(stage, window, clock += 0.25f));
            }

    std::printf("lantern bench — %dx%d, %zu rooms, shaders %s\n", w, h, plans.size(),
                stage.shadersActive() ? "on" : "off (fallback)");
    std::printf("%-22s %8s %8s %8s\n", "frames", "count", "median", "p99");
    for (auto& [kind, stats] : perKind)
        std::printf("%-22s %8zu %6.2fms %6.2fms\n", kind.c_str(), stats.samples.size(),
                    stats.quantile(0.5), stats.quantile(0.99));
    std::printf("%-22s %8zu %6.2fms %6.2fms\n", "transition", transition.samples.size(),
                transition.quantile(0.5), transition.quantile(0.99));
    std::printf("%-22s %8zu %6.2fms %6.2fms\n", "slide layout+canvas", layout.samples.size(),
                layout.quantile(0.5), layout.quantile(0.99));
    std::printf("first frame after process start: %.0f ms\n", firstFrameMs);
    std::printf("peak RSS after %d cycles of every slide: %ld MB\n", flags.cycles, peakRssMb());
    return 0;
}

} // namespace

void addBenchCommand(CLI::App& app, CommandRun& run) {
    auto flags = std::make_shared<BenchFlags>();
    auto* sub = app.add_subcommand("bench", "Measure frame times, first frame and peak memory");
    addCommonFlags(*sub, flags->common, false, true);
    sub->add_option("--idle-frames", flags->idleFrames, "Steady frames measured per slide");
    sub->add_option("--cycles", flags->cycles, "Times every slide is shown (peak memory)");
    sub->add_flag(
        "--schedule", flags->schedule,
        "Instead: rule resolution with 500 rooms, 50 groups and 5,000 rules (no display)");
    sub->add_flag("--wall", flags->wall,
                  "Instead: build the celebration wall's Scenes for 500 celebrations (no display)");
    sub->add_flag("--wall-frames", flags->wallFrames,
                  "Instead: frame times while a 6-card celebration wall's cards enter");
    sub->add_option("--entrances", flags->entrances, "With --wall-frames: times the wall enters");
    sub->add_flag("--district", flags->district,
                  "Instead: a generated district's load, progress recompute and progress Scene "
                  "times (no display)");
    sub->add_option("--learners", flags->districtSpec.learners, "With --district: learners");
    sub->add_option("--competencies", flags->districtSpec.competencies,
                    "With --district: competencies");
    sub->add_option("--evidence", flags->districtSpec.evidence, "With --district: evidence rows");
    sub->add_option("--csv", flags->districtCsv,
                    "With --district: write the roster to --db and the evidence to this simple "
                    "mastery CSV instead of measuring");
    sub->callback([flags, &run] { run = [flags] { return runBench(*flags); }; });
}

} // namespace lantern
