// The public slides other than progress: celebrations, announcements, the mission and quotes
// (PublicView.hpp states what they show).
//
// Sections: [names], [celebrations], [announcements] (and the mission), [quotes].
#include "core/publicview/PublicView.hpp"
#include "core/publicview/PublicViewDetail.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace lantern::detail {
namespace {

// ---- [names] ---------------------------------------------------------------------------------

// The first UTF-8 character of `s`, or "".
std::string firstCharacter(const std::string& s) {
    if (s.empty()) return {};
    std::size_t len = 1;
    while (len < s.size() && (static_cast<unsigned char>(s[len]) & 0xC0) == 0x80)
        ++len;
    return s.substr(0, len);
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

// Members of a section: its own learners plus those enrolled in it.
std::size_t sectionSize(const Context& ctx, const std::string& sectionId) {
    std::set<std::string> members;
    for (const auto& l : ctx.content.learners)
        if (l.sectionId == sectionId) members.insert(l.id);
    for (const auto& e : ctx.content.enrollments)
        if (e.sectionId == sectionId) members.insert(e.learnerId);
    return members.size();
}

// The celebrated learner as shown: by name with consent; else "someone in 7B Crew" when the
// celebration asks for it and the section has at least minGroup members (a smaller one would
// narrow the subject to fewer than k classmates); else by grade.
std::string celebratedName(const Context& ctx, const Celebration* c, const Learner& learner,
                           const std::string& lang) {
    if (!c || learner.consentNamePublic || c->anonymousAs != "section" || learner.sectionId.empty())
        return publicLearnerName(learner, lang);
    for (const auto& s : ctx.content.sections)
        if (s.id == learner.sectionId && !s.name.empty() &&
            sectionSize(ctx, s.id) >= static_cast<std::size_t>(ctx.policy.minGroup()))
            return phrase(Phrase::SomeoneInSection, lang, {s.name});
    return publicLearnerName(learner, lang);
}

std::string whoText(const Context& ctx, const Celebration& c, const std::string& lang) {
    if (c.learnerId) {
        const Learner* l = findLearner(ctx, c.learnerId);
        return l ? celebratedName(ctx, &c, *l, lang) : phrase(Phrase::SomeoneAtSchool, lang);
    }
    if (c.sectionId)
        for (const auto& s : ctx.content.sections)
            if (s.id == *c.sectionId) return s.name;
    if (c.grade && !c.sectionId) return gradeTitle(*c.grade, lang);
    return phrase(Phrase::OurSchool, lang);
}

// `celebration`, when given, decides how `celebrated` is named (celebratedName).
std::string scrubNames(const Context& ctx, std::string text, const Learner* celebrated,
                       const std::string& lang, const Celebration* celebration = nullptr) {
    for (const auto& l : ctx.content.learners)
        if (!l.givenName.empty() && !l.familyName.empty())
            replaceWord(text, l.givenName + " " + l.familyName,
                        &l == celebrated ? celebratedName(ctx, celebration, l, lang)
                                         : publicLearnerName(l, lang));
    if (celebrated) {
        const std::string who = celebratedName(ctx, celebration, *celebrated, lang);
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
        card.text[lang] = scrubNames(ctx, text.at(lang), celebrated, lang, &c);
    card.who = perLanguage(ctx, [&](const std::string& lang) { return whoText(ctx, c, lang); });
    card.targets = c.targets;
    for (const auto& h : ctx.content.habits)
        if (c.habitId && h.id == *c.habitId) {
            card.habitName = h.name;
            card.habitColor = h.color;
        }
    return card;
}

} // namespace

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

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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

} // namespace lantern::detail

namespace lantern {

std::string publicLearnerName(const Learner& learner, const std::string& lang) {
    if (!learner.consentNamePublic || learner.givenName.empty())
        return gradeLearner(learner.grade, lang);
    const std::string initial = detail::firstCharacter(learner.familyName);
    return initial.empty() ? learner.givenName : learner.givenName + " " + initial + ".";
}

} // namespace lantern
