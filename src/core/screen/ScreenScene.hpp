#pragma once
// A screen's moment laid out: the slide, the alert or the dark screen as a Scene. The one place
// that decides which of the three layouts a moment gets, for the player, `lantern render`, the
// benchmarks and the kiosk.
#include "core/layout/SlideLayout.hpp"
#include "core/model/Scene.hpp"
#include "core/screen/ScreenPlan.hpp"

namespace lantern {

// The moment's slide with its "why" completed by where it stands in the cycle.
[[nodiscard]] Slide describedSlide(const ScreenPlan& plan, const ScreenMoment& moment);

// One slide of the plan laid out, whatever the moment (for benchmarks and contact sheets).
// `icons`, when given, draws habits' icons.
[[nodiscard]] Scene slideScene(const Slide& slide, const ScreenPlan& plan, int width, int height,
                               const TextMeasurer& measurer, const IconFont* icons = nullptr);

// What the screen shows at the moment: the alert (white on dark red, every school language), the
// dark screen (black, or a dim clock when the room asks for one), or the slide.
[[nodiscard]] Scene sceneFor(const ScreenMoment& moment, const ScreenPlan& plan, int width,
                             int height, const TextMeasurer& measurer,
                             const IconFont* icons = nullptr);

} // namespace lantern
