// PublicView's shared context: the counts, ordered lookups and the shared progress arithmetic,
// built once per buildPublicContent so that every slide reads the same figures.
#include "core/publicview/PublicViewDetail.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <functional>

namespace lantern::detail {
namespace {

std::vector<MasteryLevel> sortedLevels(const MasteryScale& scale) {
    auto levels = scale.levels;
    std::sort(levels.begin(), levels.end(),
              [](const MasteryLevel& a, const MasteryLevel& b) { return a.rank < b.rank; });
    return levels;
}

void addLookups(Context& ctx) {
    const auto& content = ctx.content;
    for (const auto& l : content.learners) {
        ctx.grades.insert(l.grade);
        ctx.learnerGrades.insert(l.grade);
    }
    for (std::size_t i = 0; i < content.sections.size(); ++i) {
        const Section& s = content.sections[i];
        ctx.grades.insert(s.grade);
        if (ctx.sectionKeys.emplace(s.id, static_cast<int>(i)).second) ctx.sections.push_back(&s);
    }
    std::sort(ctx.sections.begin(), ctx.sections.end(),
              [](const Section* a, const Section* b) { return a->id < b->id; });
    for (std::size_t i = 0; i < content.competencies.size(); ++i)
        ctx.competencyKeys.emplace(content.competencies[i].id, static_cast<int>(i));
    for (const auto& d : content.domains) {
        auto& comps = ctx.domainCompetencies[d.id];
        comps.clear();
        for (const auto& c : content.competencies)
            if (c.domainId == d.id &&
                ctx.competencyKeys.at(c.id) == &c - content.competencies.data())
                comps.push_back(&c);
        std::sort(comps.begin(), comps.end(), [](const Competency* a, const Competency* b) {
            return std::tie(a->sortOrder, a->id) < std::tie(b->sortOrder, b->id);
        });
    }
}

} // namespace

const LangText& textOnce(const Context& ctx, std::array<int, 3> key,
                         const std::function<LangText()>& make) {
    if (const auto it = ctx.texts.find(key); it != ctx.texts.end()) return it->second;
    return ctx.texts.emplace(key, make()).first->second;
}

int sectionKey(const Context& ctx, const std::string& sectionId) {
    const auto it = ctx.sectionKeys.find(sectionId);
    return it == ctx.sectionKeys.end() ? -1 : it->second;
}

int competencyKey(const Context& ctx, const std::string& competencyId) {
    const auto it = ctx.competencyKeys.find(competencyId);
    return it == ctx.competencyKeys.end() ? -1 : it->second;
}

void Coverage::add(const Context& ctx, const std::string& sectionId,
                   const std::string& competencyId) {
    const int comp = competencyKey(ctx, competencyId);
    if (!m_rows.emplace(sectionKey(ctx, sectionId), comp).second) return;
    for (const auto& [grade, learners] : ctx.counts.nowByGrade(sectionId, competencyId))
        m_covered[{comp, grade}] += learners;
}

int Coverage::covered(const Context& ctx, const std::string& competencyId, int grade) const {
    const auto it = m_covered.find({competencyKey(ctx, competencyId), grade});
    return it == m_covered.end() ? 0 : it->second;
}

std::vector<int> levelsOf(const Context& ctx, const ProgressGroup& group,
                          const std::string& competencyId, Figure figure) {
    return ctx.counts.levels(group, competencyId, figure);
}

std::vector<BandCount> bandsOf(const Context& ctx, const std::vector<int>& levels) {
    return mergeBands(levels, ctx.policy.minBand(), ctx.masteredIndex);
}

std::optional<int> masteredOf(const Context& ctx, const std::vector<int>& levels) {
    const auto bands = bandsOf(ctx, levels);
    return masteredPercent(bands, bandPercents(bands), ctx.masteredIndex);
}

Context makeContext(const SchoolContent& content, const PrivacyPolicy& policy,
                    const ProgressCounts& counts) {
    Context ctx{content,
                policy,
                counts,
                counts.today(),
                content.school.languages,
                sortedLevels(content.scale)};
    if (ctx.langs.empty()) ctx.langs = {"en"};
    addLookups(ctx);
    const auto& lv = ctx.levels;
    ctx.masteredIndex = static_cast<int>(
        std::find_if(lv.begin(), lv.end(),
                     [&](const MasteryLevel& l) { return l.rank >= content.scale.masteredRank; }) -
        lv.begin());
    return ctx;
}

// Lantern's own wording for every school language, via the school's first language when a
// language has no phrase table.
LangText perLanguage(const Context& ctx, const std::function<std::string(const std::string&)>& f) {
    const std::string& first = ctx.langs.front();
    LangText out;
    for (const auto& lang : ctx.langs)
        out[lang] = f(hasPhrases(lang) || !hasPhrases(first) ? lang : first);
    return out;
}

LangText localized(const Context& ctx, const LangText& text) {
    LangText out;
    for (const auto& lang : ctx.langs)
        out[lang] = pickText(text, lang, ctx.langs);
    return out;
}

const std::vector<const Competency*>& competenciesOf(const Context& ctx, const Domain& domain) {
    static const std::vector<const Competency*> none;
    const auto it = ctx.domainCompetencies.find(domain.id);
    return it == ctx.domainCompetencies.end() ? none : it->second;
}

std::vector<const Domain*> sortedDomains(const Context& ctx) {
    std::vector<const Domain*> out;
    for (const auto& d : ctx.content.domains)
        out.push_back(&d);
    std::sort(out.begin(), out.end(), [](const Domain* a, const Domain* b) {
        return std::tie(a->sortOrder, a->id) < std::tie(b->sortOrder, b->id);
    });
    return out;
}

} // namespace lantern::detail
