#pragma once
// Lantern's own wording on public screens, in one place: slide headings, privacy notices, share
// texts, "who" lines of celebrations, dates and grades. Everything a screen says that a school
// did not write comes from here.
//
// English and Spanish; a language without a table falls back to English. Spanish wording is
// gender-neutral where it can be ("alguien de 7.º grado"). Phrases are patterns whose "{0}",
// "{1}", … are filled from the arguments; the tables are in Wording.cpp, the grammar of dates
// and grades in Wording_Grammar.cpp.
#include "core/model/LangText.hpp"
#include "core/model/Time.hpp"

#include <string>
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

// True when `lang` has its own phrase table.
[[nodiscard]] bool hasPhrases(const std::string& lang);

// The phrase in `lang` (English when `lang` has no table) with "{0}", "{1}", … replaced by `args`.
[[nodiscard]] std::string phrase(Phrase key, const std::string& lang,
                                 const std::vector<std::string>& args = {});

// The phrase in every language that has a table ({"en": …, "es": …}); a slide shows the ones
// among its languages (shownTexts), English when none is.
[[nodiscard]] LangText phraseInEvery(Phrase key, const std::vector<std::string>& args = {});

// "Sep 8" / "8 de sep."
[[nodiscard]] std::string shortDate(Days day, const std::string& lang);

// "Thursday, December 3" / "jueves, 3 de diciembre"
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
