#include "core/content/Translations.hpp"

#include "core/model/ContentLookup.hpp"
#include "core/model/TextClean.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <tuple>

namespace lantern {
namespace {

// UTF-8 spellings of the Unicode spaces that show as nothing.
constexpr std::array<std::string_view, 16> kSpaces{
    "\u00A0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
    "\u2007", "\u2008", "\u2009", "\u200A", "\u200B", "\u202F", "\u3000", "\uFEFF"};

std::size_t spaceLength(std::string_view rest) {
    if (rest.front() == ' ' || (rest.front() >= '\t' && rest.front() <= '\r')) return 1;
    for (auto s : kSpaces)
        if (rest.starts_with(s)) return s.size();
    return 0;
}

class Collector {
public:
    Collector(const SchoolContent& content, const DrawableCheck& drawable)
        : m_langs(screenLanguages(content)), m_drawable(drawable) {}

    void add(const char* kind, const std::string& id, const std::string& field,
             const LangText& text) {
        for (auto& lang : missingLanguages(text, m_langs))
            m_gaps.push_back({kind, id, field, lang, shownInstead(text, m_langs)});
        if (!m_drawable) return;
        for (const auto& [lang, s] : text)
            if (hasWords(s) && !m_drawable(s, lang)) {
                LangText rest = text;
                rest.erase(lang);
                m_gaps.push_back({kind, id, field, lang, shownInstead(rest, m_langs), true});
            }
    }

    void addList(const char* kind, const std::string& id, const char* field,
                 const std::vector<LangText>& list) {
        for (std::size_t i = 0; i < list.size(); ++i)
            add(kind, id, std::string(field) + "[" + std::to_string(i) + "]", list[i]);
    }

    std::vector<TranslationGap> take() { return std::move(m_gaps); }

private:
    std::vector<std::string> m_langs; // the school's, then those its rooms add
    const DrawableCheck& m_drawable;
    std::vector<TranslationGap> m_gaps;
};

void habitGaps(const SchoolContent& content, Collector& out) {
    std::vector<const Habit*> habits;
    for (const auto& h : content.habits)
        habits.push_back(&h);
    std::stable_sort(habits.begin(), habits.end(), [](const Habit* a, const Habit* b) {
        return std::tie(a->sortOrder, a->id) < std::tie(b->sortOrder, b->id);
    });
    for (const Habit* h : habits) {
        out.add("habit", h->id, "name", h->name);
        out.add("habit", h->id, "meaning", h->meaning);
        out.addList("habit", h->id, "indicators", h->indicators);
        out.addList("habit", h->id, "soundsLike", h->soundsLike);
    }
}

void frameworkGaps(const SchoolContent& content, Collector& out) {
    for (const auto& d : content.domains)
        out.add("domain", d.id, "title", d.title);
    for (const auto& c : content.competencies) {
        out.add("competency", c.id, "title", c.title);
        out.add("competency", c.id, "meaning", c.meaning);
    }
}

void noticeGaps(const SchoolContent& content, Collector& out) {
    for (const auto& c : content.celebrations)
        if (c.status == CelebrationStatus::Approved || c.status == CelebrationStatus::Pending)
            out.add("celebration", c.id, "text", c.text);
    for (const auto& a : content.announcements) {
        out.add("announcement", a.id, "title", a.title);
        out.add("announcement", a.id, "text", a.text);
    }
    for (const auto& q : content.quotes)
        if (q.approved) out.add("quote", q.id, "text", q.text);
}

} // namespace

bool hasWords(const std::string& s) {
    const std::string clean = withoutEmoji(s);
    std::string_view rest = clean;
    while (!rest.empty()) {
        std::size_t n = spaceLength(rest);
        if (n == 0) return true;
        rest.remove_prefix(n);
    }
    return false;
}

std::vector<std::string> missingLanguages(const LangText& text,
                                          const std::vector<std::string>& languages) {
    auto words = [&](const std::string& lang) {
        auto it = text.find(lang);
        return it != text.end() && hasWords(it->second);
    };
    bool any = std::any_of(text.begin(), text.end(), [](auto& e) { return hasWords(e.second); });
    std::vector<std::string> out;
    if (!any) return out;
    for (const auto& lang : languages)
        if (!words(lang)) out.push_back(lang);
    return out;
}

std::vector<TranslationGap> missingTranslations(const SchoolContent& content,
                                                const DrawableCheck& drawable) {
    Collector out(content, drawable);
    out.add("mission", "", "text", content.school.mission);
    habitGaps(content, out);
    frameworkGaps(content, out);
    noticeGaps(content, out);
    return out.take();
}

std::string shownInstead(const LangText& text, const std::vector<std::string>& languages) {
    for (const auto& lang : languages)
        if (auto it = text.find(lang); it != text.end() && hasWords(it->second)) return lang;
    for (const auto& [lang, s] : text)
        if (hasWords(s)) return lang;
    return {};
}

std::string describeGap(const TranslationGap& gap) {
    std::string out =
        gap.kind + (gap.id.empty() ? "" : " " + gap.id) + ": " + gap.field +
        (gap.undrawable ? " in " + gap.lang + " cannot be drawn with this screen's fonts"
                        : " has no " + gap.lang);
    if (!gap.shownIn.empty()) out += " (shown in " + gap.shownIn + ")";
    return out;
}

namespace {

// Gaps per language: the school's languages first, in its order, then any other; none with 0.
std::vector<std::pair<std::string, int>> gapsByLanguage(const std::vector<TranslationGap>& gaps,
                                                        const std::vector<std::string>& languages) {
    std::vector<std::pair<std::string, int>> counts;
    for (const auto& lang : languages)
        counts.emplace_back(lang, 0);
    for (const auto& gap : gaps) {
        auto it = std::find_if(counts.begin(), counts.end(),
                               [&](const auto& c) { return c.first == gap.lang; });
        if (it == counts.end()) it = counts.insert(counts.end(), {gap.lang, 0});
        ++it->second;
    }
    std::erase_if(counts, [](const auto& c) { return c.second == 0; });
    return counts;
}

// "3 texts lack es" for the first, "1 lacks fr" after it.
std::string lackPhrase(int n, const std::string& lang, bool first) {
    const char* verb =
        first ? (n == 1 ? " text lacks " : " texts lack ") : (n == 1 ? " lacks " : " lack ");
    return std::to_string(n) + verb + lang;
}

} // namespace

std::string translationSummary(const std::vector<TranslationGap>& gaps,
                               const std::vector<std::string>& languages) {
    if (gaps.empty()) return "complete";
    constexpr std::size_t kNamed = 3;
    const auto counts = gapsByLanguage(gaps, languages);
    std::string out;
    for (std::size_t i = 0; i < counts.size() && i < kNamed; ++i)
        out += (i == 0 ? "" : ", ") + lackPhrase(counts[i].second, counts[i].first, i == 0);
    if (counts.size() > kNamed) {
        const auto more = counts.size() - kNamed;
        out +=
            ", and " + std::to_string(more) + (more == 1 ? " other language" : " other languages");
    }
    return out + " (run lantern check)";
}

} // namespace lantern
