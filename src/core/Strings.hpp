#pragma once
// Localized phrases for the wording Lantern itself adds to public screens (privacy notices, share
// texts, "who" lines of celebrations). English and Spanish; any other language falls back to
// English. Spanish wording is gender-neutral where it can be ("alguien de 7.º grado").
#include "core/Time.hpp"

#include <string>
#include <vector>

namespace lantern {

enum class Phrase {
    SuppressedSmallGroup,    // {0} = the policy's minimum group size
    SuppressedForOtherGroup, // withheld though large enough, so a grade row cannot reveal a
                             // smaller group by subtraction
    SharePercent,            // {0} = a multiple of 5
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
};

// True when `lang` has its own phrase table.
[[nodiscard]] bool hasPhrases(const std::string& lang);

// The phrase in `lang` (English when `lang` has no table) with "{0}", "{1}", … replaced by `args`.
[[nodiscard]] std::string phrase(Phrase key, const std::string& lang,
                                 const std::vector<std::string>& args = {});

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
