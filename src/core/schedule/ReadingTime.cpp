#include "core/schedule/ReadingTime.hpp"

#include "core/model/LangText.hpp"

#include <algorithm>
#include <set>

namespace lantern {
namespace {

// The code point starting at s[i] and its length in bytes (a stray byte counts as itself).
std::pair<char32_t, std::size_t> decodeAt(const std::string& s, std::size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (len == 1 || i + len > s.size()) return {b, 1};
    char32_t cp = b & (0xFF >> (len + 1));
    for (std::size_t k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return {cp, len};
}

bool isSpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x3000 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F;
}

// Letters and digits: ASCII alphanumerics, and beyond Latin-1 punctuation anything but the
// general and CJK punctuation blocks.
bool isWordChar(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (c < 0xC0) return false;
    return !(c >= 0x2000 && c <= 0x206F) && !(c >= 0x3000 && c <= 0x303F);
}

class Counter {
public:
    explicit Counter(const std::vector<std::string>& languages) : m_languages(languages) {}

    void add(const LangText& text) {
        for (const auto& [lang, s] : shownTexts(text, m_languages))
            m_words += wordCount(s);
    }
    [[nodiscard]] std::size_t words() const { return m_words; }

private:
    std::vector<std::string> m_languages;
    std::size_t m_words = 0;
};

void count(const HabitSlideData& d, Counter& c) {
    c.add(d.name);
    c.add(d.meaning);
    for (std::size_t i = 0; i < d.indicators.size() && i < 3; ++i)
        c.add(d.indicators[i]);
}

void count(const ProgressSlideData& d, Counter& c) {
    c.add(d.groupTitle);
    c.add(d.domainTitle);
    if (d.suppressed) {
        c.add(d.suppressedText);
        return;
    }
    std::set<LangText> labels;
    const std::size_t rows = std::min(d.rows.size(), kMaxRowsPerProgressSlide);
    for (std::size_t i = 0; i < rows; ++i) {
        c.add(d.rows[i].title);
        c.add(d.rows[i].changeText);
        for (const auto& band : d.rows[i].bands) {
            c.add(band.shareText);
            if (labels.insert(band.label).second) c.add(band.label);
        }
    }
}

void count(const CelebrationSlideData& d, Counter& c) {
    for (const auto& card : d.cards) {
        c.add(card.text);
        c.add(card.who);
    }
}

void count(const MissionSlideData& d, Counter& c) {
    c.add(d.statement);
    c.add(d.schoolName);
}

void count(const AnnouncementSlideData& d, Counter& c) {
    c.add(d.title);
    c.add(d.when);
    c.add(d.text);
}

void count(const HabitsOverviewSlideData& d, Counter& c) {
    for (const auto& h : d.habits) {
        c.add(h.name);
        c.add(h.meaning);
    }
}

void count(const QuoteSlideData& d, Counter& c) {
    c.add(d.text);
    c.add(d.attribution);
}

void count(const ClassWallSlideData& d, Counter& c) {
    c.add(d.sectionTitle);
    c.add(d.caption);
    c.add(d.suppressedText);
    for (const auto& row : d.rows) {
        c.add(row.title);
        c.add(row.nowText);
        c.add(row.startText);
    }
}

void count(const GradeBoardSlideData& d, Counter& c) {
    c.add(d.title);
    for (const auto& t : d.domainTitles)
        c.add(t);
    for (const auto& row : d.rows) {
        c.add(row.title);
        for (const auto& cell : row.cells)
            c.add(cell.text);
    }
}

void count(const CompetencySpotlightData& d, Counter& c) {
    c.add(d.title);
    c.add(d.meaning);
    for (const auto& t : d.targets)
        c.add(t);
    for (const auto& f : d.figures) {
        c.add(f.label);
        c.add(f.text);
    }
    c.add(d.withheldText);
}

} // namespace

std::size_t wordCount(const std::string& s) {
    std::size_t words = 0;
    bool inRun = false, runHasWordChar = false;
    for (std::size_t i = 0; i <= s.size();) {
        const auto [cp, len] =
            i < s.size() ? decodeAt(s, i) : std::pair<char32_t, std::size_t>{' ', 1};
        if (isSpace(cp)) {
            if (inRun && runHasWordChar) ++words;
            inRun = runHasWordChar = false;
        } else {
            inRun = true;
            runHasWordChar = runHasWordChar || isWordChar(cp);
        }
        i += len;
    }
    return words;
}

std::size_t slideWordCount(const Slide& slide, const std::vector<std::string>& languages) {
    Counter counter(languages.empty() ? std::vector<std::string>{"en"} : languages);
    std::visit([&](const auto& data) { count(data, counter); }, slide.data);
    return counter.words();
}

std::chrono::milliseconds autoDuration(const Slide& slide,
                                       const std::vector<std::string>& languages) {
    using std::chrono::milliseconds;
    const auto words = static_cast<long long>(slideWordCount(slide, languages));
    const milliseconds reading{words * 60000 / kReadingWordsPerMinute};
    const milliseconds total =
        std::clamp(reading + kReadingLeadIn, kMinAutoDuration, kMaxAutoDuration);
    return milliseconds{(total.count() + 50) / 100 * 100};
}

} // namespace lantern
