// The progress boards of PublicView: class walls, the grade board and competency spotlights
// (PublicView.hpp states what they show; the disclosure rules are summed up here).
//
// Sections: [words] Lantern's wording, [shares] banded shares, [class wall], [grade board].
// The spotlights are in PublicView_Spotlight.cpp, with their disclosure rules.
//
// Disclosure, beyond Privacy.hpp's rules for one row:
// - Class wall. Its rows are exactly the section's rows shown on its section progress slides
//   (same learners, same complementary suppression), so it adds no new group. "Now" is the
//   bar's own share at or above mastery. "Started at" is over the learners of the row who had
//   evidence by the start window (the change line's cohort); it is given only when those number
//   at least minGroup and the row's other learners number 0 or at least minGroup, so that "now"
//   and "start" cannot be played against each other to isolate fewer than minGroup learners.
// - Grade board. A learner's domain level is the lower median of their current levels on the
//   domain's competencies they have evidence on (of 1, 2, 3, 4 levels: the 1st, 1st, 2nd, 2nd
//   lowest), so one strong competency never lifts a domain. A cell counts the grade's learners
//   with a domain level: under minGroup it reads "—". Two bands (below mastery, at or above it):
//   a side with fewer than minBand (3) learners would be one or two children, and a coded
//   "fewer than 5%" would be false for a small grade (2 of 10 is 20%), so the cell is withheld
//   and reads "*" (it tells only that one side, unnamed, is nearly empty, as a single band does).
//   Otherwise the share is bandPercents' (a multiple of 5), coded above 95% and below 5%. Cells
//   of different grades count disjoint groups; cells of one grade measure different domains,
//   so no two cells subtract into a smaller group.
#include "core/publicview/PublicViewBoardsDetail.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <numeric>

namespace lantern::detail {

// ---- [words] ---------------------------------------------------------------------------------

LangText words(const Context& ctx, Phrase key, const std::vector<std::string>& args) {
    return perLanguage(ctx, [&](const std::string& lang) { return phrase(key, lang, args); });
}

// ---- [shares] --------------------------------------------------------------------------------

Share shareOfBands(const Context& ctx, const std::vector<BandCount>& bands) {
    const auto percent = masteredPercent(bands, bandPercents(bands), ctx.masteredIndex);
    if (!percent) return {};
    int mastered = 0, total = 0;
    for (const auto& b : bands) {
        total += b.count;
        if (b.first >= ctx.masteredIndex) mastered += b.count;
    }
    return {percent, codeShare(mastered, total)};
}

Share shareOf(const Context& ctx, const std::vector<int>& levels) {
    return shareOfBands(ctx, bandsOf(ctx, levels));
}

std::string shareIn(const Share& share, const std::string& lang) {
    if (share.coding == ShareCoding::Above95) return phrase(Phrase::ShareAbove95, lang);
    if (share.coding == ShareCoding::Below5) return phrase(Phrase::ShareBelow5, lang);
    return phrase(Phrase::SharePercent, lang, {std::to_string(share.percent.value_or(0))});
}

// `key` with the share filled in, or "not shown: too few learners on one side".
LangText shareWords(const Context& ctx, Phrase key, const Share& share) {
    if (!share.percent) return words(ctx, Phrase::NotShownOneSide);
    return textOnce(
        ctx, {4, static_cast<int>(key) * 4 + static_cast<int>(share.coding), *share.percent}, [&] {
            return perLanguage(ctx, [&](const std::string& lang) {
                return phrase(key, lang, {shareIn(share, lang)});
            });
        });
}

std::optional<Days> termStart(const Context& ctx) {
    return ctx.counts.termStart();
}

std::optional<Days> startWindow(const Context& ctx) {
    return ctx.counts.startWindow();
}

bool safeSize(int n, int k) {
    return n == 0 || n >= k;
}

namespace {

// ---- [class wall] ----------------------------------------------------------------------------

void setStart(const Context& ctx, const ProgressGroup& group, const std::string& comp, int counted,
              ClassWallRow& row) {
    row.startText = words(ctx, Phrase::NoStartFigure);
    if (!startWindow(ctx)) return;
    const auto cohort = levelsOf(ctx, group, comp, Figure::Start);
    const int cohortSize = std::accumulate(cohort.begin(), cohort.end(), 0);
    const int k = ctx.policy.minGroup();
    if (cohortSize < k || !safeSize(counted - cohortSize, k)) return;
    const Share start = shareOf(ctx, cohort);
    if (!start.percent) return;
    row.startPercent = start.percent;
    row.startText = shareWords(ctx, Phrase::StartShare, start);
}

ClassWallRow wallRow(const Context& ctx, const Competency& comp, const ProgressGroup& group,
                     int counted) {
    ClassWallRow row{comp.id, comp.code, localized(ctx, comp.title), {}, {}, {}, {}};
    const Share now = shareOf(ctx, levelsOf(ctx, group, comp.id, Figure::Now));
    row.nowPercent = now.percent;
    row.nowText = shareWords(ctx, Phrase::NowShare, now);
    setStart(ctx, group, comp.id, counted, row);
    return row;
}

ClassWallSlideData classWall(const Context& ctx, const Section& section) {
    ClassWallSlideData wall;
    wall.sectionId = section.id;
    wall.sectionTitle = localized(ctx, {{ctx.langs.front(), section.name}});
    const auto group = ProgressGroup::section(section.id);
    bool assessed = false;
    for (const auto* domain : sortedDomains(ctx)) {
        assessed = assessed || assessedIn(ctx, group, domain->id) > 0;
        forEachSizedRow(ctx, *domain, group, [&](const Competency& comp, int counted) {
            wall.rows.push_back(wallRow(ctx, comp, group, counted));
        });
    }
    const auto start = termStart(ctx);
    const bool anyStart = std::any_of(wall.rows.begin(), wall.rows.end(),
                                      [](const ClassWallRow& r) { return r.startPercent; });
    wall.caption = start && anyStart ? perLanguage(ctx,
                                                   [&](const std::string& lang) {
                                                       return phrase(Phrase::WallCaption, lang,
                                                                     {shortDate(*start, lang)});
                                                   })
                                     : words(ctx, Phrase::WallCaptionNoStart);
    if (wall.rows.empty()) {
        wall.suppressed = true;
        wall.suppressedText = emptyText(ctx, assessed ? Empty::SmallGroup : Empty::NoEvidence);
    }
    return wall;
}

// ---- [grade board] ---------------------------------------------------------------------------

enum class CellKind { Shown, SmallGroup, OneSide };

struct BoardCell {
    GradeBoardCell cell;
    CellKind kind = CellKind::Shown;
};

LangText marker(const Context& ctx, const char* text) {
    return perLanguage(ctx, [&](const std::string&) { return std::string(text); });
}

BoardCell boardCell(const Context& ctx, int grade, const Domain& domain) {
    const auto& levels = domainFiguresOf(ctx, grade, domain.id).levels;
    int below = 0, mastered = 0;
    for (int i = 0; i < static_cast<int>(levels.size()); ++i)
        (i >= ctx.masteredIndex ? mastered : below) += levels[static_cast<std::size_t>(i)];
    if (below + mastered < ctx.policy.minGroup())
        return {{std::nullopt, marker(ctx, "\u2014")}, CellKind::SmallGroup};
    const int last = static_cast<int>(ctx.levels.size()) - 1;
    const int band = ctx.policy.minBand();
    if (below < band || mastered < band || ctx.masteredIndex <= 0 || ctx.masteredIndex > last)
        return {{std::nullopt, marker(ctx, "*")}, CellKind::OneSide};
    const Share share =
        shareOfBands(ctx, {{0, ctx.masteredIndex - 1, below}, {ctx.masteredIndex, last, mastered}});
    return {{share.percent,
             perLanguage(ctx, [&](const std::string& lang) { return shareIn(share, lang); })},
            CellKind::Shown};
}

} // namespace

std::vector<ClassWallSlideData> classWallSlides(const Context& ctx, const PublicScope& scope) {
    std::vector<ClassWallSlideData> out;
    for (const auto* s : ctx.sections)
        if (inScope(scope, s->id)) out.push_back(classWall(ctx, *s));
    return out;
}

GradeBoardSlideData gradeBoardSlide(const Context& ctx) {
    GradeBoardSlideData board;
    board.title = words(ctx, Phrase::BoardTitle);
    board.caption = words(ctx, Phrase::BoardCaption);
    const auto domains = sortedDomains(ctx);
    for (const auto* d : domains) {
        board.domainIds.push_back(d->id);
        board.domainTitles.push_back(localized(ctx, d->title));
    }
    bool small = false, oneSide = false, smallClasses = false;
    for (int g : ctx.grades) {
        GradeBoardRow row{g, perLanguage(ctx, [&](auto& lang) { return gradeTitle(g, lang); }), {}};
        for (const auto* d : domains) {
            BoardCell cell = boardCell(ctx, g, *d);
            cell.cell.leavesOutSmallClasses = domainFiguresOf(ctx, g, d->id).excluded > 0;
            smallClasses = smallClasses || cell.cell.leavesOutSmallClasses;
            small = small || cell.kind == CellKind::SmallGroup;
            oneSide = oneSide || cell.kind == CellKind::OneSide;
            row.cells.push_back(std::move(cell.cell));
        }
        board.rows.push_back(std::move(row));
    }
    if (small)
        board.legend.push_back(
            words(ctx, Phrase::LegendSmall, {std::to_string(ctx.policy.minGroup())}));
    if (oneSide)
        board.legend.push_back(
            words(ctx, Phrase::LegendOneSide, {std::to_string(ctx.policy.minBand())}));
    if (smallClasses) board.note = smallClassesNote(ctx);
    return board;
}

} // namespace lantern::detail
