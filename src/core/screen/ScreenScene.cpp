#include "core/screen/ScreenScene.hpp"

#include "core/layout/LayoutAlert.hpp"
#include "core/layout/LayoutDark.hpp"
#include "core/model/LocalTime.hpp"

namespace lantern {

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

std::vector<std::string> languagesForShowing(const std::vector<std::string>& screen,
                                             long long showing) {
    if (screen.size() <= 2) return screen;
    const auto further = static_cast<long long>(screen.size() - 1);
    const auto turn = static_cast<std::size_t>(((showing % further) + further) % further);
    return {screen.front(), screen[1 + turn]};
}

Scene slideScene(const Slide& slide, const ScreenPlan& plan, int width, int height,
                 const TextMeasurer& measurer, const IconFont* icons, long long showing) {
    return layoutSlide(slide,
                       LayoutContext{width, height, languagesForShowing(plan.languages, showing),
                                     measurer, plan.room.viewingDistanceM, icons});
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
    LayoutContext slideCtx = ctx;
    slideCtx.languages = languagesForShowing(plan.languages, moment.showing);
    return layoutSlide(describedSlide(plan, moment), slideCtx);
}

} // namespace lantern
