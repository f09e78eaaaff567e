#include "core/publicview/PublicView.hpp"

#include "core/model/Color.hpp"
#include "core/publicview/PublicViewDetail.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <functional>
#include <numeric>
#include <set>
#include <utility>

// Sections: [progress] rows and slides, [suppression] (and the section and grade slides it
// shapes), [entry]. The context is built in PublicView_Context.cpp, the other slides in
// PublicView_Celebrations.cpp.
//
// Call flow:
//   buildPublicContent
//   ├─ complementRows ─ forEachSizedRow, complementarySuppression
//   ├─ sectionSlides, gradeSlides ─ progressSlide ─ progressRow ─ progressBands, changeText
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

// How a slide's rows relate to the other slides. Section slides leave out the `withheld` rows
// and record their shown rows in `record`; grade slides leave out a row whose learners not on
// shown section rows (`check`) number 1 to minGroup-1 (a guard: complementary suppression
// already rules that out).
struct RowRules {
    Coverage* record = nullptr;
    const Coverage* check = nullptr;
    const Withheld* withheld = nullptr;
    int sectionKey = -1; // the slide's section (Withheld), for section slides
};

// A row over the `counted` learners of the group on `comp` (at least minGroup of them).
std::optional<CompetencyProgress> progressRow(const Context& ctx, const Competency& comp,
                                              const ProgressGroup& group, int counted,
                                              const RowRules& rules) {
    const int k = ctx.policy.minGroup();
    if (rules.check) {
        const int outside = counted - rules.check->covered(ctx, comp.id, group.grade);
        if (outside > 0 && outside < k) return std::nullopt;
    }
    if (rules.record) rules.record->add(ctx, group.sectionId, comp.id);
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
        if (!ctx.levels.empty() && ctx.counts.inDomain(group, domain.id) >= k)
            for (const auto* comp : competenciesOf(ctx, domain))
                if (const int counted = ctx.counts.count(group, comp->id, Figure::Now);
                    counted >= k)
                    rows.emplace_back(comp, counted);
        it = ctx.sizedRows.emplace(key, std::move(rows)).first;
    }
    for (const auto& [comp, counted] : it->second)
        f(*comp, counted);
}

ProgressSlideData progressSlide(const Context& ctx, const SlideHeader& header, const Domain& domain,
                                const ProgressGroup& group, const RowRules& rules) {
    ProgressSlideData slide{header.kind,  header.id, header.title, domain.id,
                            domain.title, false,     {},           {}};
    bool withheldAny = false;
    forEachSizedRow(ctx, domain, group, [&](const Competency& comp, int counted) {
        if (rules.withheld &&
            rules.withheld->contains({rules.sectionKey, competencyKey(ctx, comp.id)}))
            withheldAny = true;
        else if (auto row = progressRow(ctx, comp, group, counted, rules))
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

// The section rows to leave out so that no shown grade row, minus the shown section rows,
// isolates 1 to minGroup-1 learners (Privacy.hpp, complementarySuppression over counts: the
// sections partition the learners).
Withheld complementRows(const Context& ctx) {
    std::vector<SuppressionCount> sections, grades;
    for (const auto* s : ctx.sections)
        for (const auto* d : sortedDomains(ctx))
            forEachSizedRow(ctx, *d, ProgressGroup::section(s->id),
                            [&](const Competency& comp, int) {
                                sections.push_back({s->id, competencyKey(ctx, comp.id),
                                                    ctx.counts.nowByGrade(s->id, comp.id)});
                            });
    for (int g : ctx.grades)
        for (const auto* d : sortedDomains(ctx))
            forEachSizedRow(ctx, *d, ProgressGroup::ofGrade(g),
                            [&](const Competency& comp, int counted) {
                                grades.push_back({"", competencyKey(ctx, comp.id), {{g, counted}}});
                            });
    Withheld out;
    for (std::size_t i : complementarySuppression(sections, grades, ctx.policy.minGroup()))
        out.insert({sectionKey(ctx, sections[i].id), sections[i].competency});
    return out;
}

bool inScope(const PublicScope& scope, const std::string& sectionId) {
    return !scope.sections || scope.sections->contains(sectionId);
}

// A section outside the scope: its rows as the grade slides' coverage, without their texts.
void coverSection(const Context& ctx, const Withheld& withheld, const Section& section,
                  Coverage& coverage) {
    const int key = sectionKey(ctx, section.id);
    for (const auto* d : sortedDomains(ctx))
        forEachSizedRow(ctx, *d, ProgressGroup::section(section.id),
                        [&](const Competency& comp, int) {
                            if (!withheld.contains({key, competencyKey(ctx, comp.id)}))
                                coverage.add(ctx, section.id, comp.id);
                        });
}

std::vector<ProgressSlideData> sectionSlides(const Context& ctx, const Withheld& withheld,
                                             const PublicScope& scope, Coverage& coverage) {
    std::vector<ProgressSlideData> out;
    for (const auto* s : ctx.sections) {
        if (!inScope(scope, s->id)) {
            coverSection(ctx, withheld, *s, coverage);
            continue;
        }
        const SlideHeader header{"section", s->id, localized(ctx, {{ctx.langs.front(), s->name}})};
        const RowRules rules{&coverage, nullptr, &withheld, sectionKey(ctx, s->id)};
        for (const auto* d : sortedDomains(ctx))
            out.push_back(progressSlide(ctx, header, *d, ProgressGroup::section(s->id), rules));
    }
    return out;
}

std::vector<ProgressSlideData> gradeSlides(const Context& ctx, const Coverage& coverage) {
    std::vector<ProgressSlideData> out;
    for (int g : ctx.grades) {
        const SlideHeader header{"grade", std::to_string(g),
                                 perLanguage(ctx, [&](auto& lang) { return gradeTitle(g, lang); })};
        for (const auto* d : sortedDomains(ctx))
            out.push_back(progressSlide(ctx, header, *d, ProgressGroup::ofGrade(g),
                                        {nullptr, &coverage, nullptr, -1}));
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
    return buildPublicContent(content, policy,
                              ProgressCounts(content, MasteryData::from(content.evidence), today));
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
    const Withheld withheld = complementRows(ctx);
    Coverage coverage;
    out.sectionProgress = sectionSlides(ctx, withheld, scope, coverage);
    out.gradeProgress = gradeSlides(ctx, coverage);
    out.celebrations = celebrationCards(ctx);
    out.mission = missionText(ctx);
    out.announcements = announcementSlides(ctx);
    out.quotes = quoteSlides(ctx);
    out.classWalls = classWallSlides(ctx, withheld, scope);
    out.gradeBoard = gradeBoardSlide(ctx);
    out.spotlights = spotlightSlides(ctx, withheld);
    return out;
}

} // namespace lantern
