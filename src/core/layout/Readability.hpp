#pragma once
// Checks that a Scene is readable from across a hallway. Used by the layout tests of every slide
// kind and usable on any Scene (e.g. `lantern render --describe`).
#include "core/model/Scene.hpp"
#include "core/text/TextMeasurer.hpp"

#include <string>
#include <vector>

namespace lantern {

// Violations, one sentence each, naming the item; empty when readable:
// - a text without `lang`, or with text but no lines;
// - text colour against its background below 4.5:1 (WCAG AA);
// - a font size below minPxAt1080 scaled by min(w, h) / 1080 (rounded);
// - an item box outside the screen;
// - more lines than fit the text box's height (lines * lineHeight > box.h);
// - text not on an opaque panel of its `background` colour: the last rectangle drawn before
//   the text that overlaps it must contain it and have that colour.
[[nodiscard]] std::vector<std::string> checkReadability(const Scene& scene, float minPxAt1080);

// As above, and also every line measured with `measurer` must fit the box width.
[[nodiscard]] std::vector<std::string> checkReadability(const Scene& scene, float minPxAt1080,
                                                        const TextMeasurer& measurer);

} // namespace lantern
