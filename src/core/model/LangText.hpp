#pragma once
// Text that exists in several languages, keyed by BCP 47 code ("en", "es", …).
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace lantern {

using LangText = std::map<std::string, std::string>;

// The text in `lang`; if that translation is missing or empty, the first non-empty one in
// `fallbacks` order; otherwise "". Never throws.
[[nodiscard]] std::string pickText(const LangText& text, const std::string& lang,
                                   const std::vector<std::string>& fallbacks = {});

// True when `text` has a non-empty entry for `lang`.
[[nodiscard]] bool hasText(const LangText& text, const std::string& lang);

// (lang, text) pairs to show, emoji left out (TextClean.hpp): each language with a non-empty text
// that differs from those already shown by more than spacing ("20 %" repeats "20%"); if none,
// the English entry, else the first non-empty one, so nothing silently disappears.
[[nodiscard]] std::vector<std::pair<std::string, std::string>>
shownTexts(const LangText& text, const std::vector<std::string>& languages);

} // namespace lantern
