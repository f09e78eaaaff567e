#pragma once
// The school's content as plain structs: what the Store loads and saves. These types carry learner
// identities (Learner, Evidence, Celebration::learnerId); only PublicView may read them to build
// what a public screen shows (DESIGN.md, privacy invariant 4).
#include "core/LangText.hpp"
#include "core/ScheduleModel.hpp"
#include "core/Time.hpp"

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
    std::string icon{}; // a Material Icons name, e.g. "groups"; empty: no icon
};

struct Domain {
    std::string id;
    std::string code;
    LangText title;
    int sortOrder = 0;
};

struct Competency {
    std::string id;
    std::string domainId;
    std::string code; // e.g. "MATH.2"
    LangText title;
    LangText meaning; // plain-language "what this means"
    int sortOrder = 0;
};

// One level of the school's mastery scale; rank 1 is the lowest.
struct MasteryLevel {
    int rank = 1;
    LangText label;
    std::string color; // "#rrggbb", from a colour-blind-safe palette
};

struct MasteryScale {
    std::vector<MasteryLevel> levels; // ordered by rank, ascending
    int masteredRank = 3;             // this rank and above count as "mastered"
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

struct Evidence {
    std::string learnerId;
    std::string competencyId;
    int level = 1; // a MasteryLevel rank
    Days date;
};

// Approved celebrations become Expired once their show window has passed (`lantern celebrate
// expire`, and never shown after showUntil in any case).
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
struct SchoolContent {
    School school;
    std::vector<Room> rooms;
    std::vector<Display> displays;
    std::vector<Habit> habits;
    std::vector<Domain> domains;
    std::vector<Competency> competencies;
    MasteryScale scale;
    std::vector<Section> sections;
    std::vector<Learner> learners;
    std::vector<Evidence> evidence;
    std::vector<Celebration> celebrations;
    std::vector<RoomGroup> groups;
    std::vector<Playlist> playlists;
    std::vector<ScheduleRule> rules;
    std::vector<Announcement> announcements;
    std::vector<Quote> quotes;
};

} // namespace lantern
