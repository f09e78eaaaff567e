#pragma once
// Internal to the habit slide's layout (LayoutHabit.cpp: regions, header, meaning;
// LayoutHabitCards.cpp: the indicator cards). LayoutHabit.cpp's header comment has the rules.
#include "core/layout/SlideLayout.hpp"

#include <vector>

namespace lantern::layout::habit {

// Rooms read from this far or farther never cut a text nor drop a language on the slide.
inline constexpr double kFarFromM = 4.5;

[[nodiscard]] inline bool farRoom(const Frame& f) {
    return f.ctx.viewingDistanceM >= kFarFromM;
}

// Height of `text` stacked as fitStacked lays it out at first-language size `px`, unshrunk.
[[nodiscard]] float stackedHeight(const LangText& text, float width, int px, Weight weight,
                                  const Frame& f);

// The sounds-like lines with some text to show, each in quotation marks.
[[nodiscard]] std::vector<LangText> soundsLines(const HabitSlideData& data, const Frame& f);

// The indicator panel in `panel`: sections, headings and cards (or nothing, far away, when not
// even one card fits whole).
void addIndicators(const HabitSlideData& data, const Box& panel, Color accent, Frame& f);

} // namespace lantern::layout::habit
