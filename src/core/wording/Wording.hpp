#pragma once
// Lantern's own wording on public screens, in one place: slide headings, privacy notices, share
// texts, "who" lines of celebrations, dates, grades and the built-in alert wording. Everything a
// screen says that a school did not write comes from here.
//
// The words live in translation catalogs, one gettext PO file per language in catalogs/ (en, es,
// ar, bn, zh-Hans, zh-Hant, fr, ht, ko, ru, ur; docs/translations.md). Each entry's msgctxt is its
// key (a Phrase's name), msgid the English ICU MessageFormat pattern, msgstr the translation:
// "{0}", "{1}", … are filled from the arguments, and plural forms follow ICU's rules for the
// language. A language without a catalog, or an entry a catalog leaves untranslated, reads
// English. Spanish wording is gender-neutral where it can be ("alguien de 7.º grado").
#include "core/model/LangText.hpp"
#include "core/model/Time.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lantern {

enum class Phrase {
    SuppressedSmallGroup, // {0} = the policy's minimum group size
    SharePercent,         // {0} = a multiple of 5
    ShareAbove95,
    ShareBelow5,
    ChangeUp,   // {0} = points, {1} = short date
    ChangeDown, // {0} = points (without sign), {1} = short date
    ChangeNone, // {1} = short date
    OurSchool,
    SomeoneAtSchool, // a celebration whose learner record is gone
    OurMission,      // kicker over the mission statement
    CountdownToday,  // an announcement's event is today
    CountdownTomorrow,
    CountdownDays,    // {0} = days until the event, at least 2
    QuoteByStudent,   // a student-voice quote whose learner and grade are unknown
    SomeoneInSection, // {0} = a section's name: a celebrated learner named by their section
    HabitLooksLike,   // heading over a habit's "looks like" indicators
    HabitSoundsLike,  // heading over a habit's "sounds like" indicators

    // Slide headings and notes.
    HabitsOfALearner, // habit slide kicker
    WhatItLooksLike,  // heading over the indicators
    Celebrations,     // celebration wall title
    ProgressKey,      // legend heading
    NoProgress,       // a progress slide with no rows and no suppressedText
    SmallGroupsWhy,   // under "Not shown: fewer than 10 learners": why, for families
    PageOf,           // {0} = page, {1} = page count

    // The progress boards: class wall, grade board, competency spotlight.
    NowShare,        // {0} = a share text
    StartShare,      // {0} = a share text
    NotShownOneSide, // the share is withheld: a band straddles mastery
    NoStartFigure,
    WallCaption, // {0} = the start date
    WallCaptionNoStart,
    BoardTitle,
    BoardCaption,
    LegendSmall,   // {0} = minGroup
    LegendOneSide, // {0} = minBand
    StartOfTerm,   // {0} = date
    FourWeeksAgo,  // {0} = date
    Now,
    SpotlightSmall, // {0} = minGroup
    SpotlightEarly,

    // Why figures are missing, in plain words.
    NoEvidenceYet,          // nothing assessed yet
    SmallClassesNotCounted, // {0} = minGroup: a grade's figure leaves its small classes out
};

// True when `lang` (a BCP 47 tag: "fr", "es-MX", "zh", "zh-Hant") has its own catalog.
[[nodiscard]] bool hasPhrases(const std::string& lang);

// The phrase's catalog key (msgctxt): its enumerator's name, "CountdownDays".
[[nodiscard]] std::string_view phraseName(Phrase key);

// The phrase in `lang` (English when `lang` has no catalog or no translation of it) with "{0}",
// "{1}", … filled from `args`. An argument a plural form counts by ("{0, plural, …}") is read as
// a number; when it is not one, the phrase reads English.
[[nodiscard]] std::string phrase(Phrase key, const std::string& lang,
                                 const std::vector<std::string>& args = {});

// The phrase in every catalog language ({"en": …, "es": …, "ar": …, "zh-Hans": …, …}); a slide
// shows the ones among its languages (shownTexts), English when none is.
[[nodiscard]] LangText phraseInEvery(Phrase key, const std::vector<std::string>& args = {});

// The built-in alert wording in every catalog language, by catalog key: "Alert.<Kind>.title" or
// "Alert.<Kind>.instruction" for Lockdown, Shelter, Evacuate, Hold and Custom, and
// "Alert.Cap.title" for a CAP alert without a headline. Empty for an unknown key.
[[nodiscard]] LangText alertWording(std::string_view key);

// "Sep 8" / "8 de sep." / "9月8日": ICU's month-and-day format for the language, unless its
// catalog spells dates itself (Spanish keeps "sep."; Haitian Creole has no ICU date names).
[[nodiscard]] std::string shortDate(Days day, const std::string& lang);

// "Thursday, December 3" / "jueves, 3 de diciembre" / "jedi 3 desanm"
[[nodiscard]] std::string longDate(Days day, const std::string& lang);

// A learner spoken of by grade only: "a 7th grader", "an 8th grader", "a kindergartner" /
// "alguien de 7.º grado", "alguien de kínder". Grade 0 is kindergarten, below 0 pre-K.
[[nodiscard]] std::string gradeLearner(int grade, const std::string& lang);

// A learner's grade as an attribution, without article: "8th grader", "kindergartner" /
// "estudiante de 8.º grado", "estudiante de kínder".
[[nodiscard]] std::string graderNoun(int grade, const std::string& lang);

// A grade as a group: "Grade 7", "Kindergarten" / "7.º grado", "Kínder".
[[nodiscard]] std::string gradeTitle(int grade, const std::string& lang);

} // namespace lantern
