#pragma once
// Turns a playlist into the slides it shows in one room on one day. Each item expands, in order,
// to zero or more slides:
// - Fixed: the slide with id `param` among those the generators below can make for the room
//   ("habit/<id>", "progress/section/<id>/<domain>[/<page>]", "progress/grade/<g>/<domain>[/...]",
//   "celebrations/<page>", "mission", "announcement/<id>", "habits-overview", "quote/<id>",
//   "class-wall/<section>[/<page>]", "grade-board[/<page>]", "competency/<id>");
//   nothing when there is none that day.
// - Celebrations: the cards targeted at the room, in walls of at most six (celebrationPages).
// - SectionProgress / GradeProgress: every domain of section / grade `param`, paged; a section
//   under the privacy minimum shows its grade's instead (progressOfSection).
// - RoomProgress: the progress the default playlist shows in the room (progressForRoom).
// - HabitOfWeek: habits[ISO week number of `today` % habit count]. AllHabits: every habit.
// - Announcements: those showing today (PublicContent) targeted at the room.
// - Mission: one slide when the school has a mission statement.
// - HabitsOverview: one slide with the first kMaxHabitsPerOverview habits; none without habits.
// - StudentVoice: one slide per approved quote (PublicContent::quotes), id "quote/<id>".
// - ClassWall: the class wall of section `param` (empty: the room's own section; none without
//   one), paged at classWallRowsPerSlide(room's distance) rows: "class-wall/<section>[/<page>]";
//   for a section under the privacy minimum, its grade's progress instead (progressOfSection).
// - GradeBoard: the grade board, paged by gradeBoardColumnsPerSlide / gradeBoardRowsPerSlide:
//   "grade-board[/<page>]".
// - CompetencySpotlight: competency `param`'s spotlight, or with no param
//   spotlights[ISO week % count] (PublicContent order): "competency/<id>".
// "Targeted at the room": the targets are empty, or name the room or one of its groups.
//
// A slide's duration is the item's, or autoDuration (ReadingTime.hpp) when it has none. Its why
// reads "<ctx.why>: item 2 of 5 (celebrations), slide 1 of 2", followed by "; " and the reason
// when a stand-in replaced what the item names: items count as the playlist lists them, so an
// item that expands to nothing leaves the others' numbers true; such an item's reason, when it
// has one, goes to ctx.notes. The result is a pure function of its inputs; an empty playlist
// gives no slides (the caller falls back).
#include "core/model/Content.hpp"
#include "core/model/Slides.hpp"
#include "core/model/Time.hpp"
#include "core/publicview/PublicView.hpp"

#include <string>
#include <vector>

namespace lantern {

struct ExpandContext {
    const PublicContent& content;
    const Room& room;
    std::vector<std::string> roomGroups; // groups containing the room
    std::vector<std::string> languages;  // shown languages
    Days today;
    std::string why; // prefix for Slide::why, e.g. "rule mornings"
    // Where the reasons of items that expand to nothing go ("item 3 of 4 (class-wall): ..."),
    // when the caller wants them.
    std::vector<std::string>* notes = nullptr;
};

[[nodiscard]] std::vector<Slide> expandPlaylist(const Playlist& playlist, const ExpandContext& ctx);

// True when `targets` is empty or holds the room's id or one of `roomGroups`.
[[nodiscard]] bool targetedAt(const std::vector<std::string>& targets, const Room& room,
                              const std::vector<std::string>& roomGroups);

// Progress slides chosen for a room or a section, and why in words (for the slides' why and
// `lantern schedule explain`).
struct ChosenProgress {
    std::vector<const ProgressSlideData*> slides;
    std::string why;
};

// A section's own progress slides; for a section that counts fewer learners than the privacy
// minimum (PublicContent::smallSections), which can never show figures of its own, its grade's
// slides that show figures instead, or none when the grade shows none either.
[[nodiscard]] ChosenProgress progressOfSection(const PublicContent& content,
                                               const std::string& sectionId);

// The progress a room shows as its own (RoomProgress items and the built-in default playlist):
// its section's in a classroom with a section (progressOfSection), its grade's in a room with a
// grade, every grade's elsewhere.
[[nodiscard]] ChosenProgress progressForRoom(const PublicContent& content, const Room& room);

// The ISO 8601 week number of `day`, 1..53 (2026-01-01 is in week 1, 2027-01-01 in week 53).
[[nodiscard]] int isoWeekNumber(Days day);

// The sections whose own slides a screen in `room` can show, from any playlist of the school
// (a rule can bring any of them): the room's section, and the sections named by section-progress
// and class-wall items; every section when a fixed item names a section's slide (its candidates
// are all of them).
[[nodiscard]] PublicScope scopeForRoom(const SchoolContent& content, const Room& room);

} // namespace lantern
