#include "core/PublicView.hpp"

#include "core/Color.hpp"

#include "core/Mastery.hpp"
#include "core/Strings.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <utility>

// Sections: [context] shared lookups, [progress] rows and slides, [celebrations],
// [announcements] (and the mission), [quotes], [entry].
namespace lantern {
namespace {

// ---- [context] -------------------------------------------------------------------------------

using Coverage = std::set<std::pair<std::string, std::string>>; // (learner, competency) shown
using Withheld = std::set<std::pair<std::string, std::string>>; // (section, competency) rows
using Group = std::vector<const Learner*>;

struct Context {
    const SchoolContent& content;
    const PrivacyPolicy& policy;
    Days today;
    MasteryIndex index;
    std::vector<std::string> langs;
    std::vector<MasteryLevel> levels; // by rank, ascending
    int masteredIndex = 0;
};

std::vector<MasteryLevel> sortedLevels(const MasteryScale& scale) {
    auto levels = scale.levels;
    std::sort(levels.begin(), levels.end(),
              [](const MasteryLevel& a, const MasteryLevel& b) { return a.rank < b.rank; });
    return levels;
}

Context makeContext(const SchoolContent& content, const PrivacyPolicy& policy, Days today) {
    Context ctx{content,
                policy,
                today,
                MasteryIndex(content.evidence),
                content.school.languages,
                sortedLevels(content.scale)};
    if (ctx.langs.empty()) ctx.langs = {"en"};
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

// ---- [progress] ------------------------------------------------------------------------------

Group countedOn(const Context& ctx, const Group& group, const std::string& competencyId, Days d) {
    Group counted;
    for (const auto* l : group)
        if (ctx.index.levelAsOf(l->id, competencyId, d)) counted.push_back(l);
    return counted;
}

std::vector<BandCount> bandsOf(const Context& ctx, const Group& learners,
                               const std::string& competencyId, Days d) {
    std::vector<int> counts(ctx.levels.size(), 0);
    for (const auto* l : learners)
        if (auto level = ctx.index.levelAsOf(l->id, competencyId, d))
            ++counts[levelIndex(ctx, *level)];
    return mergeBands(counts, ctx.policy.minBand(), ctx.masteredIndex);
}

std::optional<int> masteredAsOf(const Context& ctx, const Group& learners,
                                const std::string& competencyId, Days d) {
    const auto bands = bandsOf(ctx, learners, competencyId, d);
    return masteredPercent(bands, bandPercents(bands), ctx.masteredIndex);
}

LangText changeText(const Context& ctx, const Group& counted, const std::string& competencyId) {
    const auto start = ctx.index.firstDate();
    if (!start) return {};
    const Days window = *start + std::chrono::days{13};
    if (ctx.today <= window) return {};
    const Group cohort = countedOn(ctx, counted, competencyId, window);
    if (static_cast<int>(cohort.size()) < ctx.policy.minGroup()) return {};
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

std::vector<const Competency*> competenciesOf(const Context& ctx, const Domain& domain) {
    std::vector<const Competency*> out;
    for (const auto& c : ctx.content.competencies)
        if (c.domainId == domain.id) out.push_back(&c);
    std::sort(out.begin(), out.end(), [](const Competency* a, const Competency* b) {
        return std::tie(a->sortOrder, a->id) < std::tie(b->sortOrder, b->id);
    });
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
};

// A row over `counted`, the group's learners counted on `comp` (at least minGroup of them).
std::optional<CompetencyProgress> progressRow(const Context& ctx, const Competency& comp,
                                              const Group& counted, const RowRules& rules) {
    const int k = ctx.policy.minGroup();
    if (rules.check) {
        const auto outside = std::count_if(counted.begin(), counted.end(), [&](const Learner* l) {
            return !rules.check->contains({l->id, comp.id});
        });
        if (outside > 0 && outside < k) return std::nullopt;
    }
    if (rules.record)
        for (const auto* l : counted)
            rules.record->insert({l->id, comp.id});
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
    return static_cast<int>(std::count_if(group.begin(), group.end(), [&](const Learner* l) {
        return std::any_of(comps.begin(), comps.end(), [&](const Competency* c) {
            return ctx.index.levelAsOf(l->id, c->id, ctx.today).has_value();
        });
    }));
}

// Calls `f` for each competency of `domain` on which a row of `group` is large enough to show,
// with the learners it counts: at least minGroup of the group have evidence in the domain and at
// least minGroup on the competency.
void forEachSizedRow(const Context& ctx, const Domain& domain, const Group& group,
                     const std::function<void(const Competency&, const Group&)>& f) {
    const int k = ctx.policy.minGroup();
    const auto comps = competenciesOf(ctx, domain);
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
        if (rules.withheld && rules.withheld->contains({header.id, comp.id}))
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

std::vector<const Domain*> sortedDomains(const Context& ctx) {
    std::vector<const Domain*> out;
    for (const auto& d : ctx.content.domains)
        out.push_back(&d);
    std::sort(out.begin(), out.end(), [](const Domain* a, const Domain* b) {
        return std::tie(a->sortOrder, a->id) < std::tie(b->sortOrder, b->id);
    });
    return out;
}

Group learnersWhere(const Context& ctx, const std::function<bool(const Learner&)>& pred) {
    Group out;
    for (const auto& l : ctx.content.learners)
        if (pred(l)) out.push_back(&l);
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

Group sectionGroup(const Context& ctx, const std::string& sectionId) {
    return learnersWhere(ctx, [&](const Learner& l) { return l.sectionId == sectionId; });
}

Group gradeGroup(const Context& ctx, int grade) {
    return learnersWhere(ctx, [&](const Learner& l) { return l.grade == grade; });
}

// The rows of one group large enough to show, as cells for complementary suppression.
void addCells(const Context& ctx, const std::string& id, const Group& group,
              std::vector<SuppressionCell>& cells) {
    for (const auto* d : sortedDomains(ctx))
        forEachSizedRow(ctx, *d, group, [&](const Competency& comp, const Group& counted) {
            SuppressionCell cell{id, comp.id, {}};
            for (const auto* l : counted)
                cell.learnerIds.push_back(l->id);
            cells.push_back(std::move(cell));
        });
}

// The section rows to leave out so that no shown grade row, minus the shown section rows,
// isolates 1 to minGroup-1 learners (Privacy.hpp, complementarySuppression).
Withheld complementRows(const Context& ctx) {
    std::vector<SuppressionCell> sections, grades;
    for (const auto* s : sortedSections(ctx))
        addCells(ctx, s->id, sectionGroup(ctx, s->id), sections);
    for (int g : allGrades(ctx))
        addCells(ctx, std::to_string(g), gradeGroup(ctx, g), grades);
    Withheld out;
    for (std::size_t i : complementarySuppression(sections, grades, ctx.policy.minGroup()))
        out.insert({sections[i].id, sections[i].competencyId});
    return out;
}

std::vector<ProgressSlideData> sectionSlides(const Context& ctx, Coverage& coverage) {
    const Withheld withheld = complementRows(ctx);
    std::vector<ProgressSlideData> out;
    for (const auto* s : sortedSections(ctx)) {
        const Group group = sectionGroup(ctx, s->id);
        const SlideHeader header{"section", s->id, localized(ctx, {{ctx.langs.front(), s->name}})};
        for (const auto* d : sortedDomains(ctx))
            out.push_back(progressSlide(ctx, header, *d, group, {&coverage, nullptr, &withheld}));
    }
    return out;
}

std::vector<ProgressSlideData> gradeSlides(const Context& ctx, const Coverage& coverage) {
    std::vector<ProgressSlideData> out;
    for (int g : allGrades(ctx)) {
        const Group group = gradeGroup(ctx, g);
        const SlideHeader header{"grade", std::to_string(g),
                                 perLanguage(ctx, [&](auto& lang) { return gradeTitle(g, lang); })};
        for (const auto* d : sortedDomains(ctx))
            out.push_back(progressSlide(ctx, header, *d, group, {nullptr, &coverage, nullptr}));
    }
    return out;
}

// ---- [celebrations] --------------------------------------------------------------------------

bool isWordByte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) != 0;
}

// Replaces whole-word occurrences of `word` (case-sensitive).
void replaceWord(std::string& text, const std::string& word, const std::string& with) {
    if (word.empty()) return;
    for (std::size_t pos = text.find(word); pos != std::string::npos;) {
        const std::size_t end = pos + word.size();
        const bool whole = (pos == 0 || !isWordByte(text[pos - 1])) &&
                           (end == text.size() || !isWordByte(text[end]));
        if (!whole) {
            pos = text.find(word, pos + 1);
            continue;
        }
        text.replace(pos, word.size(), with);
        pos = text.find(word, pos + with.size());
    }
}

const Learner* findLearner(const Context& ctx, const std::optional<std::string>& id) {
    if (!id) return nullptr;
    for (const auto& l : ctx.content.learners)
        if (l.id == *id) return &l;
    return nullptr;
}

std::string whoText(const Context& ctx, const Celebration& c, const std::string& lang) {
    if (c.learnerId) {
        const Learner* l = findLearner(ctx, c.learnerId);
        return l ? publicLearnerName(*l, lang) : phrase(Phrase::SomeoneAtSchool, lang);
    }
    if (c.sectionId)
        for (const auto& s : ctx.content.sections)
            if (s.id == *c.sectionId) return s.name;
    if (c.grade && !c.sectionId) return gradeTitle(*c.grade, lang);
    return phrase(Phrase::OurSchool, lang);
}

std::string scrubNames(const Context& ctx, std::string text, const Learner* celebrated,
                       const std::string& lang) {
    for (const auto& l : ctx.content.learners)
        if (!l.givenName.empty() && !l.familyName.empty())
            replaceWord(text, l.givenName + " " + l.familyName, publicLearnerName(l, lang));
    if (celebrated) {
        const std::string who = publicLearnerName(*celebrated, lang);
        replaceWord(text, celebrated->familyName, who);
        if (!celebrated->consentNamePublic) replaceWord(text, celebrated->givenName, who);
    }
    return text;
}

bool showingOn(const Celebration& c, Days today) {
    return c.status == CelebrationStatus::Approved && (!c.showFrom || *c.showFrom <= today) &&
           (!c.showUntil || today <= *c.showUntil);
}

CelebrationCard celebrationCard(const Context& ctx, const Celebration& c) {
    CelebrationCard card{c.id, c.kind, {}, {}, {}, {}};
    const Learner* celebrated = findLearner(ctx, c.learnerId);
    const LangText text = localized(ctx, c.text);
    for (const auto& lang : ctx.langs)
        card.text[lang] = scrubNames(ctx, text.at(lang), celebrated, lang);
    card.who = perLanguage(ctx, [&](const std::string& lang) { return whoText(ctx, c, lang); });
    card.targets = c.targets;
    for (const auto& h : ctx.content.habits)
        if (c.habitId && h.id == *c.habitId) {
            card.habitName = h.name;
            card.habitColor = h.color;
        }
    return card;
}

std::vector<CelebrationCard> celebrationCards(const Context& ctx) {
    std::vector<const Celebration*> shown;
    for (const auto& c : ctx.content.celebrations)
        if (showingOn(c, ctx.today)) shown.push_back(&c);
    std::sort(shown.begin(), shown.end(), [](const Celebration* a, const Celebration* b) {
        return a->createdAt != b->createdAt ? a->createdAt > b->createdAt : a->id < b->id;
    });
    std::vector<CelebrationCard> out;
    for (const auto* c : shown)
        out.push_back(celebrationCard(ctx, *c));
    return out;
}

// ---- [announcements] -------------------------------------------------------------------------

bool showingOn(const Announcement& a, Days today) {
    const auto until = a.showUntil ? a.showUntil : a.eventDate;
    return (!a.showFrom || *a.showFrom <= today) && (!until || today <= *until);
}

std::string whenText(const Announcement& a, Days today, const std::string& lang) {
    if (!a.eventDate) return {};
    std::string out = longDate(*a.eventDate, lang);
    if (!a.countdown || today > *a.eventDate) return out;
    const auto days = (*a.eventDate - today).count();
    const std::string away = days == 0 ? phrase(Phrase::CountdownToday, lang)
                             : days == 1
                                 ? phrase(Phrase::CountdownTomorrow, lang)
                                 : phrase(Phrase::CountdownDays, lang, {std::to_string(days)});
    return out + " · " + away;
}

AnnouncementSlideData announcementSlide(const Context& ctx, const Announcement& a) {
    AnnouncementSlideData out{a.id, localized(ctx, a.title), localized(ctx, a.text), {}, a.targets};
    if (a.eventDate)
        out.when =
            perLanguage(ctx, [&](const std::string& lang) { return whenText(a, ctx.today, lang); });
    return out;
}

std::vector<AnnouncementSlideData> announcementSlides(const Context& ctx) {
    std::vector<const Announcement*> shown;
    for (const auto& a : ctx.content.announcements)
        if (showingOn(a, ctx.today)) shown.push_back(&a);
    std::sort(shown.begin(), shown.end(), [](const Announcement* a, const Announcement* b) {
        if (a->eventDate.has_value() != b->eventDate.has_value()) return a->eventDate.has_value();
        return std::tie(a->eventDate, a->id) < std::tie(b->eventDate, b->id);
    });
    std::vector<AnnouncementSlideData> out;
    for (const auto* a : shown)
        out.push_back(announcementSlide(ctx, *a));
    return out;
}

LangText missionText(const Context& ctx) {
    const LangText& m = ctx.content.school.mission;
    const bool any = std::any_of(m.begin(), m.end(), [](auto& e) { return !e.second.empty(); });
    return any ? localized(ctx, m) : LangText{};
}

// ---- [quotes] --------------------------------------------------------------------------------

std::string attributionText(const Quote& q, const Learner* learner, const std::string& lang) {
    std::string who;
    if (learner && learner->consentNamePublic && !learner->givenName.empty())
        who = publicLearnerName(*learner, lang) + ", " + graderNoun(learner->grade, lang);
    else if (learner)
        who = graderNoun(learner->grade, lang);
    else if (q.grade)
        who = graderNoun(*q.grade, lang);
    else
        who = phrase(Phrase::QuoteByStudent, lang);
    return "\u2014 " + who;
}

std::vector<QuoteSlideData> quoteSlides(const Context& ctx) {
    std::vector<QuoteSlideData> out;
    for (const auto& q : ctx.content.quotes) {
        const bool any =
            std::any_of(q.text.begin(), q.text.end(), [](auto& e) { return !e.second.empty(); });
        if (!q.approved || !any) continue;
        const Learner* learner = findLearner(ctx, q.learnerId);
        QuoteSlideData slide{q.id, {}, {}};
        const LangText text = localized(ctx, q.text);
        for (const auto& lang : ctx.langs)
            slide.text[lang] = scrubNames(ctx, text.at(lang), learner, lang);
        slide.attribution = perLanguage(
            ctx, [&](const std::string& lang) { return attributionText(q, learner, lang); });
        out.push_back(std::move(slide));
    }
    return out;
}

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
        out.push_back({h->id, h->name, h->meaning, h->indicators, h->color, h->icon});
    return out;
}

// The first UTF-8 character of `s`, or "".
std::string firstCharacter(const std::string& s) {
    if (s.empty()) return {};
    std::size_t len = 1;
    while (len < s.size() && (static_cast<unsigned char>(s[len]) & 0xC0) == 0x80)
        ++len;
    return s.substr(0, len);
}

} // namespace

std::string publicLearnerName(const Learner& learner, const std::string& lang) {
    if (!learner.consentNamePublic || learner.givenName.empty())
        return gradeLearner(learner.grade, lang);
    const std::string initial = firstCharacter(learner.familyName);
    return initial.empty() ? learner.givenName : learner.givenName + " " + initial + ".";
}

PublicContent buildPublicContent(const SchoolContent& content, const PrivacyPolicy& policy,
                                 Days today) {
    const Context ctx = makeContext(content, policy, today);
    PublicContent out;
    out.schoolName = content.school.name;
    out.languages = ctx.langs;
    out.habits = habitSlides(content);
    Coverage coverage;
    out.sectionProgress = sectionSlides(ctx, coverage);
    out.gradeProgress = gradeSlides(ctx, coverage);
    out.celebrations = celebrationCards(ctx);
    out.mission = missionText(ctx);
    out.announcements = announcementSlides(ctx);
    out.quotes = quoteSlides(ctx);
    return out;
}

} // namespace lantern
