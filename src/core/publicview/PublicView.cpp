#include "core/publicview/PublicView.hpp"

#include "core/model/Color.hpp"
#include "core/publicview/PublicViewDetail.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <functional>
#include <numeric>
#include <set>
#include <utility>

// Sections: [progress] rows and the section and grade slides, [entry]. The context and the
// units a grade's figures are summed over are in PublicView_Context.cpp, the boards in
// PublicView_Progress.cpp and PublicView_Spotlight.cpp, the other slides in
// PublicView_Celebrations.cpp.
//
// Call flow:
//   buildPublicContent
//   ├─ sectionSlides, gradeSlides ─ progressSlide ─ forEachSizedRow ─ countOf (figuresOf)
//   │                                             └ progressRow ─ progressBands, changeText
//   └─ habitSlides; the boards and the other slides from their own files
namespace lantern::detail {

// ---- [progress] ------------------------------------------------------------------------------

// The change line under a bar over `counted` learners of the group.
LangText changeText(const Context& ctx, const ProgressGroup& group, const std::string& competencyId,
                    int counted) {
    const auto start = ctx.counts.termStart();
    if (!start || !ctx.counts.startWindow()) return {};
    const auto cohort = levelsOf(ctx, group, competencyId, Figure::Start);
    const int cohortSize = std::accumulate(cohort.begin(), cohort.end(), 0);
    const int k = ctx.policy.minGroup();
    if (cohortSize < k) return {};
    // The bar counts `counted`; the change line's cohort may not differ from it by 1 to k-1.
    if (const int rest = counted - cohortSize; rest > 0 && rest < k) return {};
    const auto now = masteredOf(ctx, levelsOf(ctx, group, competencyId, Figure::StartToday));
    const auto then = masteredOf(ctx, cohort);
    if (!now || !then) return {};
    const int diff = *now - *then;
    const Phrase key = diff > 0   ? Phrase::ChangeUp
                       : diff < 0 ? Phrase::ChangeDown
                                  : Phrase::ChangeNone;
    return textOnce(ctx, {1, static_cast<int>(key), std::abs(diff)}, [&] {
        return perLanguage(ctx, [&](const std::string& lang) {
            return phrase(key, lang, {std::to_string(std::abs(diff)), shortDate(*start, lang)});
        });
    });
}

LangText bandLabel(const Context& ctx, const BandCount& band) {
    return textOnce(ctx, {2, band.first, band.last}, [&] {
        LangText out;
        for (const auto& lang : ctx.langs) {
            std::string label = pickText(ctx.levels[band.first].label, lang, ctx.langs);
            if (band.last != band.first)
                label += " – " + pickText(ctx.levels[band.last].label, lang, ctx.langs);
            out[lang] = label;
        }
        return out;
    });
}

LangText shareText(const Context& ctx, const BandCount& band, int percent, int total) {
    const ShareCoding coding = codeShare(band.count, total);
    return textOnce(ctx, {3, static_cast<int>(coding), percent}, [&] {
        return perLanguage(ctx, [&](const std::string& lang) {
            if (coding == ShareCoding::Above95) return phrase(Phrase::ShareAbove95, lang);
            if (coding == ShareCoding::Below5) return phrase(Phrase::ShareBelow5, lang);
            return phrase(Phrase::SharePercent, lang, {std::to_string(percent)});
        });
    });
}

// A merged band's colour is the average of its levels' colours, so that two different merges on
// one slide never share a swatch while staying within the scale's palette.
std::string bandColor(const Context& ctx, const BandCount& band) {
    if (band.first == band.last) return ctx.levels[band.first].color;
    int r = 0, g = 0, b = 0;
    for (int i = band.first; i <= band.last; ++i) {
        Color c = colorOr(ctx.levels[i].color, Color{128, 128, 128});
        r += c.r, g += c.g, b += c.b;
    }
    const int n = band.last - band.first + 1;
    return Color{static_cast<std::uint8_t>(r / n), static_cast<std::uint8_t>(g / n),
                 static_cast<std::uint8_t>(b / n)}
        .hex();
}

std::vector<ProgressBand> progressBands(const Context& ctx, const ProgressGroup& group,
                                        const std::string& competencyId, int counted) {
    const auto bands = bandsOf(ctx, levelsOf(ctx, group, competencyId, Figure::Now));
    const auto percents = bandPercents(bands);
    std::vector<ProgressBand> out;
    for (std::size_t i = 0; i < bands.size() && i < percents.size(); ++i) {
        const auto& b = bands[i];
        out.push_back({ctx.levels[b.first].rank, ctx.levels[b.last].rank, bandLabel(ctx, b),
                       bandColor(ctx, b), percents[i], shareText(ctx, b, percents[i], counted)});
    }
    return out;
}

// A row over the `counted` learners of the group on `comp` (at least minGroup of them).
CompetencyProgress progressRow(const Context& ctx, const Competency& comp,
                               const ProgressGroup& group, int counted) {
    return CompetencyProgress{comp.id, comp.code, comp.title,
                              progressBands(ctx, group, comp.id, counted),
                              changeText(ctx, group, comp.id, counted)};
}

struct SlideHeader {
    std::string kind;
    std::string id;
    LangText title;
};

void forEachSizedRow(const Context& ctx, const Domain& domain, const ProgressGroup& group,
                     const std::function<void(const Competency&, int)>& f) {
    const bool section = group.kind == ProgressGroup::Kind::Section;
    const std::array<int, 3> key{static_cast<int>(group.kind),
                                 section ? sectionKey(ctx, group.sectionId) : group.grade,
                                 static_cast<int>(&domain - ctx.content.domains.data())};
    auto it = ctx.sizedRows.find(key);
    if (it == ctx.sizedRows.end()) {
        std::vector<std::pair<const Competency*, int>> rows;
        const int k = ctx.policy.minGroup();
        if (!ctx.levels.empty())
            for (const auto* comp : competenciesOf(ctx, domain))
                if (const int counted = countOf(ctx, group, comp->id, Figure::Now); counted >= k)
                    rows.emplace_back(comp, counted);
        it = ctx.sizedRows.emplace(key, std::move(rows)).first;
    }
    for (const auto& [comp, counted] : it->second)
        f(*comp, counted);
}

// Whether a grade's figures on the domain leave learners of small classes out.
bool leavesOutSmallClasses(const Context& ctx, const Domain& domain, const ProgressGroup& group) {
    if (group.kind == ProgressGroup::Kind::Section) return false;
    return std::any_of(
        competenciesOf(ctx, domain).begin(), competenciesOf(ctx, domain).end(),
        [&](const Competency* c) { return figuresOf(ctx, group, c->id).excluded > 0; });
}

// Why a group shows no row in the domain, in plain words. (A grade whose learners are all in
// classes under k has fewer than k counted, or its pool would make a unit.)
LangText emptyReason(const Context& ctx, const Domain& domain, const ProgressGroup& group) {
    return emptyText(ctx, assessedIn(ctx, group, domain.id) == 0 ? Empty::NoEvidence
                                                                 : Empty::SmallGroup);
}

ProgressSlideData progressSlide(const Context& ctx, const SlideHeader& header, const Domain& domain,
                                const ProgressGroup& group) {
    ProgressSlideData slide{header.kind,  header.id, header.title, domain.id,
                            domain.title, false,     {},           {}};
    forEachSizedRow(ctx, domain, group, [&](const Competency& comp, int counted) {
        slide.rows.push_back(progressRow(ctx, comp, group, counted));
    });
    if (slide.rows.empty()) {
        slide.suppressed = true;
        slide.suppressedText = emptyReason(ctx, domain, group);
    } else if (leavesOutSmallClasses(ctx, domain, group)) {
        slide.note = smallClassesNote(ctx);
    }
    return slide;
}

bool inScope(const PublicScope& scope, const std::string& sectionId) {
    return !scope.sections || scope.sections->contains(sectionId);
}

std::vector<ProgressSlideData> sectionSlides(const Context& ctx, const PublicScope& scope) {
    std::vector<ProgressSlideData> out;
    for (const auto* s : ctx.sections) {
        if (!inScope(scope, s->id)) continue;
        const SlideHeader header{"section", s->id, localized(ctx, {{ctx.langs.front(), s->name}})};
        for (const auto* d : sortedDomains(ctx))
            out.push_back(progressSlide(ctx, header, *d, ProgressGroup::section(s->id)));
    }
    return out;
}

std::vector<ProgressSlideData> gradeSlides(const Context& ctx) {
    std::vector<ProgressSlideData> out;
    for (int g : ctx.grades) {
        const SlideHeader header{"grade", std::to_string(g),
                                 perLanguage(ctx, [&](auto& lang) { return gradeTitle(g, lang); })};
        for (const auto* d : sortedDomains(ctx))
            out.push_back(progressSlide(ctx, header, *d, ProgressGroup::ofGrade(g)));
    }
    return out;
}

} // namespace lantern::detail

namespace lantern {
namespace {

using namespace detail;

// ---- [entry] ---------------------------------------------------------------------------------

std::set<std::string> smallSections(const Context& ctx) {
    std::set<std::string> out;
    for (const auto* s : ctx.sections)
        if (ctx.counts.members(s->id) < ctx.policy.minGroup()) out.insert(s->id);
    return out;
}

std::map<std::string, int> sectionGrades(const Context& ctx) {
    std::map<std::string, int> out;
    for (const auto* s : ctx.sections)
        out.emplace(s->id, s->grade);
    return out;
}

std::vector<HabitSlideData> habitSlides(const SchoolContent& content) {
    std::vector<const Habit*> habits;
    for (const auto& h : content.habits)
        habits.push_back(&h);
    std::sort(habits.begin(), habits.end(), [](const Habit* a, const Habit* b) {
        return std::tie(a->sortOrder, a->id) < std::tie(b->sortOrder, b->id);
    });
    std::vector<HabitSlideData> out;
    for (const auto* h : habits)
        out.push_back(
            {h->id, h->name, h->meaning, h->indicators, h->color, h->icon, h->soundsLike});
    return out;
}

} // namespace

PublicContent buildPublicContent(const SchoolContent& content, const PrivacyPolicy& policy,
                                 Days today) {
    return buildPublicContent(content, policy,
                              ProgressCounts(content, countedEvidence(content), today));
}

PublicContent buildPublicContent(const SchoolContent& content, const PrivacyPolicy& policy,
                                 const ProgressCounts& counts) {
    return buildPublicContent(content, policy, counts, PublicScope{});
}

PublicContent buildPublicContent(const SchoolContent& content, const PrivacyPolicy& policy,
                                 const ProgressCounts& counts, const PublicScope& scope) {
    const Context ctx = makeContext(content, policy, counts);
    PublicContent out;
    out.schoolName = content.school.name;
    out.languages = ctx.langs;
    out.habits = habitSlides(content);
    out.sectionProgress = sectionSlides(ctx, scope);
    out.gradeProgress = gradeSlides(ctx);
    out.celebrations = celebrationCards(ctx);
    out.mission = missionText(ctx);
    out.announcements = announcementSlides(ctx);
    out.quotes = quoteSlides(ctx);
    out.classWalls = classWallSlides(ctx, scope);
    out.gradeBoard = gradeBoardSlide(ctx);
    out.spotlights = spotlightSlides(ctx);
    out.smallSections = smallSections(ctx);
    out.sectionGrades = sectionGrades(ctx);
    return out;
}

} // namespace lantern
