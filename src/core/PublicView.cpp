#include "core/PublicView.hpp"

#include "core/PublicViewDetail.hpp"

#include "core/Color.hpp"

#include "core/Mastery.hpp"
#include "core/Strings.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <utility>

// Sections: [progress] rows and slides, [suppression], [entry]. The context is built in
// PublicView_Context.cpp, the other slides in PublicView_Celebrations.cpp.
namespace lantern::detail {

// ---- [progress] ------------------------------------------------------------------------------

Group countedOn(const Context& ctx, const Group& group, const std::string& competencyId, Days d) {
    Group counted;
    const int comp = ctx.index.competencyIndex(competencyId);
    for (const auto* l : group)
        if (learnerLevel(ctx, l, comp, d)) counted.push_back(l);
    return counted;
}

std::vector<BandCount> bandsOf(const Context& ctx, const Group& learners,
                               const std::string& competencyId, Days d) {
    std::vector<int> counts(ctx.levels.size(), 0);
    const int comp = ctx.index.competencyIndex(competencyId);
    for (const auto* l : learners)
        if (auto level = learnerLevel(ctx, l, comp, d)) ++counts[levelIndex(ctx, *level)];
    return mergeBands(counts, ctx.policy.minBand(), ctx.masteredIndex);
}

std::optional<int> masteredAsOf(const Context& ctx, const Group& learners,
                                const std::string& competencyId, Days d) {
    const auto bands = bandsOf(ctx, learners, competencyId, d);
    return masteredPercent(bands, bandPercents(bands), ctx.masteredIndex);
}

LangText changeText(const Context& ctx, const Group& counted, const std::string& competencyId) {
    const auto& termStart = ctx.content.school.termStart;
    const auto start = termStart ? termStart : ctx.index.firstDate();
    if (!start) return {};
    const Days window = *start + std::chrono::days{13};
    if (ctx.today <= window) return {};
    const Group cohort = countedOn(ctx, counted, competencyId, window);
    const int k = ctx.policy.minGroup();
    if (static_cast<int>(cohort.size()) < k) return {};
    // The bar counts `counted`; the change line's cohort may not differ from it by 1 to k-1.
    if (const auto rest = static_cast<int>(counted.size() - cohort.size()); rest > 0 && rest < k)
        return {};
    const auto now = masteredAsOf(ctx, cohort, competencyId, ctx.today);
    const auto then = masteredAsOf(ctx, cohort, competencyId, window);
    if (!now || !then) return {};
    const int diff = *now - *then;
    const Phrase key = diff > 0   ? Phrase::ChangeUp
                       : diff < 0 ? Phrase::ChangeDown
                                  : Phrase::ChangeNone;
    return perLanguage(ctx, [&](const std::string& lang) {
        return phrase(key, lang, {std::to_string(std::abs(diff)), shortDate(*start, lang)});
    });
}

LangText bandLabel(const Context& ctx, const BandCount& band) {
    LangText out;
    for (const auto& lang : ctx.langs) {
        std::string label = pickText(ctx.levels[band.first].label, lang, ctx.langs);
        if (band.last != band.first)
            label += " – " + pickText(ctx.levels[band.last].label, lang, ctx.langs);
        out[lang] = label;
    }
    return out;
}

LangText shareText(const Context& ctx, const BandCount& band, int percent, int total) {
    const ShareCoding coding = codeShare(band.count, total);
    return perLanguage(ctx, [&](const std::string& lang) {
        if (coding == ShareCoding::Above95) return phrase(Phrase::ShareAbove95, lang);
        if (coding == ShareCoding::Below5) return phrase(Phrase::ShareBelow5, lang);
        return phrase(Phrase::SharePercent, lang, {std::to_string(percent)});
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

std::vector<ProgressBand> progressBands(const Context& ctx, const Group& counted,
                                        const std::string& competencyId) {
    const auto bands = bandsOf(ctx, counted, competencyId, ctx.today);
    const auto percents = bandPercents(bands);
    std::vector<ProgressBand> out;
    for (std::size_t i = 0; i < bands.size() && i < percents.size(); ++i) {
        const auto& b = bands[i];
        out.push_back({ctx.levels[b.first].rank, ctx.levels[b.last].rank, bandLabel(ctx, b),
                       bandColor(ctx, b), percents[i],
                       shareText(ctx, b, percents[i], static_cast<int>(counted.size()))});
    }
    return out;
}

// How a slide's rows relate to the other slides. Section slides leave out the `withheld` rows
// and record their shown learners in `record`; grade slides leave out a row whose learners
// outside `check` number 1 to minGroup-1 (a guard: complementary suppression already rules that
// out).
struct RowRules {
    Coverage* record = nullptr;
    const Coverage* check = nullptr;
    const Withheld* withheld = nullptr;
    int sectionKey = -1; // the slide's section (Withheld), for section slides
};

// A row over `counted`, the group's learners counted on `comp` (at least minGroup of them).
std::optional<CompetencyProgress> progressRow(const Context& ctx, const Competency& comp,
                                              const Group& counted, const RowRules& rules) {
    const int k = ctx.policy.minGroup();
    const int index = ctx.index.competencyIndex(comp.id);
    if (rules.check) {
        const auto outside = std::count_if(counted.begin(), counted.end(), [&](const Learner* l) {
            return !rules.check->contains(learnerKey(ctx, l), index);
        });
        if (outside > 0 && outside < k) return std::nullopt;
    }
    if (rules.record)
        for (const auto* l : counted)
            rules.record->add(learnerKey(ctx, l), index);
    return CompetencyProgress{comp.id, comp.code, comp.title, progressBands(ctx, counted, comp.id),
                              changeText(ctx, counted, comp.id)};
}

struct SlideHeader {
    std::string kind;
    std::string id;
    LangText title;
};

int learnersWithData(const Context& ctx, const Group& group,
                     const std::vector<const Competency*>& comps) {
    std::vector<int> indexes;
    for (const auto* c : comps)
        indexes.push_back(ctx.index.competencyIndex(c->id));
    return static_cast<int>(std::count_if(group.begin(), group.end(), [&](const Learner* l) {
        return std::any_of(indexes.begin(), indexes.end(),
                           [&](int c) { return learnerLevel(ctx, l, c, ctx.today).has_value(); });
    }));
}

// Calls `f` for each competency of `domain` on which a row of `group` is large enough to show,
// with the learners it counts: at least minGroup of the group have evidence in the domain and at
// least minGroup on the competency.
void forEachSizedRow(const Context& ctx, const Domain& domain, const Group& group,
                     const std::function<void(const Competency&, const Group&)>& f) {
    const int k = ctx.policy.minGroup();
    const auto& comps = competenciesOf(ctx, domain);
    if (ctx.levels.empty() || learnersWithData(ctx, group, comps) < k) return;
    for (const auto* comp : comps)
        if (Group counted = countedOn(ctx, group, comp->id, ctx.today);
            static_cast<int>(counted.size()) >= k)
            f(*comp, counted);
}

ProgressSlideData progressSlide(const Context& ctx, const SlideHeader& header, const Domain& domain,
                                const Group& group, const RowRules& rules) {
    ProgressSlideData slide{header.kind,  header.id, header.title, domain.id,
                            domain.title, false,     {},           {}};
    bool withheldAny = false;
    forEachSizedRow(ctx, domain, group, [&](const Competency& comp, const Group& counted) {
        if (rules.withheld &&
            rules.withheld->contains({rules.sectionKey, ctx.index.competencyIndex(comp.id)}))
            withheldAny = true;
        else if (auto row = progressRow(ctx, comp, counted, rules))
            slide.rows.push_back(std::move(*row));
    });
    if (slide.rows.empty()) {
        // "Fewer than k learners" would be false for a row withheld only to protect another group.
        const Phrase why =
            withheldAny ? Phrase::SuppressedForOtherGroup : Phrase::SuppressedSmallGroup;
        slide.suppressed = true;
        slide.suppressedText = perLanguage(ctx, [&](const std::string& lang) {
            return phrase(why, lang, {std::to_string(ctx.policy.minGroup())});
        });
    }
    return slide;
}

// ---- [suppression] ---------------------------------------------------------------------------

// The rows of one group large enough to show, as cells for complementary suppression.
void addCells(const Context& ctx, const std::string& id, const Group& group,
              std::vector<SuppressionCellIndexed>& cells) {
    for (const auto* d : sortedDomains(ctx))
        forEachSizedRow(ctx, *d, group, [&](const Competency& comp, const Group& counted) {
            SuppressionCellIndexed cell{id, ctx.index.competencyIndex(comp.id), {}};
            cell.learners.reserve(counted.size());
            for (const auto* l : counted)
                cell.learners.push_back(learnerKey(ctx, l));
            cells.push_back(std::move(cell));
        });
}

// The section rows to leave out so that no shown grade row, minus the shown section rows,
// isolates 1 to minGroup-1 learners (Privacy.hpp, complementarySuppression).
Withheld complementRows(const Context& ctx) {
    std::vector<SuppressionCellIndexed> sections, grades;
    for (const auto* s : sortedSections(ctx))
        addCells(ctx, s->id, sectionGroup(ctx, s->id), sections);
    for (int g : allGrades(ctx))
        addCells(ctx, std::to_string(g), gradeGroup(ctx, g), grades);
    Withheld out;
    for (std::size_t i : complementarySuppression(sections, grades, ctx.policy.minGroup()))
        out.insert({sectionKey(ctx, sections[i].id), sections[i].competency});
    return out;
}

std::vector<ProgressSlideData> sectionSlides(const Context& ctx, const Withheld& withheld,
                                             Coverage& coverage) {
    std::vector<ProgressSlideData> out;
    for (const auto* s : sortedSections(ctx)) {
        const Group& group = sectionGroup(ctx, s->id);
        const SlideHeader header{"section", s->id, localized(ctx, {{ctx.langs.front(), s->name}})};
        const RowRules rules{&coverage, nullptr, &withheld, sectionKey(ctx, s->id)};
        for (const auto* d : sortedDomains(ctx))
            out.push_back(progressSlide(ctx, header, *d, group, rules));
    }
    return out;
}

std::vector<ProgressSlideData> gradeSlides(const Context& ctx, const Coverage& coverage) {
    std::vector<ProgressSlideData> out;
    for (int g : allGrades(ctx)) {
        const Group& group = gradeGroup(ctx, g);
        const SlideHeader header{"grade", std::to_string(g),
                                 perLanguage(ctx, [&](auto& lang) { return gradeTitle(g, lang); })};
        for (const auto* d : sortedDomains(ctx))
            out.push_back(progressSlide(ctx, header, *d, group, {nullptr, &coverage, nullptr, -1}));
    }
    return out;
}

} // namespace lantern::detail

namespace lantern {
namespace {

using namespace detail;

// ---- [entry] ---------------------------------------------------------------------------------

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
    const Context ctx = makeContext(content, policy, today);
    PublicContent out;
    out.schoolName = content.school.name;
    out.languages = ctx.langs;
    out.habits = habitSlides(content);
    const Withheld withheld = complementRows(ctx);
    Coverage coverage(ctx);
    out.sectionProgress = sectionSlides(ctx, withheld, coverage);
    out.gradeProgress = gradeSlides(ctx, coverage);
    out.celebrations = celebrationCards(ctx);
    out.mission = missionText(ctx);
    out.announcements = announcementSlides(ctx);
    out.quotes = quoteSlides(ctx);
    out.classWalls = classWallSlides(ctx, withheld);
    out.gradeBoard = gradeBoardSlide(ctx);
    out.spotlights = spotlightSlides(ctx, withheld);
    return out;
}

} // namespace lantern
