#pragma once
// Which public texts lack one of the languages the school's screens show (the school's, then those
// its rooms add: screenLanguages). A screen shows such a text in the
// language it has (SlideLayout's shownTexts falls back); this lists where that happens so the
// admin can add the translation (`lantern check`, `lantern celebrate list`).
//
// Public texts: the mission; each habit's name, meaning, indicators and sounds-like lines;
// domains' titles; competencies' titles and meanings; approved and pending celebrations' text;
// announcements' titles and texts; approved quotes. A text counts as present in a language only
// when it has more than whitespace and emoji there (emoji are left out on screens). A text with
// no words in any language is not a translation gap and is not listed.
#include "core/model/Content.hpp"

#include <functional>
#include <string>
#include <vector>

namespace lantern {

struct TranslationGap {
    std::string kind;      // mission, habit, domain, competency, celebration, announcement, quote
    std::string id;        // the item's id; empty for the mission
    std::string field;     // text, name, meaning, title, indicators[0], soundsLike[1], ...
    std::string lang;      // the school language the text lacks
    std::string shownIn{}; // what screens show instead (shownInstead)
    // The text is there in `lang`, but the screen's fonts cannot draw it whole (a missing glyph,
    // a mark with no letter): screens show another language instead.
    bool undrawable = false;
};

// Whether the screens' fonts draw `text` in `lang` whole (core/text's TextEngine answers it;
// content does not measure).
using DrawableCheck = std::function<bool(const std::string& text, const std::string& lang)>;

// True when `s` has something besides whitespace (ASCII and Unicode spaces) and emoji.
[[nodiscard]] bool hasWords(const std::string& s);

// The languages of `languages` that `text` has no words in, in that order; empty when `text`
// has no words in any language at all.
[[nodiscard]] std::vector<std::string> missingLanguages(const LangText& text,
                                                        const std::vector<std::string>& languages);

// Every gap, in a stable order: mission, habits (by sort order, then id), domains, competencies,
// celebrations, announcements, quotes (each in content order); within an item by field, then by
// the school's language order.
// With `drawable`, also every text in any language that the fonts cannot draw whole, right after
// the same item's missing languages.
[[nodiscard]] std::vector<TranslationGap> missingTranslations(const SchoolContent& content,
                                                              const DrawableCheck& drawable = {});

// The language a screen shows instead: the first school language the text has words in, else
// the first language it has words in at all ("" when none).
[[nodiscard]] std::string shownInstead(const LangText& text,
                                       const std::vector<std::string>& languages);

// "celebration c-12: text has no es (shown in en)"; "mission: text has no es (shown in en)";
// "habit inquiry: name in bn cannot be drawn with this screen's fonts (shown in en)".
[[nodiscard]] std::string describeGap(const TranslationGap& gap);

// The admin overlay's one line about `gaps` (missingTranslations()): "complete" when there are
// none, else how many texts lack each language, in the order of `languages` (languages not in
// it last), naming at most three: "3 texts lack es, 1 lacks fr (run lantern check)";
// "9 texts lack es, 9 lack fr, 9 lack ar, and 6 other languages (run lantern check)".
[[nodiscard]] std::string translationSummary(const std::vector<TranslationGap>& gaps,
                                             const std::vector<std::string>& languages);

} // namespace lantern
