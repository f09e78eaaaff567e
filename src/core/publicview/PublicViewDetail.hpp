#pragma once
// Internal to PublicView: the context and the progress helpers that PublicView.cpp (section and
// grade slides) and PublicView_Progress.cpp (class walls, the grade board, competency spotlights)
// share, so that every progress figure on every slide counts learners and levels the same way.
// Not for use outside those files.
#include "core/model/Content.hpp"
#include "core/model/Slides.hpp"
#include "core/progress/ProgressCounts.hpp"
#include "core/publicview/Privacy.hpp"
#include "core/publicview/PublicView.hpp"

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lantern::detail {

// A group's figures on one competency, as public screens may use them (PublicView.hpp,
// "Units"): learners per level index today over the group's units, and the start cohort's levels
// (at the start window, today, four weeks ago) over its clean units. `excluded` counts learners
// with a level today in classes under minGroup whose pool is under minGroup too (the slide says
// they are not counted), `excludedCohort` the cohort members left out of the cohort figures.
struct Figures {
    std::vector<int> now, start, startToday, fourWeeks;
    int excluded = 0, excludedCohort = 0;
};

// A grade's domain levels over its domain units (learners with a level in the domain), and the
// learners left out with the small classes' pool.
struct DomainFigures {
    std::vector<int> levels;
    int excluded = 0;
};

struct Context {
    const SchoolContent& content;
    const PrivacyPolicy& policy;
    const ProgressCounts& counts; // made for `content` (ProgressCounts::countsFor)
    Days today;
    std::vector<std::string> langs;
    std::vector<MasteryLevel> levels; // by rank, ascending
    int masteredIndex = 0;
    std::vector<const Section*> sections{};                // by id, each id once
    std::set<int> grades{};                                // of counted classes
    std::unordered_map<std::string, int> sectionKeys{};    // section id: its first index
    std::unordered_map<std::string, int> competencyKeys{}; // competency id: its first index
    std::unordered_map<std::string, std::vector<const Competency*>> domainCompetencies{};
    // Texts that repeat across thousands of rows (shares, band labels, change lines), by a key
    // of the caller's (textOnce).
    mutable std::map<std::array<int, 3>, LangText> texts{};
    // forEachSizedRow's rows by (group kind, section key or grade, domain), worked out once:
    // several slides of a build ask for the same group's rows.
    mutable std::map<std::array<int, 3>, std::vector<std::pair<const Competency*, int>>>
        sizedRows{};
    // Figures by (grade, competency index) and (grade, domain index), worked out once; the
    // school's by competency index (grade -1).
    mutable std::map<std::pair<int, int>, Figures> figures{};
    mutable std::map<std::pair<int, int>, DomainFigures> domainFigures{};
};

// The text for `key`, made by `make` the first time it is asked for.
[[nodiscard]] const LangText& textOnce(const Context& ctx, std::array<int, 3> key,
                                       const std::function<LangText()>& make);

// The section's key, or -1 for an unknown id; likewise the competency's.
[[nodiscard]] int sectionKey(const Context& ctx, const std::string& sectionId);
[[nodiscard]] int competencyKey(const Context& ctx, const std::string& competencyId);

[[nodiscard]] Context makeContext(const SchoolContent& content, const PrivacyPolicy& policy,
                                  const ProgressCounts& counts);

// Lantern's own wording for every school language (Wording.hpp, via the school's
// first language when a language has none); `f` gets the language to write in.
[[nodiscard]] LangText perLanguage(const Context& ctx,
                                   const std::function<std::string(const std::string&)>& f);
// `text` in every school language, missing ones from the first language.
[[nodiscard]] LangText localized(const Context& ctx, const LangText& text);

using Figure = ProgressCounts::Figure;

// The group's figures on the competency: a section's own, a grade's over its units, the
// school's over every grade's.
[[nodiscard]] const Figures& figuresOf(const Context& ctx, const ProgressGroup& group,
                                       const std::string& competencyId);
// The group's learners per level index on the competency, for the figure (figuresOf).
[[nodiscard]] std::vector<int> levelsOf(const Context& ctx, const ProgressGroup& group,
                                        const std::string& competencyId, Figure figure);
[[nodiscard]] int countOf(const Context& ctx, const ProgressGroup& group,
                          const std::string& competencyId, Figure figure);
// A grade's domain levels over its domain units.
[[nodiscard]] const DomainFigures& domainFiguresOf(const Context& ctx, int grade,
                                                   const std::string& domainId);
// Learners of the group with a level today on any competency of the domain, before any unit
// is left out (for "no evidence yet").
[[nodiscard]] int assessedIn(const Context& ctx, const ProgressGroup& group,
                             const std::string& domainId);
// Learners counted per level index, merged into bands (Privacy.hpp, mergeBands).
[[nodiscard]] std::vector<BandCount> bandsOf(const Context& ctx, const std::vector<int>& levels);
// The share at or above mastery, from banded counts (Privacy.hpp, masteredPercent); nullopt
// when a band straddles mastery or a side has no band.
[[nodiscard]] std::optional<int> masteredOf(const Context& ctx, const std::vector<int>& levels);

[[nodiscard]] std::vector<const Domain*> sortedDomains(const Context& ctx);
[[nodiscard]] const std::vector<const Competency*>& competenciesOf(const Context& ctx,
                                                                   const Domain& domain);

// Calls `f` for each competency of `domain` on which a row of `group` is large enough to show,
// with the number of learners it counts: at least minGroup of the group have a level in the
// domain and at least minGroup on the competency.
void forEachSizedRow(const Context& ctx, const Domain& domain, const ProgressGroup& group,
                     const std::function<void(const Competency&, int counted)>& f);

// The progress boards (PublicView_Progress.cpp).
[[nodiscard]] std::vector<ClassWallSlideData> classWallSlides(const Context& ctx,
                                                              const PublicScope& scope);
// Whether the scope writes out the section's own slides.
[[nodiscard]] bool inScope(const PublicScope& scope, const std::string& sectionId);
[[nodiscard]] GradeBoardSlideData gradeBoardSlide(const Context& ctx);
[[nodiscard]] std::vector<CompetencySpotlightData> spotlightSlides(const Context& ctx);

// Why a group shows no figures: no evidence yet, or too few learners. And the note under a
// figure that leaves small classes out: "Learners in classes under 10 are not counted here".
enum class Empty { NoEvidence, SmallGroup };
[[nodiscard]] LangText emptyText(const Context& ctx, Empty why);
[[nodiscard]] LangText smallClassesNote(const Context& ctx);

// The other public slides (PublicView_Celebrations.cpp).
[[nodiscard]] std::vector<CelebrationCard> celebrationCards(const Context& ctx);
[[nodiscard]] std::vector<AnnouncementSlideData> announcementSlides(const Context& ctx);
[[nodiscard]] LangText missionText(const Context& ctx);
[[nodiscard]] std::vector<QuoteSlideData> quoteSlides(const Context& ctx);

} // namespace lantern::detail
