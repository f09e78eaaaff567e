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

// The languages one showing of a slide speaks, from the screen's list in order: all of them
// when there are one or two; otherwise the first (the room's own language, always) and one
// further language that changes with each showing (showing n speaks further language n mod
// count), so every family's language gets the same share of the screen and a slide never
// stacks more than two. docs/architecture.md, "Screens in many languages".
[[nodiscard]] std::vector<std::string> languagesForShowing(const std::vector<std::string>& screen,
                                                           long long showing);

// One slide of the plan laid out, whatever the moment (for benchmarks and contact sheets), in
// the languages of its `showing` (languagesForShowing). `icons`, when given, draws habits' icons.
[[nodiscard]] Scene slideScene(const Slide& slide, const ScreenPlan& plan, int width, int height,
                               const TextMeasurer& measurer, const IconFont* icons = nullptr,
                               long long showing = 0);

// What the screen shows at the moment: the alert (white on dark red, every language of the
// screen), the dark screen (black, or a dim clock when the room asks for one), or the slide in
// languagesForShowing(plan.languages, moment.showing).
[[nodiscard]] Scene sceneFor(const ScreenMoment& moment, const ScreenPlan& plan, int width,
                             int height, const TextMeasurer& measurer,
                             const IconFont* icons = nullptr);

} // namespace lantern
