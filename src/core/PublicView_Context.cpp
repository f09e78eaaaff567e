// PublicView's shared context: learner groups, per-day level tables and ordered lookups, built
// once per buildPublicContent so that every slide reads the same figures cheaply.
#include "core/PublicViewDetail.hpp"

#include "core/Strings.hpp"

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

// The level as of `day` from a whole trail ordered by (day, level), or nullopt.
std::optional<int> levelFromTrail(const Context& ctx, std::span<const MasteryMark> trail,
                                  std::int32_t day) {
    const auto after =
        std::upper_bound(trail.begin(), trail.end(), day,
                         [](std::int32_t d, const MasteryMark& m) { return d < m.day; });
    if (after == trail.begin()) return std::nullopt;
    return levelOf(trail.first(static_cast<std::size_t>(after - trail.begin())), ctx.index.rule());
}

// Fills the table; false when a level does not fit its cells.
bool fillTable(const Context& ctx, LevelTable& table) {
    const auto comps = static_cast<std::size_t>(ctx.competencyCount);
    table.levels.assign(ctx.learnerSlots.size() * comps, LevelTable::kNoLevel);
    const std::int32_t day = dayNumber(table.day);
    bool fits = true;
    for (std::size_t slot = 0; slot < ctx.learnerSlots.size(); ++slot)
        ctx.index.data().forEachTrail(ctx.learnerSlots[slot], [&](int comp, auto trail) {
            const auto level = levelFromTrail(ctx, trail, day);
            if (!level) return;
            fits = fits && *level > LevelTable::kNoLevel && *level <= INT8_MAX;
            table.levels[slot * comps + static_cast<std::size_t>(comp)] =
                static_cast<std::int8_t>(*level);
        });
    return fits;
}

// The days the slides ask about: today, and when it has passed, the start window (termStart or
// the first evidence, plus 13 days) and four weeks ago.
std::vector<Days> tableDays(const Context& ctx) {
    std::vector<Days> days{ctx.today};
    const auto start =
        ctx.content.school.termStart ? ctx.content.school.termStart : ctx.index.firstDate();
    if (!start) return days;
    const Days window = *start + std::chrono::days{13};
    if (ctx.today <= window) return days;
    days.push_back(window);
    if (const Days fourWeeks = ctx.today - std::chrono::days{28}; fourWeeks > window)
        days.push_back(fourWeeks);
    return days;
}

void addLevelTables(Context& ctx) {
    for (Days d : tableDays(ctx)) {
        LevelTable table{d, {}};
        if (!fillTable(ctx, table)) {
            ctx.levelTables.clear(); // levelAt answers instead
            return;
        }
        ctx.levelTables.push_back(std::move(table));
    }
}

void addLookups(Context& ctx) {
    const auto& content = ctx.content;
    std::unordered_map<std::string, int> firstOfId;
    for (std::size_t i = 0; i < content.learners.size(); ++i) {
        const Learner& l = content.learners[i];
        ctx.learnerSlots.push_back(ctx.index.learnerIndex(l.id));
        ctx.learnerKeys.push_back(firstOfId.emplace(l.id, static_cast<int>(i)).first->second);
        ctx.sectionGroups[l.sectionId].push_back(&l);
        ctx.gradeGroups[l.grade].push_back(&l);
    }
    for (std::size_t i = 0; i < content.sections.size(); ++i)
        ctx.sectionKeys.emplace(content.sections[i].id, static_cast<int>(i));
    for (const auto& d : content.domains) {
        auto& comps = ctx.domainCompetencies[d.id];
        comps.clear();
        for (const auto& c : content.competencies)
            if (c.domainId == d.id) comps.push_back(&c);
        std::sort(comps.begin(), comps.end(), [](const Competency* a, const Competency* b) {
            return std::tie(a->sortOrder, a->id) < std::tie(b->sortOrder, b->id);
        });
    }
}

} // namespace

int learnerSlot(const Context& ctx, const Learner* learner) {
    const Learner* first = ctx.content.learners.data();
    const std::less<const Learner*> before;
    const bool listed = !before(learner, first) && before(learner, first + ctx.learnerSlots.size());
    return listed ? static_cast<int>(learner - first) : -1;
}

int learnerKey(const Context& ctx, const Learner* learner) {
    const int slot = learnerSlot(ctx, learner);
    return slot < 0 ? -1 : ctx.learnerKeys[static_cast<std::size_t>(slot)];
}

int sectionKey(const Context& ctx, const std::string& sectionId) {
    const auto it = ctx.sectionKeys.find(sectionId);
    return it == ctx.sectionKeys.end() ? -1 : it->second;
}

std::optional<int> learnerLevel(const Context& ctx, const Learner* learner, int comp, Days d) {
    const int slot = learnerSlot(ctx, learner);
    if (slot < 0) return ctx.index.levelAt(ctx.index.learnerIndex(learner->id), comp, d);
    if (comp < 0) return std::nullopt;
    for (const auto& t : ctx.levelTables)
        if (t.day == d) {
            const std::int8_t level = t.levels[static_cast<std::size_t>(slot) *
                                                   static_cast<std::size_t>(ctx.competencyCount) +
                                               static_cast<std::size_t>(comp)];
            if (level == LevelTable::kNoLevel) return std::nullopt;
            return level;
        }
    return ctx.index.levelAt(ctx.learnerSlots[static_cast<std::size_t>(slot)], comp, d);
}

Context makeContext(const SchoolContent& content, const PrivacyPolicy& policy, Days today) {
    Context ctx{content,
                policy,
                today,
                MasteryIndex(content.evidence, content.scale),
                content.school.languages,
                sortedLevels(content.scale)};
    if (ctx.langs.empty()) ctx.langs = {"en"};
    ctx.competencyCount = ctx.index.data().competencies().size();
    addLookups(ctx);
    addLevelTables(ctx);
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

int levelIndex(const Context& ctx, int level) {
    int index = 0;
    for (int i = 0; i < static_cast<int>(ctx.levels.size()); ++i)
        if (ctx.levels[i].rank <= level) index = i;
    return index;
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

std::vector<const Section*> sortedSections(const Context& ctx) {
    std::vector<const Section*> sections;
    for (const auto& s : ctx.content.sections)
        sections.push_back(&s);
    std::sort(sections.begin(), sections.end(),
              [](const Section* a, const Section* b) { return a->id < b->id; });
    return sections;
}

std::set<int> allGrades(const Context& ctx) {
    std::set<int> grades;
    for (const auto& s : ctx.content.sections)
        grades.insert(s.grade);
    for (const auto& l : ctx.content.learners)
        grades.insert(l.grade);
    return grades;
}

const Group& sectionGroup(const Context& ctx, const std::string& sectionId) {
    static const Group none;
    const auto it = ctx.sectionGroups.find(sectionId);
    return it == ctx.sectionGroups.end() ? none : it->second;
}

const Group& gradeGroup(const Context& ctx, int grade) {
    static const Group none;
    const auto it = ctx.gradeGroups.find(grade);
    return it == ctx.gradeGroups.end() ? none : it->second;
}

} // namespace lantern::detail
