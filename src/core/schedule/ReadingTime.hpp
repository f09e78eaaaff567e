#pragma once
// How long a slide stays up when its playlist item says `auto`: the time to read its words at
// 150 words a minute in each language shown, plus 3 s to take the slide in, kept between 8 and
// 30 s and rounded to a whole 100 ms.
//
// Words are counted in what the slide's data puts on screen, in the languages the layout shows
// (layout::shownTexts: each language that has the text, a text repeated in another language
// counted once). Lantern's own headings ("What it looks like") are not counted. A word is a run
// of characters between spaces that holds a letter or digit; text written without spaces
// (Chinese, Japanese) counts one word per run, so it reads as short.
#include "core/model/Slides.hpp"

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace lantern {

inline constexpr int kReadingWordsPerMinute = 150;
inline constexpr std::chrono::milliseconds kReadingLeadIn{3000};
inline constexpr std::chrono::milliseconds kMinAutoDuration{8000};
inline constexpr std::chrono::milliseconds kMaxAutoDuration{30000};

// Words in `s` (see above).
[[nodiscard]] std::size_t wordCount(const std::string& s);

// Habit: name, meaning and the (at most three) indicators shown. Progress: group and domain
// titles, then per row its title, change line and band shares, and each distinct band label once
// (the key); a suppressed slide, its titles and message. Celebration wall: every card's text and
// who. Mission: statement and school name. Announcement: title, when and text. Habits overview:
// every habit's name and meaning. Quote: its text and attribution.
[[nodiscard]] std::size_t slideWordCount(const Slide& slide,
                                         const std::vector<std::string>& languages);

[[nodiscard]] std::chrono::milliseconds autoDuration(const Slide& slide,
                                                     const std::vector<std::string>& languages);

} // namespace lantern
