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
