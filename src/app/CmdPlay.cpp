#include "app/Commands.hpp"
#include "player/Player.hpp"
#include "player/Screen.hpp"
#include "player/ScreenFonts.hpp"
#include "player/SystemClock.hpp"
#include "render/Display.hpp"
#include "store/Store.hpp"

#include <SFML/Window/VideoMode.hpp>

#include <memory>

namespace lantern {
namespace {

struct PlayFlags {
    CommonFlags common;
    bool windowed = false;
    double duration = 0;
    std::string contactSheet;
    int slideSeconds = 0;
    std::string at;
};

int runPlay(const PlayFlags& flags) {
    PlayerOptions options;
    options.settings = resolveSettings(flags.common);
    options.fullscreen = options.settings.config.fullscreen && !flags.windowed;
    options.durationSeconds = flags.duration;
    options.contactSheet = flags.contactSheet;
    if (flags.slideSeconds < 0 || flags.slideSeconds > 3600)
        throw CommandError("--slide-seconds: expected 1 to 3600", 2);
    options.slideSeconds = flags.slideSeconds;
    if (!render::displayAvailable())
        throw CommandError("no display to show on (DISPLAY is not set or not reachable); "
                           "`lantern render` works without one",
                           1);
    auto desktop = sf::VideoMode::getDesktopMode();
    std::pair<int, int> screen{static_cast<int>(desktop.width), static_cast<int>(desktop.height)};
    options.size = resolveSize(flags.common, options.settings,
                               options.fullscreen ? screen : std::pair<int, int>{1280, 720});
    auto store = openStore(options.settings);
    auto fonts = loadFonts(options.settings.config);
    std::unique_ptr<Clock> clock = std::make_unique<SystemClock>();
    if (!flags.at.empty())
        clock = std::make_unique<ShiftedClock>(
            parseAtFlag(flags.at, store.loadSchoolSettings().school.timeZone));
    Player player(options, store, fonts, *clock);
    return player.run();
}

} // namespace

void addPlayCommand(CLI::App& app, CommandRun& run) {
    auto flags = std::make_shared<PlayFlags>();
    auto* sub =
        app.add_subcommand("play", "Show a room's slides, fullscreen (the default command)");
    addCommonFlags(*sub, flags->common, true, true);
    sub->add_flag("--windowed", flags->windowed, "In a window instead of fullscreen");
    sub->add_option("--duration", flags->duration, "Stop after this many seconds");
    sub->add_option("--contact-sheet", flags->contactSheet,
                    "On exit, write thumbnails of the slides shown to this PNG");
    sub->add_option("--slide-seconds", flags->slideSeconds,
                    "Show every slide this many seconds (a preview pace)");
    sub->add_option("--at", flags->at,
                    "Rehearse: start the clock at this local school time, e.g. "
                    "2026-11-23T07:55:00, and run from there");
    sub->callback([flags, &run] { run = [flags] { return runPlay(*flags); }; });
}

} // namespace lantern
