#include "app/Screen.hpp"

#include "core/LocalTime.hpp"
#include "core/SlideLayout.hpp"

namespace lantern {

Room requireRoom(const SchoolContent& content, const Settings& settings) {
    if (!settings.config.room)
        throw CommandError("no room given: use --room ID (`lantern rooms` lists them)", 2);
    if (auto room = findRoom(content, *settings.config.room)) return *room;
    std::string known;
    for (const auto& r : content.rooms)
        known += (known.empty() ? "" : ", ") + r.id;
    throw CommandError("unknown room '" + *settings.config.room + "'; rooms here: " +
                           (known.empty() ? "none (run `lantern demo`)" : known),
                       2);
}

Instant parseAtFlag(const std::string& text, const std::string& timeZone) {
    auto t = parseLocalTime(text, timeZone);
    if (!t)
        throw CommandError("--at: '" + text + "' is not a local time like 2026-11-23T08:15:00", 2);
    return *t;
}

Slide slideShowingAt(const ScreenPlan& plan, Instant t) {
    auto pos = positionAt(plan, t);
    Slide slide = plan.slides[pos.index];
    slide.why += "; slide " + std::to_string(pos.index + 1) + " of " +
                 std::to_string(plan.slides.size()) + " in the cycle that began at " +
                 formatLocal(plan.epoch, plan.timeZone) + ", on screen from " +
                 formatLocal(pos.start, plan.timeZone) + " to " +
                 formatLocal(pos.end, plan.timeZone);
    return slide;
}

Scene sceneFor(const Slide& slide, const ScreenPlan& plan, int width, int height,
               const TextMeasurer& measurer) {
    return layoutSlide(slide, LayoutContext{width, height, plan.languages, measurer});
}

Scene sceneAt(const ScreenPlan& plan, Instant t, int width, int height,
              const TextMeasurer& measurer) {
    return sceneFor(slideShowingAt(plan, t), plan, width, height, measurer);
}

} // namespace lantern
