// Competency spotlights of PublicView (PublicView.hpp states what they show).
//
// Disclosure, beyond Privacy.hpp's rules for one row:
// - Spotlight. The school's learners with evidence on the competency by the start window (the
//   cohort) are measured at the start, four weeks ago and now, so the three figures are over one
//   group and differences between them isolate no one. Shown only when the cohort holds at least
//   minGroup learners and, against every shown grade row and section row of the competency R,
//   |R ∩ cohort| and |R \ cohort| are each 0 or at least minGroup, and the cohort's learners on
//   no shown grade row (likewise section row) number 0 or at least minGroup. For disjoint rows
//   (grades; sections without extra enrollments) that bounds every "school minus some rows"
//   difference the same way.
#include "core/PublicViewWords.hpp"

#include "core/Strings.hpp"

#include <algorithm>
#include <chrono>
#include <map>

namespace lantern::detail {
namespace {

// A shown row's learners, as entries of content.learners (learnerSlot).
using Row = std::vector<int>;

// Per competency index, the shown grade rows and the shown section rows.
struct ShownRows {
    std::map<int, std::vector<Row>> grades, sections;
};

Row slotsOf(const Context& ctx, const Group& group) {
    Row out;
    out.reserve(group.size());
    for (const auto* l : group)
        out.push_back(learnerSlot(ctx, l));
    return out;
}

ShownRows shownRows(const Context& ctx, const Withheld& withheld) {
    ShownRows out;
    for (const auto* d : sortedDomains(ctx)) {
        for (int g : allGrades(ctx))
            forEachSizedRow(ctx, *d, gradeGroup(ctx, g), [&](const Competency& c, const Group& r) {
                out.grades[ctx.index.competencyIndex(c.id)].push_back(slotsOf(ctx, r));
            });
        for (const auto* s : sortedSections(ctx)) {
            const int key = sectionKey(ctx, s->id);
            forEachSizedRow(ctx, *d, sectionGroup(ctx, s->id),
                            [&](const Competency& c, const Group& r) {
                                const int comp = ctx.index.competencyIndex(c.id);
                                if (!withheld.contains({key, comp}))
                                    out.sections[comp].push_back(slotsOf(ctx, r));
                            });
        }
    }
    return out;
}

// Marks of learner slots: `in` (the cohort) and `covered` (scratch, all false between calls).
struct SlotMarks {
    std::vector<char> in, covered;
};

// Whether figures over the cohort (marks.in, `cohortSize` learners) and over the `rows` subtract
// into no group of 1 to k-1.
bool safeAgainst(std::size_t cohortSize, const std::vector<Row>& rows, int k, SlotMarks& marks) {
    bool safe = true;
    std::size_t coveredIn = 0;
    for (const auto& row : rows) {
        std::size_t inside = 0;
        for (int l : row)
            inside += marks.in[static_cast<std::size_t>(l)] != 0 ? 1 : 0;
        if (!safeSize(inside, k) || !safeSize(row.size() - inside, k)) {
            safe = false;
            break;
        }
        for (int l : row) {
            auto& c = marks.covered[static_cast<std::size_t>(l)];
            coveredIn += c == 0 && marks.in[static_cast<std::size_t>(l)] != 0 ? 1 : 0;
            c = 1;
        }
    }
    for (const auto& row : rows)
        for (int l : row)
            marks.covered[static_cast<std::size_t>(l)] = 0;
    return safe && safeSize(cohortSize - coveredIn, k);
}

SpotlightFigure figure(const Context& ctx, const Group& cohort, const std::string& comp,
                       LangText label, Days d) {
    const Share share = shareOf(ctx, cohort, comp, d);
    return {std::move(label), share.percent, shareWords(ctx, Word::NowShare, share)};
}

LangText datedLabel(const Context& ctx, Word key, Days d) {
    return perLanguage(
        ctx, [&](const std::string& lang) { return wordIn(key, lang, {shortDate(d, lang)}); });
}

void setFigures(const Context& ctx, const Competency& comp, const ShownRows& shown,
                SlotMarks& marks, CompetencySpotlightData& out) {
    const auto window = startWindow(ctx);
    if (!window || ctx.today <= *window) {
        out.withheldText = words(ctx, Word::SpotlightEarly);
        return;
    }
    const int k = ctx.policy.minGroup();
    Group everyone;
    for (const auto& l : ctx.content.learners)
        everyone.push_back(&l);
    const Group cohort = countedOn(ctx, everyone, comp.id, *window);
    if (static_cast<int>(cohort.size()) < k) {
        out.withheldText = words(ctx, Word::SpotlightSmall, {std::to_string(k)});
        return;
    }
    const int index = ctx.index.competencyIndex(comp.id);
    static const std::vector<Row> none;
    auto rowsOf = [&](const std::map<int, std::vector<Row>>& m) -> const std::vector<Row>& {
        auto it = m.find(index);
        return it == m.end() ? none : it->second;
    };
    for (const auto* l : cohort)
        marks.in[static_cast<std::size_t>(learnerSlot(ctx, l))] = 1;
    const bool safe = safeAgainst(cohort.size(), rowsOf(shown.grades), k, marks) &&
                      safeAgainst(cohort.size(), rowsOf(shown.sections), k, marks);
    for (const auto* l : cohort)
        marks.in[static_cast<std::size_t>(learnerSlot(ctx, l))] = 0;
    if (!safe) {
        out.withheldText = words(ctx, Word::SpotlightOther);
        return;
    }
    out.figures.push_back(
        figure(ctx, cohort, comp.id, datedLabel(ctx, Word::StartOfTerm, *termStart(ctx)), *window));
    const Days fourWeeks = ctx.today - std::chrono::days{28};
    if (fourWeeks > *window)
        out.figures.push_back(figure(ctx, cohort, comp.id,
                                     datedLabel(ctx, Word::FourWeeksAgo, fourWeeks), fourWeeks));
    out.figures.push_back(figure(ctx, cohort, comp.id, words(ctx, Word::Now), ctx.today));
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
    SlotMarks marks{std::vector<char>(ctx.content.learners.size(), 0),
                    std::vector<char>(ctx.content.learners.size(), 0)};
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
            if (!ctx.levels.empty()) setFigures(ctx, *c, shown, marks, s);
            out.push_back(std::move(s));
        }
    return out;
}

} // namespace lantern::detail
