// lantern-bench: the figures issue notes quote (frame times, first frame, memory, schedule and
// district scale). Kept out of `lantern`, which runs on a school's screen and has no use for them.
#include "bench/BenchDistrict.hpp"
#include "bench/BenchFrames.hpp"
#include "bench/BenchSchedule.hpp"
#include "bench/BenchText.hpp"
#include "bench/BenchWall.hpp"
#include "player/ScreenFonts.hpp"
#include "player/StartTime.hpp"
#include "store/StoreError.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace {

using namespace lantern;

struct BenchFlags {
    CommonFlags common;
    FrameBenchOptions frames;
    bool schedule = false;
    bool wall = false;
    bool wallFrames = false;
    int entrances = 20;
    bool district = false;
    bool text = false;
    DistrictSpec districtSpec{};
    std::string districtCsv; // with --district: write the roster to --db and the evidence here
};

void addFlags(CLI::App& app, BenchFlags& f) {
    app.add_option("--config", f.common.configFile, "Config file (TOML), as for lantern");
    app.add_option("--db", f.common.database, "Database (default: a temporary demo school)");
    app.add_option("--size", f.common.size, "Window size WxH (default 1920x1080)");
    app.add_option("--idle-frames", f.frames.idleFrames, "Steady frames measured per slide");
    app.add_option("--cycles", f.frames.cycles, "Times every slide is shown (peak memory)");
    app.add_flag("--schedule", f.schedule,
                 "Instead: rule resolution with 500 rooms, 50 groups and 5,000 rules (no display)");
    app.add_flag("--wall", f.wall,
                 "Instead: build the celebration wall's Scenes for 500 celebrations (no display)");
    app.add_flag("--wall-frames", f.wallFrames,
                 "Instead: frame times while a 6-card celebration wall's cards enter");
    app.add_option("--entrances", f.entrances, "With --wall-frames: times the wall enters");
    app.add_flag("--district", f.district,
                 "Instead: a generated district's load, progress recompute and progress Scene "
                 "times (no display)");
    app.add_flag("--text", f.text,
                 "Instead: every slide of a day laid out and shaped in each language Lantern "
                 "sets, and the memory its fonts take (no display)");
    app.add_option("--learners", f.districtSpec.learners, "With --district: learners");
    app.add_option("--competencies", f.districtSpec.competencies, "With --district: competencies");
    app.add_option("--evidence", f.districtSpec.evidence, "With --district: evidence rows");
    app.add_option("--csv", f.districtCsv,
                   "With --district: write the roster to --db and the evidence to this simple "
                   "mastery CSV instead of measuring");
}

int run(const BenchFlags& f) {
    if (f.schedule) return runScheduleBench({});
    if (f.text) return runTextBench();
    if (f.district && !f.districtCsv.empty())
        return writeDistrictFiles(f.common, f.districtSpec, f.districtCsv);
    if (f.district)
        return runDistrictBench(loadFonts(resolveSettings(f.common).config), f.districtSpec);
    if (f.wall) return runWallBench(loadFonts(resolveSettings(f.common).config));
    if (f.wallFrames) {
        const auto settings = resolveSettings(f.common);
        const auto [w, h] = resolveSize(f.common, settings, {1920, 1080});
        return runWallFramesBench(settings, w, h, f.entrances);
    }
    return runFrameBench(f.common, f.frames);
}

} // namespace

int main(int argc, char** argv) {
    (void)processStart();
    CLI::App app{"lantern-bench: Lantern's frame, memory, schedule and district figures"};
    BenchFlags flags;
    addFlags(app, flags);
    CLI11_PARSE(app, argc, argv);
    try {
        return run(flags);
    } catch (const CommandError& e) {
        std::cerr << "lantern-bench: " << e.what() << "\n";
        return e.status;
    } catch (const ConfigError& e) {
        std::cerr << "lantern-bench: " << e.what() << "\n";
        return 2;
    } catch (const StoreError& e) {
        std::cerr << "lantern-bench: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "lantern-bench: unexpected error: " << e.what() << "\n";
        return 1;
    }
}
