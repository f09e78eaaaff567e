#pragma once
// PublicView: the one place that reads learner identities (SchoolContent) and turns them into
// what public screens may show (PublicContent): aggregates that passed disclosure control and
// consented display names (DESIGN.md, privacy invariants 1–4; the arithmetic is in Privacy.hpp).
//
// Progress. One slide per (section, domain) and per (grade, domain), ordered by section id (each
// id once) or grade, then domain sort order; rows in competency sort order. Never ordered by
// score. Every figure comes from ProgressCounts (which states who counts and as of which days):
// a learner counts in the class of their counted membership (CountedMembership.hpp), and a
// class counts in its own grade.
// - A learner's level follows the school's MasteryScale::method (rules in Mastery.hpp) as of
//   `today`, and as of the change line's date for that line; a learner counts on a competency
//   when they have evidence on it by `today`.
// - Units. A section's row of a competency is shown when at least minGroup of its learners count
//   on it. A grade's figure is summed over its units on that competency: every class whose row
//   can be shown (at least minGroup counted), and the pool of its smaller classes when the pool
//   together holds minGroup. A pool under minGroup is left out of every figure, and the slide
//   says so in a note ("Learners in classes under 10 are not counted here"). The school's
//   figures are the sum of its grades'. So every published figure of a competency is a union of
//   whole units of at least minGroup, and the difference of any two of them (or of differences
//   of them) is too: no class of at least minGroup is ever hidden because of another class, and
//   no small group is ever the remainder of a subtraction. No complementary suppression is
//   needed any more.
// - Cohort figures (the change line, a class wall's "started at", the spotlight) are over the
//   start cohort: learners who also had evidence by the start window. A grade's or the school's
//   cohort figure sums only its clean units: those whose cohort holds at least minGroup and whose
//   other counted learners number 0 or at least minGroup. Then the cohort and the rest of every
//   unit are each 0 or at least minGroup, and figures of today's levels over counted learners and
//   over cohorts subtract only into such parts. A section's own cohort figures are shown on the
//   same condition.
// - A slide with no row says why: "No evidence yet" when nobody in the group has evidence in the
//   domain, else "Not shown: fewer than 10 learners".
// - Change line: "start" is School::termStart, else the earliest evidence date in the data. The
//   start levels are each learner's level as of start + 13 days, the first two-week assessment
//   window, because on the first day almost nobody has evidence yet. It compares the cohort's
//   levels now and then (at least minGroup of them), both distributions banded and rounded like
//   the bar, and is given only after that window has passed.
// - Sections that count fewer than minGroup learners are listed (smallSections): they can never
//   show a figure, so their classrooms show their grade's progress (PlaylistExpand.hpp).
//
// Celebrations. Approved ones showing on `today` (showFrom <= today <= showUntil, missing bounds
// open), newest first by createdAt, then id. "Who" is "Maya R." with consent, else "a 7th grader";
// a section's name, "Grade 7", or "our school". A learner's full name written in a celebration's
// text is replaced by their public form, and so are the celebrated learner's given or family name
// alone. Texts missing a language fall back to the school's first language.
//
// Celebration cards and announcements carry their targets (room or group ids) unchanged, for the
// playlist to pick what a room shows.
//
// Mission. The school's mission in every school language (missing ones fall back as above);
// empty when the school has written none.
//
// Announcements. Those showing on `today`: showFrom <= today <= showUntil, where a missing
// showUntil means the event date, and missing bounds are open. Soonest event first, undated last,
// then by id. `when` is the event's long date ("Thursday, December 3"); with a countdown, up to
// the event day, followed by " · in 3 days", " · tomorrow" or " · today".
//
// Quotes (student voice). Approved ones with some text, in the content's order. The text per
// school language falls back like celebrations, and names in it are replaced the same way (the
// quote's own learner counts as the celebrated one). Attribution: "— Maya R., 8th grader" when
// the learner consents to public naming, else "— 8th grader" / "— estudiante de 8.º grado" by
// the learner's grade (Quote::grade when there is no learner record), else "— a student".
//
// Lantern's own phrases are given for every school language (English where it has no table).
#include "core/model/Content.hpp"
#include "core/model/Slides.hpp"
#include "core/progress/ProgressCounts.hpp"
#include "core/publicview/Privacy.hpp"

#include <optional>
#include <set>
#include <string>

namespace lantern {

[[nodiscard]] PublicContent buildPublicContent(const SchoolContent& content,
                                               const PrivacyPolicy& policy, Days today);
// The same from counts kept by the caller (the player updates them as evidence arrives), as of
// counts.today(); content.evidence is not read. The counts must have been made for this content
// (ProgressCounts::countsFor).
[[nodiscard]] PublicContent buildPublicContent(const SchoolContent& content,
                                               const PrivacyPolicy& policy,
                                               const ProgressCounts& counts);

// The sections whose own slides (section progress, class walls) are written out; nullopt means
// every section. The rows of the others are still worked out and count for the grade slides and
// complementary suppression, so every figure written is the same whatever the scope: a screen
// that can show only its own Crew's slides need not have the district's written.
struct PublicScope {
    std::optional<std::set<std::string>> sections;
};
[[nodiscard]] PublicContent buildPublicContent(const SchoolContent& content,
                                               const PrivacyPolicy& policy,
                                               const ProgressCounts& counts,
                                               const PublicScope& scope);

// How a learner may be named in public: "Maya R." with consent, else by grade ("a 7th grader").
[[nodiscard]] std::string publicLearnerName(const Learner& learner, const std::string& lang);

} // namespace lantern
