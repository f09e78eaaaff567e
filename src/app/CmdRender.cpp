#include "app/Commands.hpp"
#include "core/layout/SceneJson.hpp"
#include "core/model/LocalTime.hpp"
#include "core/progress/ProgressCounts.hpp"
#include "player/Screen.hpp"
#include "player/ScreenFonts.hpp"
#include "render/Display.hpp"
#include "render/FontSet.hpp"
#include "render/Offscreen.hpp"
#include "store/Store.hpp"

#include <fstream>
#include <iostream>
#include <memory>

namespace lantern {
namespace {

struct RenderFlags {
    CommonFlags common;
    std::string at;
    std::string out;
    std::string describe;
};

Instant systemNow() {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now());
}

void writeText(const std::string& path, const std::string& text) {
    if (path == "-") {
        std::cout << text;
        return;
    }
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) throw CommandError("--describe: cannot write " + path, 1);
}

int runRender(const RenderFlags& flags) {
    auto settings = resolveSettings(flags.common);
    auto size = resolveSize(flags.common, settings, {1920, 1080});
    if (!flags.out.empty() && !render::displayAvailable())
        throw CommandError("--out needs a display to draw on; run under xvfb-run, or use "
                           "--describe alone",
                           1);
    auto store = openStore(settings);
    auto content = store.loadContent(Store::WithEvidence::No);
    auto setup = requireScreen(content, settings);
    if (setup.signalSize && flags.common.size.empty() && !settings.config.size)
        size = *setup.signalSize;
    size = layoutSize(size, setup.orientation);
    Instant t = flags.at.empty() ? systemNow() : parseAtFlag(flags.at, content.school.timeZone);
    auto fonts = loadFonts(settings.config);
    ProgressCounts counts(content, store.loadMasteryData(), localDay(t, content.school.timeZone));
    ScreenPlanner planner(std::move(content), std::move(counts), settings.policy,
                          settings.config.languages);
    planner.focusOn(setup.target.roomId);
    auto plan = planner.plan(setup.target, t);
    auto moment = momentAt(plan, store.openAlerts(), t);
    auto scene = sceneFor(moment, plan, size.first, size.second, *fonts.metrics, fonts.icons.get());

    if (!flags.describe.empty() || flags.out.empty())
        writeText(flags.describe.empty() ? "-" : flags.describe, sceneToJsonText(scene));
    if (!flags.out.empty()) {
        render::FontSet drawFonts({fonts.files.regular, fonts.files.bold});
        if (fonts.icons) (void)drawFonts.loadIcons(fonts.icons->path());
        if (!render::saveScenePng(scene, drawFonts, flags.out, renderPaths(settings.config)))
            throw CommandError("--out: could not render or write " + flags.out, 1);
    }
    return 0;
}

} // namespace

void addRenderCommand(CLI::App& app, CommandRun& run) {
    auto flags = std::make_shared<RenderFlags>();
    auto* sub = app.add_subcommand(
        "render", "Show what a room's screen shows at a moment, as a PNG and/or Scene JSON");
    addCommonFlags(*sub, flags->common, true, true);
    sub->add_option("--at", flags->at,
                    "Local school time, e.g. 2026-11-23T08:15:00 (default: now)");
    sub->add_option("--out", flags->out, "Write the picture to this PNG file");
    sub->add_option("--describe", flags->describe,
                    "Write the Scene as JSON to this file ('-' for stdout; the default when "
                    "--out is not given)");
    sub->callback([flags, &run] { run = [flags] { return runRender(*flags); }; });
}

} // namespace lantern
