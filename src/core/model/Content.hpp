#pragma once
// The school's content as plain structs: what the Store loads and saves. These types carry learner
// identities (Learner, Evidence, Celebration::learnerId); only PublicView may read them to build
// what a public screen shows (DESIGN.md, privacy invariant 4).
#include "core/model/LangText.hpp"
#include "core/model/ScheduleModel.hpp"
#include "core/model/Time.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lantern {

struct School {
    std::string name;
    std::string timeZone = "America/New_York";         // IANA name
    std::vector<std::string> languages = {"en", "es"}; // first is the school's main language
    LangText mission;
    std::string defaultPlaylistId; // plays when no rule matches; empty: the built-in default
    // The first day of the current term: progress slides compare "now" against it. nullopt: the
    // day of the school's earliest evidence.
    std::optional<Days> termStart{};
};

struct Room {
    std::string id; // short and stable, e.g. "hallway-2"
    std::string name;
    std::string kind; // entrance, hallway, classroom, cafeteria, library, gym, office
    std::optional<std::string> sectionId;  // a classroom's own section, if any
    std::optional<int> grade;              // a wing's grade, if any
    std::vector<std::string> languages{};  // overrides the school's list when not empty
    double viewingDistanceM = 3.0;         // text is sized for this distance
    std::vector<PowerWindow> powerHours{}; // when the screen is on; empty: always on
    DarkMode darkMode = DarkMode::Black;   // what shows outside power hours
};

struct Display {
    std::string id;
    std::string roomId;
    std::string name;
    Orientation orientation = Orientation::Landscape;
    int width = 1920; // the video signal's resolution, before turning for the orientation
    int height = 1080;
};

struct Habit {
    std::string id; // e.g. "collaboration"
    LangText name;
    LangText meaning;                 // one line
    std::vector<LangText> indicators; // "what it looks like", three for display
    std::string color;                // "#rrggbb", used as the habit's tag colour
    int sortOrder = 0;
    std::string icon{};                 // a Material Icons name, e.g. "groups"; empty: no icon
    std::vector<LangText> soundsLike{}; // "what it sounds like": things learners say, up to three
};

// Where a framework came from: a CASE package's CFDocument or a Canvas outcomes file.
struct Framework {
    std::string id;     // the CFDocument identifier, or "canvas:<file stem>"
    std::string source; // "case" or "canvas"
    LangText title;
    std::string uri{};     // the CFDocument's uri, when it has one
    std::string version{}; // CASE version or adoption status, free text as the file says
};

struct Domain {
    std::string id;
    std::string code;
    LangText title;
    int sortOrder = 0;
    std::string frameworkId{}; // empty: made by hand or by the demo
};

// One rating of a Canvas outcome: points and what they mean ("Exceeds Mastery", 4).
struct Rating {
    double points = 0;
    std::string description;
    friend bool operator==(const Rating&, const Rating&) = default;
};

struct Competency {
    std::string id;
    std::string domainId;
    std::string code; // e.g. "MATH.2"
    LangText title;
    LangText meaning; // plain-language "what this means"
    int sortOrder = 0;
    std::string frameworkId{};
    // How a gradebook scores it (Canvas outcomes): ratings by points descending, the points that
    // count as mastery, and the gradebook's own calculation method and parameter. Empty for
    // competencies whose evidence arrives as scale levels.
    std::vector<Rating> ratings{};
    std::optional<double> masteryPoints{};
    std::string calculationMethod{};
    std::optional<double> calculationInt{};
};

// The level below a competency: a learning target (CASE items two or more levels under a
// domain). Shown under its competency; evidence tied to a target counts for the competency.
struct LearningTarget {
    std::string id;
    std::string competencyId;
    std::string code;
    LangText title;
    int sortOrder = 0;
};

// A link from a framework item to something outside the imported package (a CASE association
// whose destination is not in it), kept as a reference rather than refused.
struct FrameworkRef {
    std::string itemId;   // a domain, competency or learning target id
    std::string relation; // the CASE associationType, e.g. "exactMatchOf"
    std::string targetUri;
    std::string targetTitle{};
    friend bool operator==(const FrameworkRef&, const FrameworkRef&) = default;
};

// One level of the school's mastery scale; rank 1 is the lowest.
struct MasteryLevel {
    int rank = 1;
    LangText label;
    std::string color; // "#rrggbb", from a colour-blind-safe palette
};

// How a trail of evidence becomes one current level (core/Mastery.hpp has the exact rules).
enum class MasteryMethod { MostRecent, Highest, DecayingAverage, TimesAtMastery };

struct MasteryScale {
    std::vector<MasteryLevel> levels; // ordered by rank, ascending
    int masteredRank = 3;             // this rank and above count as "mastered"
    MasteryMethod method = MasteryMethod::MostRecent;
    double decayWeight = 0.65; // DecayingAverage: the latest evidence's weight, in (0, 1)
    int timesNeeded = 2;       // TimesAtMastery: evidence at or above mastery this many times
};

struct Section {
    std::string id;
    std::string name; // e.g. "7B Crew"
    int grade = 6;
};

struct Learner {
    std::string id;
    std::string givenName;
    std::string familyName;
    int grade = 6;
    std::string sectionId;
    bool consentNamePublic = false; // may be named on public screens (given name + initial)
};

// A learner's class membership beyond their own section (Learner::sectionId): OneRoster
// enrollments, or the section a mastery CSV row names. A section's group is its learners plus
// those enrolled in it.
struct Enrollment {
    std::string learnerId;
    std::string sectionId;
    friend bool operator==(const Enrollment&, const Enrollment&) = default;
};

struct Evidence {
    std::string learnerId;
    std::string competencyId;
    int level = 1; // a MasteryLevel rank
    Days date;
};

// Approved celebrations become Expired once their show window has passed: the player does it
// each day (app/DailyChores), `lantern celebrate expire` on demand, and none is shown after
// showUntil in any case.
enum class CelebrationStatus { Pending, Approved, Rejected, Expired };

struct Celebration {
    std::string id;
    // growth, habit (tagged with habitId), revision ("learned from a mistake"), persistence,
    // community, milestone. There is deliberately no kind for top scores.
    std::string kind;
    LangText text;
    std::optional<std::string> learnerId; // exactly one of learner / section / grade / school
    std::optional<std::string> sectionId;
    std::optional<int> grade;
    std::optional<std::string> habitId;
    CelebrationStatus status = CelebrationStatus::Pending;
    std::optional<Days> showFrom;     // inclusive
    std::optional<Days> showUntil;    // inclusive
    std::vector<std::string> targets; // room or group ids; empty: every room
    Instant createdAt;
    std::string submittedBy{}; // who asked for it (a teacher's name or login), for moderators
    // How a learner subject without naming consent is phrased: "grade" ("a 7th grader") or
    // "section" ("someone in 7B Crew"; the grade phrasing when the section is too small).
    std::string anonymousAs{"grade"};
};

// A dated notice, e.g. Innovation Night, optionally with a countdown ("in 3 days").
struct Announcement {
    std::string id;
    LangText title;
    LangText text;
    std::optional<Days> eventDate;    // the day it is about
    bool countdown = false;           // show "in N days" before eventDate
    std::optional<Days> showFrom;     // inclusive
    std::optional<Days> showUntil;    // inclusive; nullopt with an eventDate: until that day
    std::vector<std::string> targets; // room or group ids; empty: every room
};

// Student voice: a learner's words, attributed by grade unless consent allows a name.
struct Quote {
    std::string id;
    LangText text;
    std::optional<std::string> learnerId;
    std::optional<int> grade;
    bool approved = false;
};

// Everything a school has, as loaded from the store in one read transaction.
// Who public figures count in which class: a learner, the section and that section's grade, as
// they stood at the section's last membership snapshot (core/progress/CountedMembership.hpp).
// A learner who has left the roster may still be counted, with the evidence they had, until
// their section's next snapshot.
struct CountedMember {
    std::string learnerId;
    std::string sectionId;
    int grade = 6;
    friend bool operator==(const CountedMember&, const CountedMember&) = default;
};

struct SchoolContent {
    School school;
    std::vector<Room> rooms;
    std::vector<Display> displays;
    std::vector<Habit> habits;
    std::vector<Framework> frameworks{};
    std::vector<Domain> domains;
    std::vector<Competency> competencies;
    std::vector<LearningTarget> learningTargets{};
    std::vector<FrameworkRef> frameworkRefs{};
    MasteryScale scale;
    std::vector<Section> sections;
    std::vector<Learner> learners;
    std::vector<Enrollment> enrollments{};
    std::vector<Evidence> evidence;
    std::vector<Celebration> celebrations;
    std::vector<RoomGroup> groups;
    std::vector<Playlist> playlists;
    std::vector<ScheduleRule> rules;
    std::vector<Announcement> announcements;
    std::vector<Quote> quotes;
    // The membership public figures count (by learner id). nullopt: as the roster stands now
    // (content made without a store, as tests and the demo generator do); the store always
    // sets it.
    std::optional<std::vector<CountedMember>> countedMembers{};
    // The evidence of counted learners who have left the roster, kept until their section's
    // next snapshot. Never shown or exported; only counted.
    std::vector<Evidence> departedEvidence{};
};

} // namespace lantern
