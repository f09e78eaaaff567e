#pragma once
// What one screen shows: a pure function of the school's content, the screen (a room, and the
// display when one is named), the open alerts and the moment. The player, `lantern render`,
// `lantern schedule explain` and `lantern bench` all go through here, so a render on a laptop
// matches the hallway screen at the same second.
//
// A plan holds the winning rule's playlist, expanded for the local day, with the moment the
// rule's occurrence began (the cycle's epoch) and the moment the plan may stop being right
// (validUntil: a candidate rule's window edge or the next local midnight). The screen is never
// blank because of the schedule: a rule whose playlist expands to nothing falls back to the
// school's default playlist, then to the built-in default for the room's kind, then to a
// welcome slide.
#include "core/model/Alert.hpp"
#include "core/model/Content.hpp"
#include "core/model/Slides.hpp"
#include "core/progress/ProgressCounts.hpp"
#include "core/publicview/Privacy.hpp"
#include "core/schedule/PowerHours.hpp"
#include "core/schedule/Schedule.hpp"
#include "core/schedule/Sequencer.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lantern {

struct ScreenPlan {
    Room room;
    std::string displayId;               // empty when planned for the room as a whole
    std::vector<std::string> roomGroups; // the groups the room belongs to, sorted
    std::vector<std::string> languages;  // display order
    std::string timeZone;
    const date::time_zone* zone = nullptr; // timeZone, looked up once by the planner
    Days day;                              // the local day the plan is for
    Instant epoch;                         // the playlist's cycle starts here
    Instant validUntil;                    // plan again at or after this moment
    std::string ruleId;                    // empty when no rule matched
    std::string why;                       // the schedule's one-line reason
    std::vector<Slide> slides;             // never empty
    // Items that could show nothing, and why ("item 2 of 3 (class-wall): section 8f counts
    // fewer learners than the privacy minimum, ..."), for explain and the overlay.
    std::vector<std::string> notes{};
};

// Plans screens from one snapshot of the content. Keeps the schedule index and the day's public
// content warm, so planning again after a window edge costs microseconds, not a recount.
class ScreenPlanner {
public:
    // `languages`, when not empty, overrides the room's and the school's lists. Progress is
    // counted from content.evidence.
    ScreenPlanner(SchoolContent content, PrivacyPolicy policy,
                  std::vector<std::string> languages = {});
    // Progress from `counts` (content.evidence is not read): a player keeps its counts across
    // reloads and adds new evidence to them. They are counted again when they were made for
    // another content (ProgressCounts::countsFor) or day.
    ScreenPlanner(SchoolContent content, ProgressCounts counts, PrivacyPolicy policy,
                  std::vector<std::string> languages = {});

    // Plans will be for screens in this room only (a player's, `lantern render`'s): the public
    // content is written out only for the sections they can show (scopeForRoom), which at a
    // district's size saves most of the work. Planning another room writes everything again.
    void focusOn(const std::string& roomId);

    // Hands the counts over (to the next planner after a reload); the planner must not plan
    // afterwards.
    [[nodiscard]] ProgressCounts releaseCounts() &&;

    [[nodiscard]] ScreenPlan plan(const ScreenTarget& target, Instant t);

    [[nodiscard]] const SchoolContent& content() const { return m_content; }
    [[nodiscard]] const ScheduleIndex& schedule() const { return m_schedule; }
    // The progress counts, once a plan needed them (else nullptr).
    [[nodiscard]] const ProgressCounts* counts() const { return m_counts ? &*m_counts : nullptr; }

private:
    [[nodiscard]] const PublicContent& publicContent(Days day);
    [[nodiscard]] std::vector<Slide> expand(const std::string& playlistId, const Room& room,
                                            const std::vector<std::string>& groups,
                                            const std::vector<std::string>& languages, Days day,
                                            const std::string& why,
                                            std::vector<std::string>* notes = nullptr);

    SchoolContent m_content;
    PrivacyPolicy m_policy;
    std::vector<std::string> m_languages;
    ScheduleIndex m_schedule;
    std::optional<ProgressCounts> m_counts; // made on first use from content.evidence if not given
    std::optional<std::string> m_focus;     // the room the public content is written for, if one
    std::optional<Days> m_publicDay;
    PublicContent m_public;
};

// The slide of the plan on screen at `t`; its end is cut at the plan's validUntil.
[[nodiscard]] SequencePosition positionAt(const ScreenPlan& plan, Instant t);

enum class ScreenMode { Slides, Alert, Dark };

// What the screen shows at a moment, and until when at most.
struct ScreenMoment {
    ScreenMode mode = ScreenMode::Slides;
    std::size_t index = 0; // into plan.slides, for ScreenMode::Slides
    long long showing = 0; // showings of any slide since the plan's epoch, this one included
    Slide slide;           // for Slides; for Alert and Dark a stand-in naming the mode
    std::optional<Alert> alert;
    PowerState power;
    Instant start; // when this showing began (for Alert and Dark: when it was first asked)
    Instant end;   // ask again at or before this moment
};

// An active alert for the room wins over everything, power hours included; outside power hours
// the screen is dark; otherwise the plan's slide. `t` must fall before plan.validUntil.
[[nodiscard]] ScreenMoment momentAt(const ScreenPlan& plan, const std::vector<Alert>& alerts,
                                    Instant t);

} // namespace lantern
