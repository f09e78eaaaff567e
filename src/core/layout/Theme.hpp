#pragma once
// The look of public slides: a calm, high-contrast palette and spacing for a screen read from
// three metres. Dark ink on warm off-white panels over a deep blue animated background; text
// never sits on the animated background, only on an opaque panel. Every text/panel pair here has
// a WCAG contrast ratio of at least 4.5 (tests/core/Readability.test.cpp checks the slides).
// Lengths are for a 1080 px short side; layout multiplies them by min(w, h) / 1080.
#include "core/model/Color.hpp"

namespace lantern {

struct Theme {
    Color background{0x17, 0x32, 0x4d};   // what the animated background averages to
    Color panel{0xfa, 0xf6, 0xee};        // warm off-white behind all text
    Color panelAlt{0xf1, 0xeb, 0xdf};     // a quieter panel inside a panel (legend, notes)
    Color ink{0x1b, 0x24, 0x33};          // first language: 14.5:1 on panel
    Color inkSoft{0x4a, 0x55, 0x68};      // further languages: 7.0:1 on panel, 6.3:1 on panelAlt
    Color accent{0x2a, 0x6f, 0x97};       // stripes when a habit has no colour of its own
    Color onColorDark{0x11, 0x18, 0x27};  // label on a light bar segment
    Color onColorLight{0xff, 0xff, 0xff}; // label on a dark bar segment
    Color track{0xe2, 0xdb, 0xcc};        // behind a bar, where bands do not add up to 100%

    float margin = 40;            // screen edge to panels
    float gap = 20;               // between panels
    float padding = 28;           // panel edge to text
    float radius = 20;            // panel corners
    float stripe = 14;            // accent stripe thickness
    float minTextPx = 28;         // legible floor at 3 m
    float secondaryScale = 0.85f; // second language size relative to the first
};

[[nodiscard]] inline const Theme& defaultTheme() {
    static const Theme theme;
    return theme;
}

} // namespace lantern
