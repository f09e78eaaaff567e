#pragma once
// The emergency takeover screen: the whole screen in one static, high-contrast colour (white on
// deep red, 10:1), one region per language the alert is shown in (alertLanguages over
// ctx.languages), each with the headline huge and bold, the instruction in plain words below it
// and, when there is room, the detail smaller. Landscape puts up to three languages side by side,
// portrait stacks them; more languages make a grid. Every text is fitted, so nothing overflows;
// all regions share one size per role so they read evenly. Nothing moves or flashes.
#include "core/layout/SlideLayout.hpp"
#include "core/model/Alert.hpp"

namespace lantern {

// Colours of the alert screen; text on fill is at least 7:1 (WCAG AAA).
struct AlertTheme {
    Color fill{0x8b, 0x00, 0x00};
    Color ink{0xff, 0xff, 0xff};
    Color rule{0xff, 0xff, 0xff};
};

[[nodiscard]] Scene layoutAlert(const Alert& alert, const LayoutContext& ctx);

} // namespace lantern
