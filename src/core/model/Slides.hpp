#pragma once
// What public slides are made of. These payloads hold only what may appear on a public screen:
// aggregates that passed disclosure control and consented display names (DESIGN.md, invariant 4).
// PublicView is the one place that builds them from SchoolContent.
#include "core/model/LangText.hpp"

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

namespace lantern {

struct HabitSlideData {
    std::string habitId;
    LangText name;
    LangText meaning;
    std::vector<LangText> indicators;   // at most three are shown
    std::string color;                  // "#rrggbb"
    std::string icon{};                 // a Material Icons name; empty: no icon
    std::vector<LangText> soundsLike{}; // things learners say; at most two are shown
};

// One band of a stacked bar: one mastery level, or neighbours merged so that no band counts
// fewer than the policy's minimum.
struct ProgressBand {
    int firstRank = 1;  // inclusive
    int lastRank = 1;   // inclusive
    LangText label;     // "Developing", or "Beginning – Developing" when merged
    std::string color;  // "#rrggbb"
    int percent = 0;    // rounded share for the bar's width; the bands of a row add up to 100
    LangText shareText; // what the label says: "35%", "more than 95%", "fewer than 5%"
};

struct CompetencyProgress {
    std::string competencyId;
    std::string code;
    LangText title;
    std::vector<ProgressBand> bands; // lowest rank first
    LangText
        changeText; // share at or above mastery, now against the start: "+15 points since Sep 8"
};

// A progress slide shows at most this many competency rows; the playlist pages the rest.
inline constexpr std::size_t kMaxRowsPerProgressSlide = 5;

struct ProgressSlideData {
    std::string groupKind; // "section" or "grade"
    std::string groupId;   // section id, or the grade as a number
    LangText groupTitle;   // "7B Crew", "Grade 7"
    std::string domainId;
    LangText domainTitle;
    bool suppressed = false; // no row to show: rows is empty and suppressedText says why
    LangText suppressedText; // "Not shown: fewer than 10 learners", "No evidence yet"
    std::vector<CompetencyProgress> rows;
    // Under the rows when a grade's figures leave small classes out: "Learners in classes under
    // 10 are not counted here". Empty otherwise.
    LangText note{};
};

struct CelebrationCard {
    std::string id;
    std::string kind;
    LangText text;
    LangText who;           // "Maya R." with consent, else "a 7th grader", "7B Crew", "our school"
    LangText habitName;     // empty when no habit is tagged
    std::string habitColor; // "#rrggbb" or ""
    // Room or group ids the celebration is meant for; empty: every room. Not identities.
    std::vector<std::string> targets{};
};

// A celebration wall shows at most this many cards; the playlist pages the rest.
inline constexpr std::size_t kMaxCardsPerWall = 6;

struct CelebrationSlideData {
    std::vector<CelebrationCard> cards; // 3–6 on one slide
    int page = 1;
    int pageCount = 1;
};

// The school's mission statement, every language stacked.
struct MissionSlideData {
    LangText statement;
    LangText schoolName; // small, under the statement; may be empty
};

// A dated notice. `when` is written by PublicView for the day it is built for: the event's date
// and, with a countdown, how far off it is ("Thursday, December 3 · in 3 days"; "· today" on the
// day). Empty when the announcement has no date.
struct AnnouncementSlideData {
    std::string announcementId;
    LangText title;
    LangText text;
    LangText when;
    // Room or group ids the announcement is meant for; empty: every room. Not identities.
    std::vector<std::string> targets{};
};

// Every habit of the school on one slide, in sort order (PublicContent::habits).
struct HabitsOverviewSlideData {
    std::vector<HabitSlideData> habits; // a grid of 1-8; more are left to the spotlight slides
};

// At most this many habits share the overview slide.
inline constexpr std::size_t kMaxHabitsPerOverview = 8;

// Student voice: one approved quote. Built by PublicView: names in the text are replaced as in
// celebrations, and the attribution names the learner ("— Maya R., 8th grader") only with their
// public-naming consent, else by grade ("— 8th grader"), else "— a student".
struct QuoteSlideData {
    std::string quoteId;
    LangText text;
    LangText attribution;
};

// Classroom progress wall: one section's competencies (across domains, in domain then competency
// order), each with the share at or above mastery now and at the start of term, as labelled bars.
// Built by PublicView (PublicView_Progress.cpp); every figure passed disclosure control.
struct ClassWallRow {
    std::string competencyId;
    std::string code;
    LangText title;
    std::optional<int> nowPercent; // a multiple of 5; nullopt: not shown (nowText says why)
    LangText nowText;              // "70% mastered", "more than 95% mastered", or why not shown
    std::optional<int> startPercent;
    LangText startText; // "started at 45%", or why there is no figure for the start
};

struct ClassWallSlideData {
    std::string sectionId;
    LangText sectionTitle;   // "7B Crew"
    LangText caption;        // "Share at or above mastery, now and at the start of term (Sep 8)"
    bool suppressed = false; // no row to show: rows is empty and suppressedText says why
    LangText suppressedText;
    std::vector<ClassWallRow> rows;
    int page = 1;
    int pageCount = 1;
};

// A class wall page shows at most this many rows; the playlist pages the rest.
inline constexpr std::size_t kMaxRowsPerClassWall = 3;

// Grade progress board: grades (rows) by domains (columns); each cell the share of the grade's
// learners at or above mastery in the domain.
struct GradeBoardCell {
    std::optional<int> percent;         // a multiple of 5; nullopt: withheld, text is a marker
    LangText text;                      // "70%", "more than 95%", "—" (group too small), "*"
    bool leavesOutSmallClasses = false; // the grade's small classes are not counted in it
};

struct GradeBoardRow {
    int grade = 6;
    LangText title;                    // "Grade 7"
    std::vector<GradeBoardCell> cells; // one per column
};

struct GradeBoardSlideData {
    LangText title;                     // "Mastery by grade"
    LangText caption;                   // what a cell's share means
    std::vector<std::string> domainIds; // the columns
    std::vector<LangText> domainTitles; // same length
    std::vector<GradeBoardRow> rows;    // by grade, ascending
    std::vector<LangText> legend;       // "— fewer than 10 learners", ...
    // "Learners in classes under 10 are not counted here" when a cell leaves them out.
    LangText note{};
    int page = 1;
    int pageCount = 1;
};

// At most this many domains share one grade board; more are paged.
inline constexpr std::size_t kMaxGradeBoardColumns = 6;

// Competency spotlight: what one competency means, in every school language, and how the school
// has grown on it.
struct SpotlightFigure {
    LangText label;             // "Start of term (Sep 8)", "Four weeks ago", "Now"
    std::optional<int> percent; // a multiple of 5; nullopt: not shown (text says why)
    LangText text;              // "45% mastered", "more than 95% mastered", "not shown: ..."
};

struct CompetencySpotlightData {
    std::string competencyId;
    std::string code;
    LangText title;
    LangText meaning;
    LangText domainTitle;
    std::vector<LangText> targets;        // learning targets, first few, first language
    std::vector<SpotlightFigure> figures; // oldest first; empty when withheld
    LangText withheldText;                // why no figures are shown; empty otherwise
    LangText note{}; // under the figures when small classes are left out of them
};

enum class SlideKind {
    Habit,
    Progress,
    Celebrations,
    Mission,
    Announcement,
    HabitsOverview,
    Quote,
    ClassWall,
    GradeBoard,
    CompetencySpotlight
};

// "habit", "progress", "celebrations", "mission", "announcement", "habits-overview", "quote",
// "class-wall", "grade-board", "competency-spotlight"
[[nodiscard]] const char* slideKindName(SlideKind kind);

struct Slide {
    std::string id; // stable across reloads when the content is unchanged, e.g. "habit/inquiry"
    SlideKind kind = SlideKind::Habit;
    std::string why; // which rule or default put it on this room's screen
    std::chrono::milliseconds duration{10000};
    std::variant<HabitSlideData, ProgressSlideData, CelebrationSlideData, MissionSlideData,
                 AnnouncementSlideData, HabitsOverviewSlideData, QuoteSlideData, ClassWallSlideData,
                 GradeBoardSlideData, CompetencySpotlightData>
        data;
};

// Everything public screens may draw from, built by PublicView for one day.
struct PublicContent {
    std::string schoolName;
    std::vector<std::string> languages;
    std::vector<HabitSlideData> habits;
    std::vector<ProgressSlideData> sectionProgress; // one per (section, domain)
    std::vector<ProgressSlideData> gradeProgress;   // one per (grade, domain)
    std::vector<CelebrationCard> celebrations;      // approved and showing that day, newest first
    LangText mission{}; // the school's mission in every school language; empty when it has none
    // Showing that day, soonest event first (undated last), then by id.
    std::vector<AnnouncementSlideData> announcements{};
    // Approved student-voice quotes with some text, in the content's order.
    std::vector<QuoteSlideData> quotes{};
    // One class wall per section (all its rows; the playlist pages them), by section id.
    std::vector<ClassWallSlideData> classWalls{};
    // Every grade and every domain (the playlist pages the columns).
    GradeBoardSlideData gradeBoard{};
    // One per competency, in domain then competency order.
    std::vector<CompetencySpotlightData> spotlights{};
    // Sections that count fewer than the privacy minimum: they can never show figures of their
    // own, so a classroom of theirs shows its grade's progress instead (PlaylistExpand).
    std::set<std::string> smallSections{};
    // The grade each section counts in (Section::grade), for that fallback.
    std::map<std::string, int> sectionGrades{};
};

} // namespace lantern
