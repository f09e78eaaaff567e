#include "app/Screen.hpp"

#include "core/LayoutAlert.hpp"
#include "core/LayoutDark.hpp"
#include "core/LocalTime.hpp"
#include "core/SlideLayout.hpp"

namespace lantern {
namespace {

template <typename T> std::string idList(const std::vector<T>& items) {
    std::string known;
    for (const auto& i : items)
        known += (known.empty() ? "" : ", ") + i.id;
    return known.empty() ? "none (run `lantern demo`)" : known;
}

} // namespace

ScreenSetup requireScreen(const SchoolContent& content, const Settings& settings) {
    ScreenSetup setup;
    if (settings.config.display) {
        auto display = findDisplay(content, *settings.config.display);
        if (!display)
            throw CommandError("unknown display '" + *settings.config.display +
                                   "'; displays here: " + idList(content.displays),
                               2);
        if (settings.config.room && *settings.config.room != display->roomId)
            throw CommandError("display '" + display->id + "' is in room '" + display->roomId +
                                   "', not '" + *settings.config.room + "'",
                               2);
        setup.target = {display->roomId, display->id};
        setup.orientation = display->orientation;
        setup.signalSize = std::pair{display->width, display->height};
        return setup;
    }
    if (!settings.config.room)
        throw CommandError("no room given: use --room ID or --display ID (`lantern rooms` lists "
                           "them)",
                           2);
    if (!findRoom(content, *settings.config.room))
        throw CommandError("unknown room '" + *settings.config.room +
                               "'; rooms here: " + idList(content.rooms),
                           2);
    setup.target = {*settings.config.room, ""};
    return setup;
}

Room requireRoom(const SchoolContent& content, const Settings& settings) {
    return *findRoom(content, requireScreen(content, settings).target.roomId);
}

std::pair<int, int> layoutSize(std::pair<int, int> signal, Orientation orientation) {
    return quarterTurns(orientation) % 2 ? std::pair{signal.second, signal.first} : signal;
}

int quarterTurns(Orientation orientation) {
    switch (orientation) {
    case Orientation::Landscape:
        return 0;
    case Orientation::Portrait:
        return 1;
    case Orientation::LandscapeFlipped:
        return 2;
    case Orientation::PortraitFlipped:
        return 3;
    }
    return 0;
}

Instant parseAtFlag(const std::string& text, const std::string& timeZone) {
    auto t = parseLocalTime(text, timeZone);
    if (!t)
        throw CommandError("--at: '" + text + "' is not a local time like 2026-11-23T08:15:00", 2);
    return *t;
}

Slide describedSlide(const ScreenPlan& plan, const ScreenMoment& moment) {
    Slide slide = moment.slide;
    if (moment.mode != ScreenMode::Slides) return slide;
    slide.why += "; slide " + std::to_string(moment.index + 1) + " of " +
                 std::to_string(plan.slides.size()) + " in the cycle that began at " +
                 formatLocal(plan.epoch, plan.timeZone) + ", on screen from " +
                 formatLocal(moment.start, plan.timeZone) + " to " +
                 formatLocal(moment.end, plan.timeZone);
    return slide;
}

Scene slideScene(const Slide& slide, const ScreenPlan& plan, int width, int height,
                 const TextMeasurer& measurer, const IconFont* icons) {
    return layoutSlide(slide, LayoutContext{width, height, plan.languages, measurer,
                                            plan.room.viewingDistanceM, icons});
}

Scene sceneFor(const ScreenMoment& moment, const ScreenPlan& plan, int width, int height,
               const TextMeasurer& measurer, const IconFont* icons) {
    LayoutContext ctx{width, height, plan.languages, measurer, plan.room.viewingDistanceM, icons};
    switch (moment.mode) {
    case ScreenMode::Alert:
        return layoutAlert(*moment.alert, ctx);
    case ScreenMode::Dark: {
        std::string clock;
        if (plan.room.darkMode == DarkMode::Clock)
            clock = formatLocal(moment.start, plan.timeZone).substr(11, 5); // "HH:MM"
        return layoutDark(clock, ctx);
    }
    case ScreenMode::Slides:
        break;
    }
    return layoutSlide(describedSlide(plan, moment), ctx);
}

} // namespace lantern
