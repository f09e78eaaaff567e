#pragma once
// The few words layout itself puts on slides (titles, headings), in English and Spanish.
// Languages without an entry here are left out (English stands in if no slide language has one).
#include "core/LangText.hpp"

namespace lantern::layout {

enum class LayoutString {
    HabitsOfALearner, // habit slide kicker
    WhatItLooksLike,  // heading over the indicators
    Celebrations,     // celebration wall title
    ProgressKey,      // legend heading
    NoProgress,       // a progress slide with no rows and no suppressedText
    SmallGroupsWhy,   // under "Not shown: fewer than 10 learners": why, for families
};

[[nodiscard]] LangText layoutString(LayoutString id);

// "Page 2 of 3" / "Página 2 de 3".
[[nodiscard]] LangText pageIndicator(int page, int pageCount);

// "7B Crew · Mathematics" per language; a part missing in a language falls back to English.
[[nodiscard]] LangText joinTitles(const LangText& first, const LangText& second);

} // namespace lantern::layout
