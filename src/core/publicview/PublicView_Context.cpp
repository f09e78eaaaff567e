// PublicView's shared context: the counts, ordered lookups and the shared progress arithmetic,
// built once per buildPublicContent so that every slide reads the same figures.
#include "core/model/ContentLookup.hpp"
#include "core/publicview/PublicViewDetail.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <functional>
#include <span>

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
    for (int g : ctx.counts.grades())
        ctx.grades.insert(g);
    for (std::size_t i = 0; i < content.sections.size(); ++i) {
        const Section& s = content.sections[i];
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

// ---- [units] ---------------------------------------------------------------------------------

namespace {

// One class's, or the pool's, counts on a competency: learners with a level today (n), in the
// start cohort (c), and their levels for each figure.
struct Part {
    int n = 0, c = 0;
    std::vector<int> now, start, today, four;
    explicit Part(std::size_t levels) : now(levels), start(levels), today(levels), four(levels) {}
};

void addSpan(std::vector<int>& to, std::span<const int> from) {
    for (std::size_t i = 0; i < to.size() && i < from.size(); ++i)
        to[i] += from[i];
}

void addVec(std::vector<int>& to, const std::vector<int>& from) {
    addSpan(to, std::span<const int>(from));
}

int sum(std::span<const int> v) {
    int n = 0;
    for (int x : v)
        n += x;
    return n;
}

// A unit (a class of at least k, or the pool) goes into the figure; its cohort only when the
// cohort and the rest of the unit are each 0 or at least k ("clean"), so that no cohort figure
// and no figure of today's levels subtract into a smaller group.
void include(const Part& unit, int k, Figures& f) {
    addVec(f.now, unit.now);
    const int rest = unit.n - unit.c;
    if (unit.c >= k && (rest == 0 || rest >= k)) {
        addVec(f.start, unit.start);
        addVec(f.startToday, unit.today);
        addVec(f.fourWeeks, unit.four);
    } else {
        f.excludedCohort += unit.c;
    }
}

Figures gradeFigures(const Context& ctx, int grade, int comp) {
    const auto levels = static_cast<std::size_t>(ctx.counts.levelCount());
    Figures f{std::vector<int>(levels), std::vector<int>(levels), std::vector<int>(levels),
              std::vector<int>(levels)};
    if (comp < 0) return f;
    const int k = ctx.policy.minGroup();
    Part pool(levels);
    for (int cls : ctx.counts.classesOfGrade(grade)) {
        const auto now = ctx.counts.classLevels(cls, comp, Figure::Now);
        const int n = sum(now);
        if (n == 0) continue;
        Part part(levels);
        Part& into = n >= k ? part : pool;
        const auto start = ctx.counts.classLevels(cls, comp, Figure::Start);
        into.n += n;
        into.c += sum(start);
        addSpan(into.now, now);
        addSpan(into.start, start);
        addSpan(into.today, ctx.counts.classLevels(cls, comp, Figure::StartToday));
        addSpan(into.four, ctx.counts.classLevels(cls, comp, Figure::StartFourWeeksAgo));
        if (n >= k) include(part, k, f);
    }
    if (pool.n >= k) {
        include(pool, k, f);
    } else {
        f.excluded += pool.n;
        f.excludedCohort += pool.c;
    }
    return f;
}

Figures sectionFigures(const Context& ctx, const std::string& sectionId, const std::string& comp) {
    const auto group = ProgressGroup::section(sectionId);
    return {ctx.counts.levels(group, comp, Figure::Now),
            ctx.counts.levels(group, comp, Figure::Start),
            ctx.counts.levels(group, comp, Figure::StartToday),
            ctx.counts.levels(group, comp, Figure::StartFourWeeksAgo)};
}

} // namespace

const Figures& figuresOf(const Context& ctx, const ProgressGroup& group,
                         const std::string& competencyId) {
    const int comp = ctx.counts.competencyIndex(competencyId);
    if (group.kind == ProgressGroup::Kind::Section) {
        // Keyed apart from grades: a section's key is at least 0, a grade's slot below -1.
        const std::pair<int, int> key{sectionKey(ctx, group.sectionId) + (1 << 20), comp};
        if (const auto it = ctx.figures.find(key); it != ctx.figures.end()) return it->second;
        return ctx.figures.emplace(key, sectionFigures(ctx, group.sectionId, competencyId))
            .first->second;
    }
    const int grade = group.kind == ProgressGroup::Kind::Grade ? group.grade : -(1 << 20);
    const std::pair<int, int> key{grade, comp};
    if (const auto it = ctx.figures.find(key); it != ctx.figures.end()) return it->second;
    if (group.kind == ProgressGroup::Kind::Grade)
        return ctx.figures.emplace(key, gradeFigures(ctx, grade, comp)).first->second;
    const auto levels = static_cast<std::size_t>(ctx.counts.levelCount());
    Figures school{std::vector<int>(levels), std::vector<int>(levels), std::vector<int>(levels),
                   std::vector<int>(levels)};
    for (int g : ctx.grades) {
        const Figures& f = figuresOf(ctx, ProgressGroup::ofGrade(g), competencyId);
        addVec(school.now, f.now);
        addVec(school.start, f.start);
        addVec(school.startToday, f.startToday);
        addVec(school.fourWeeks, f.fourWeeks);
        school.excluded += f.excluded;
        school.excludedCohort += f.excludedCohort;
    }
    return ctx.figures.emplace(key, std::move(school)).first->second;
}

std::vector<int> levelsOf(const Context& ctx, const ProgressGroup& group,
                          const std::string& competencyId, Figure figure) {
    // A section's figures are its own counts: read them straight, without a copy to keep.
    if (group.kind == ProgressGroup::Kind::Section)
        return ctx.counts.levels(group, competencyId, figure);
    const Figures& f = figuresOf(ctx, group, competencyId);
    switch (figure) {
    case Figure::Now:
        return f.now;
    case Figure::Start:
        return f.start;
    case Figure::StartToday:
        return f.startToday;
    case Figure::StartFourWeeksAgo:
        return f.fourWeeks;
    }
    return f.now;
}

int countOf(const Context& ctx, const ProgressGroup& group, const std::string& competencyId,
            Figure figure) {
    if (group.kind == ProgressGroup::Kind::Section)
        return ctx.counts.count(group, competencyId, figure);
    const auto levels = levelsOf(ctx, group, competencyId, figure);
    return sum(levels);
}

const DomainFigures& domainFiguresOf(const Context& ctx, int grade, const std::string& domainId) {
    const int domain = ctx.counts.domainIndex(domainId);
    const std::pair<int, int> key{grade, domain};
    if (const auto it = ctx.domainFigures.find(key); it != ctx.domainFigures.end())
        return it->second;
    const auto levels = static_cast<std::size_t>(ctx.counts.levelCount());
    DomainFigures f{std::vector<int>(levels), 0};
    std::vector<int> pool(levels);
    int poolN = 0;
    const int k = ctx.policy.minGroup();
    for (int cls : domain < 0 ? std::vector<int>{} : ctx.counts.classesOfGrade(grade)) {
        const auto d = ctx.counts.classDomainLevels(cls, domain);
        const int n = sum(d);
        if (n >= k) {
            addSpan(f.levels, d);
        } else {
            addSpan(pool, d);
            poolN += n;
        }
    }
    if (poolN >= k)
        addVec(f.levels, pool);
    else
        f.excluded = poolN;
    return ctx.domainFigures.emplace(key, std::move(f)).first->second;
}

int assessedIn(const Context& ctx, const ProgressGroup& group, const std::string& domainId) {
    return ctx.counts.inDomain(group, domainId);
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
                screenLanguages(content),
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

LangText emptyText(const Context& ctx, Empty why) {
    const Phrase key =
        why == Empty::NoEvidence ? Phrase::NoEvidenceYet : Phrase::SuppressedSmallGroup;
    return perLanguage(ctx, [&](const std::string& lang) {
        return phrase(key, lang, {std::to_string(ctx.policy.minGroup())});
    });
}

LangText smallClassesNote(const Context& ctx) {
    return perLanguage(ctx, [&](const std::string& lang) {
        return phrase(Phrase::SmallClassesNotCounted, lang,
                      {std::to_string(ctx.policy.minGroup())});
    });
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
