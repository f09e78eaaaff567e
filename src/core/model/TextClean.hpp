#pragma once
// Text as screens can draw it. The screens' fonts (Noto Sans, DejaVu Sans) have no emoji, and
// SFML would draw each as an empty box, so emoji, their variation selectors and joiners, and
// other pictographs are left out of public text; the words around them stay, with doubled
// spaces closed up. The stored text is unchanged: admins still see what was typed.
#include <string>
#include <string_view>

namespace lantern {

[[nodiscard]] bool isEmojiCodepoint(char32_t c);

// `text` without emoji. Invalid UTF-8 bytes are dropped too.
[[nodiscard]] std::string withoutEmoji(std::string_view text);

} // namespace lantern
