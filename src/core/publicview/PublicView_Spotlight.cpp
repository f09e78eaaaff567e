// Competency spotlights of PublicView (PublicView.hpp states what they show).
//
// Disclosure, beyond Privacy.hpp's rules for one row:
// - Spotlight. The school's start cohort on the competency (learners with evidence by the start
//   window) is measured at the start, four weeks ago and now, so the three figures are over one
//   group and differences between them isolate no one. The cohort is summed over every grade's
//   clean units (PublicView.hpp, "Units"), like every other cohort figure, so against any shown
//   row it differs by whole units of at least minGroup. Shown when it holds at least minGroup.
#include "core/publicview/PublicViewBoardsDetail.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <chrono>
#include <map>

namespace lantern::detail {
namespace {

SpotlightFigure figure(const Context& ctx, const std::vector<int>& levels, LangText label) {
    const Share share = shareOf(ctx, levels);
    return {std::move(label), share.percent, shareWords(ctx, Phrase::NowShare, share)};
}

LangText datedLabel(const Context& ctx, Phrase key, Days d) {
    return perLanguage(
        ctx, [&](const std::string& lang) { return phrase(key, lang, {shortDate(d, lang)}); });
}

void setFigures(const Context& ctx, const Competency& comp, CompetencySpotlightData& out) {
    if (!startWindow(ctx)) {
        out.withheldText = words(ctx, Phrase::SpotlightEarly);
        return;
    }
    const int k = ctx.policy.minGroup();
    const auto school = ProgressGroup::school();
    const Figures& f = figuresOf(ctx, school, comp.id);
    const int cohort = countOf(ctx, school, comp.id, Figure::Start);
    if (cohort < k) {
        const int assessed = countOf(ctx, school, comp.id, Figure::Now) + f.excluded;
        out.withheldText = assessed == 0 ? emptyText(ctx, Empty::NoEvidence)
                                         : words(ctx, Phrase::SpotlightSmall, {std::to_string(k)});
        return;
    }
    if (f.excludedCohort > 0) out.note = smallClassesNote(ctx);
    out.figures.push_back(
        figure(ctx, f.start, datedLabel(ctx, Phrase::StartOfTerm, *termStart(ctx))));
    if (const auto fourWeeks = ctx.counts.fourWeeksAgo())
        out.figures.push_back(
            figure(ctx, f.fourWeeks, datedLabel(ctx, Phrase::FourWeeksAgo, *fourWeeks)));
    out.figures.push_back(figure(ctx, f.startToday, words(ctx, Phrase::Now)));
}

constexpr std::size_t kSpotlightTargets = 3;

std::vector<LangText> targetsOf(const Context& ctx, const Competency& comp) {
    std::vector<const LearningTarget*> targets;
    for (const auto& t : ctx.content.learningTargets)
        if (t.competencyId == comp.id) targets.push_back(&t);
    std::sort(targets.begin(), targets.end(), [](const LearningTarget* a, const LearningTarget* b) {
        return std::tie(a->sortOrder, a->id) < std::tie(b->sortOrder, b->id);
    });
    std::vector<LangText> out;
    const std::string& first = ctx.langs.front();
    for (std::size_t i = 0; i < targets.size() && i < kSpotlightTargets; ++i)
        out.push_back({{first, pickText(targets[i]->title, first, ctx.langs)}});
    return out;
}

} // namespace

std::vector<CompetencySpotlightData> spotlightSlides(const Context& ctx) {
    std::vector<CompetencySpotlightData> out;
    for (const auto* d : sortedDomains(ctx))
        for (const auto* c : competenciesOf(ctx, *d)) {
            CompetencySpotlightData s{c->id,
                                      c->code,
                                      localized(ctx, c->title),
                                      localized(ctx, c->meaning),
                                      localized(ctx, d->title),
                                      targetsOf(ctx, *c),
                                      {},
                                      {}};
            if (!ctx.levels.empty()) setFigures(ctx, *c, s);
            out.push_back(std::move(s));
        }
    return out;
}

} // namespace lantern::detail
