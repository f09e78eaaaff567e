// Competency spotlights of PublicView (PublicView.hpp states what they show).
//
// Disclosure, beyond Privacy.hpp's rules for one row:
// - Spotlight. The school's learners with evidence on the competency by the start window (the
//   cohort) are measured at the start, four weeks ago and now, so the three figures are over one
//   group and differences between them isolate no one. Shown only when the cohort holds at least
//   minGroup learners and, against every shown grade row and section row of the competency R,
//   |R ∩ cohort| and |R \ cohort| are each 0 or at least minGroup, and the cohort's learners on
//   no shown grade row (likewise section row) number 0 or at least minGroup. Grade rows share no
//   learner, nor do section rows (each learner is in one section), so that bounds every "school
//   minus some rows" difference the same way.
#include "core/publicview/PublicViewBoardsDetail.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <chrono>
#include <map>

namespace lantern::detail {
namespace {

// A shown row: learners counted on the competency today, and of them in the start cohort.
struct Row {
    int counted = 0;
    int inCohort = 0;
};

// Per competency id, the shown grade rows and the shown section rows.
struct ShownRows {
    std::map<std::string, std::vector<Row>> grades, sections;
};

Row rowOf(const Context& ctx, const ProgressGroup& group, const std::string& comp, int counted) {
    return {counted, ctx.counts.count(group, comp, Figure::Start)};
}

ShownRows shownRows(const Context& ctx, const Withheld& withheld) {
    ShownRows out;
    for (const auto* d : sortedDomains(ctx)) {
        for (int g : ctx.grades) {
            const auto group = ProgressGroup::ofGrade(g);
            forEachSizedRow(ctx, *d, group, [&](const Competency& c, int counted) {
                out.grades[c.id].push_back(rowOf(ctx, group, c.id, counted));
            });
        }
        for (const auto* s : ctx.sections) {
            const int key = sectionKey(ctx, s->id);
            const auto group = ProgressGroup::section(s->id);
            forEachSizedRow(ctx, *d, group, [&](const Competency& c, int counted) {
                if (!withheld.contains({key, competencyKey(ctx, c.id)}))
                    out.sections[c.id].push_back(rowOf(ctx, group, c.id, counted));
            });
        }
    }
    return out;
}

// Whether figures over the cohort (`cohortSize` learners) and over the `rows`, which share no
// learner (grades; sections), subtract into no group of 1 to k-1.
bool safeAgainst(int cohortSize, const std::vector<Row>& rows, int k) {
    int coveredIn = 0;
    for (const auto& row : rows) {
        if (!safeSize(row.inCohort, k) || !safeSize(row.counted - row.inCohort, k)) return false;
        coveredIn += row.inCohort;
    }
    return safeSize(cohortSize - coveredIn, k);
}

SpotlightFigure figure(const Context& ctx, const std::vector<int>& levels, LangText label) {
    const Share share = shareOf(ctx, levels);
    return {std::move(label), share.percent, shareWords(ctx, Phrase::NowShare, share)};
}

LangText datedLabel(const Context& ctx, Phrase key, Days d) {
    return perLanguage(
        ctx, [&](const std::string& lang) { return phrase(key, lang, {shortDate(d, lang)}); });
}

void setFigures(const Context& ctx, const Competency& comp, const ShownRows& shown,
                CompetencySpotlightData& out) {
    if (!startWindow(ctx)) {
        out.withheldText = words(ctx, Phrase::SpotlightEarly);
        return;
    }
    const int k = ctx.policy.minGroup();
    const auto school = ProgressGroup::school();
    const int cohort = ctx.counts.count(school, comp.id, Figure::Start);
    if (cohort < k) {
        out.withheldText = words(ctx, Phrase::SpotlightSmall, {std::to_string(k)});
        return;
    }
    static const std::vector<Row> none;
    auto rowsOf = [&](const std::map<std::string, std::vector<Row>>& m) -> const std::vector<Row>& {
        auto it = m.find(comp.id);
        return it == m.end() ? none : it->second;
    };
    if (!safeAgainst(cohort, rowsOf(shown.grades), k) ||
        !safeAgainst(cohort, rowsOf(shown.sections), k)) {
        out.withheldText = words(ctx, Phrase::SpotlightOther);
        return;
    }
    out.figures.push_back(figure(ctx, levelsOf(ctx, school, comp.id, Figure::Start),
                                 datedLabel(ctx, Phrase::StartOfTerm, *termStart(ctx))));
    if (const auto fourWeeks = ctx.counts.fourWeeksAgo())
        out.figures.push_back(figure(ctx, levelsOf(ctx, school, comp.id, Figure::StartFourWeeksAgo),
                                     datedLabel(ctx, Phrase::FourWeeksAgo, *fourWeeks)));
    out.figures.push_back(
        figure(ctx, levelsOf(ctx, school, comp.id, Figure::StartToday), words(ctx, Phrase::Now)));
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

std::vector<CompetencySpotlightData> spotlightSlides(const Context& ctx, const Withheld& withheld) {
    const ShownRows shown = shownRows(ctx, withheld);
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
            if (!ctx.levels.empty()) setFigures(ctx, *c, shown, s);
            out.push_back(std::move(s));
        }
    return out;
}

} // namespace lantern::detail
