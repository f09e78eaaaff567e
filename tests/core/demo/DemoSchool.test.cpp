#include "core/demo/DemoSchool.hpp"

#include "core/model/Color.hpp"
#include "core/publicview/PublicView.hpp"

#include "support/ContentJson.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

using namespace lantern;

namespace {

const SchoolContent& demo() {
    static const SchoolContent content = makeDemoSchool({});
    return content;
}

// The public slides as the demo shows them: on the Monday after its last day of evidence.
PublicContent demoPublic(const SchoolContent& content, Days lastDay) {
    Days monday = lastDay + std::chrono::days{1};
    while (std::chrono::weekday{monday} != std::chrono::Monday)
        monday += std::chrono::days{1};
    return buildPublicContent(content, PrivacyPolicy{}, monday);
}

const PublicContent& demoSlides() {
    static const PublicContent slides = demoPublic(demo(), DemoOptions{}.today);
    return slides;
}

const ClassWallSlideData& wallOf(const PublicContent& slides, const std::string& sectionId) {
    static const ClassWallSlideData none;
    const auto it =
        std::find_if(slides.classWalls.begin(), slides.classWalls.end(),
                     [&](const ClassWallSlideData& w) { return w.sectionId == sectionId; });
    return it == slides.classWalls.end() ? none : *it;
}

long rowsWithStart(const ClassWallSlideData& wall) {
    return std::count_if(wall.rows.begin(), wall.rows.end(),
                         [](const ClassWallRow& r) { return r.startPercent.has_value(); });
}

long spotlightsWithGrowth(const PublicContent& slides) {
    return std::count_if(slides.spotlights.begin(), slides.spotlights.end(),
                         [](const CompetencySpotlightData& s) { return s.figures.size() == 3; });
}

bool bilingual(const LangText& text) {
    return hasText(text, "en") && hasText(text, "es") && text.at("en") != text.at("es");
}

// The code points of `text`, or nullopt when it is not well-formed UTF-8 (no overlong forms,
// surrogates or values past U+10FFFF).
std::optional<std::u32string> decodeUtf8(const std::string& text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80           ? 1
                                   : (lead >> 5) == 0x06 ? 2
                                   : (lead >> 4) == 0x0e ? 3
                                   : (lead >> 3) == 0x1e ? 4
                                                         : 0;
        if (length == 0 || i + length > text.size()) return std::nullopt;
        char32_t cp = length == 1 ? lead : lead & (0x7fu >> length);
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next >> 6) != 0x02) return std::nullopt;
            cp = (cp << 6) | (next & 0x3fu);
        }
        constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < smallest[length] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return std::nullopt;
        out.push_back(cp);
        i += length;
    }
    return out;
}

bool hasCodePointIn(const std::u32string& text, char32_t low, char32_t high) {
    return std::any_of(text.begin(), text.end(), [&](char32_t c) { return c >= low && c <= high; });
}

// Every public text of the demo's content that has an English version.
std::vector<const LangText*> englishTexts(const SchoolContent& c) {
    std::vector<const LangText*> texts = {&c.school.mission};
    for (const auto& h : c.habits) {
        texts.push_back(&h.name);
        texts.push_back(&h.meaning);
        for (const auto& i : h.indicators)
            texts.push_back(&i);
        for (const auto& s : h.soundsLike)
            texts.push_back(&s);
    }
    for (const auto& d : c.domains)
        texts.push_back(&d.title);
    for (const auto& k : c.competencies) {
        texts.push_back(&k.title);
        texts.push_back(&k.meaning);
    }
    for (const auto& l : c.scale.levels)
        texts.push_back(&l.label);
    for (const auto& a : c.announcements) {
        texts.push_back(&a.title);
        texts.push_back(&a.text);
    }
    for (const auto& q : c.quotes)
        texts.push_back(&q.text);
    for (const auto& cel : c.celebrations)
        texts.push_back(&cel.text);
    std::erase_if(texts, [](const LangText* t) { return !hasText(*t, "en"); });
    return texts;
}

const Room* roomOf(const SchoolContent& c, const std::string& id) {
    const auto it =
        std::find_if(c.rooms.begin(), c.rooms.end(), [&](const Room& r) { return r.id == id; });
    return it == c.rooms.end() ? nullptr : &*it;
}

double averageLevel(const std::vector<Evidence>& evidence, Days from, Days to) {
    double sum = 0;
    int count = 0;
    for (const auto& e : evidence) {
        if (e.date < from || e.date > to) continue;
        sum += e.level;
        ++count;
    }
    return count ? sum / count : 0.0;
}

bool readableWithWhiteOrDarkText(const std::string& hex) {
    const Color color = colorOr(hex, Color{});
    return std::max(contrastRatio(color, Color{255, 255, 255}),
                    contrastRatio(color, Color{17, 17, 17})) >= 4.5;
}

} // namespace

TEST_CASE("DemoSchool: the same options give the same school, another seed another one") {
    const auto again = lantern::testing::toJson(makeDemoSchool({}));
    CHECK(again == lantern::testing::toJson(demo()));
    DemoOptions other;
    other.seed = 2;
    const SchoolContent different = makeDemoSchool(other);
    CHECK(lantern::testing::toJson(different) != again);
    CHECK(lantern::testing::structureJson(different) == lantern::testing::structureJson(demo()));
}

TEST_CASE("DemoSchool: a middle school of the expected shape") {
    const SchoolContent& c = demo();
    CHECK(c.school.name == "Riverside Community Middle School");
    CHECK(c.school.timeZone == "America/New_York");
    CHECK(c.school.languages == std::vector<std::string>{"en", "es"});
    CHECK(c.sections.size() == 20);
    std::set<int> grades;
    for (const auto& s : c.sections)
        grades.insert(s.grade);
    CHECK(grades == std::set<int>{6, 7, 8});
    CHECK(c.domains.size() == 3);
    CHECK(c.competencies.size() == 12);
    for (const auto& d : c.domains)
        CHECK(std::count_if(c.competencies.begin(), c.competencies.end(),
                            [&](const Competency& k) { return k.domainId == d.id; }) == 4);
    REQUIRE(c.habits.size() == 5);
    for (const auto& h : c.habits)
        CHECK(h.indicators.size() == 3);
    CHECK(c.habits[0].id == "collaboration");
    CHECK(c.habits[4].id == "perseverance");
    CHECK(c.scale.levels.size() == 4);
    CHECK(c.scale.masteredRank == 3);
    CHECK(c.celebrations.size() >= 25);
    CHECK(c.celebrations.size() <= 35);
    std::vector<std::string> rooms;
    for (const auto& r : c.rooms)
        rooms.push_back(r.id);
    CHECK(rooms == std::vector<std::string>{"cafeteria", "classroom-7b", "classroom-8f", "entrance",
                                            "hallway-1", "hallway-2"});
    CHECK(c.displays.size() == c.rooms.size() + 1); // a TV per room and the entrance kiosk
}

TEST_CASE("DemoSchool: a week's schedule whose references all resolve") {
    auto c = demo();
    auto has = [](const auto& items, const std::string& id) {
        return std::any_of(items.begin(), items.end(), [&](const auto& i) { return i.id == id; });
    };
    REQUIRE(c.rules.size() >= 4);
    for (const auto& r : c.rules) {
        INFO(r.id);
        CHECK(has(c.playlists, r.playlistId));
        if (r.target == TargetKind::Room) CHECK(has(c.rooms, r.targetId));
        if (r.target == TargetKind::Group) CHECK(has(c.groups, r.targetId));
        if (r.target == TargetKind::Display) CHECK(has(c.displays, r.targetId));
    }
    for (const auto& g : c.groups)
        for (const auto& room : g.roomIds)
            CHECK(has(c.rooms, room));
    for (const auto& room : c.rooms)
        CHECK_FALSE(room.powerHours.empty());
    CHECK(std::any_of(c.displays.begin(), c.displays.end(),
                      [](const Display& d) { return d.orientation == Orientation::Portrait; }));
    CHECK(std::is_sorted(c.rules.begin(), c.rules.end(),
                         [](const auto& a, const auto& b) { return a.id < b.id; }));
    CHECK(std::is_sorted(c.displays.begin(), c.displays.end(),
                         [](const auto& a, const auto& b) { return a.id < b.id; }));
}

TEST_CASE("DemoSchool: Crews of about twenty and one tiny Crew") {
    std::map<std::string, int> sizes;
    for (const auto& l : demo().learners)
        ++sizes[l.sectionId];
    CHECK(demo().learners.size() == 400);
    CHECK(sizes["8f"] == 6);
    for (const auto& s : demo().sections) {
        if (s.id == "8f") continue;
        CHECK(sizes[s.id] >= 18);
        CHECK(sizes[s.id] <= 23);
    }
    const auto named = std::count_if(demo().learners.begin(), demo().learners.end(),
                                     [](const Learner& l) { return l.consentNamePublic; });
    CHECK(named >= 120);
    CHECK(named <= 200);
}

TEST_CASE("DemoSchool: --learners scales the school") {
    for (int count : {0, 5, 40, 1000}) {
        CAPTURE(count);
        DemoOptions options;
        options.learners = count;
        const SchoolContent c = makeDemoSchool(options);
        CHECK(c.learners.size() == static_cast<std::size_t>(count));
        CHECK(c.sections.size() == 20);
        CHECK(c.evidence.size() >= c.learners.size() * 12 * 5);
        CHECK(c.evidence.size() <= c.learners.size() * 12 * 10);
    }
}

TEST_CASE("DemoSchool: every public text is in English and Spanish") {
    const SchoolContent& c = demo();
    CHECK(bilingual(c.school.mission));
    for (const auto& h : c.habits) {
        CHECK(bilingual(h.name));
        CHECK(bilingual(h.meaning));
        for (const auto& i : h.indicators)
            CHECK(bilingual(i));
    }
    for (const auto& d : c.domains)
        CHECK(bilingual(d.title));
    for (const auto& k : c.competencies) {
        CHECK(bilingual(k.title));
        CHECK(bilingual(k.meaning));
    }
    for (const auto& l : c.scale.levels)
        CHECK(bilingual(l.label));
    for (const auto& cel : c.celebrations)
        CHECK(bilingual(cel.text));
}

TEST_CASE("DemoSchool: every English text also has Arabic, Bengali and Simplified Chinese") {
    struct Script {
        std::string lang;
        char32_t low;
        char32_t high;
    };
    const Script scripts[] = {
        {"ar", 0x0600, 0x06ff}, {"bn", 0x0980, 0x09ff}, {"zh-Hans", 0x4e00, 0x9fff}};
    const SchoolContent& c = demo();
    const auto texts = englishTexts(c);
    CHECK(texts.size() >= 100);
    for (const LangText* text : texts) {
        CAPTURE(text->at("en"));
        for (const auto& [lang, value] : *text) {
            CAPTURE(lang);
            CHECK(decodeUtf8(value).has_value());
        }
        for (const auto& script : scripts) {
            CAPTURE(script.lang);
            CHECK(hasText(*text, script.lang));
            if (!hasText(*text, script.lang)) continue;
            const auto decoded = decodeUtf8(text->at(script.lang));
            CHECK((decoded && hasCodePointIn(*decoded, script.low, script.high)));
        }
    }
    CHECK(c.school.languages == std::vector<std::string>{"en", "es"});
    const Room* arabic = roomOf(c, "classroom-7b");
    const Room* bengali = roomOf(c, "classroom-8f");
    REQUIRE(arabic != nullptr);
    REQUIRE(bengali != nullptr);
    CHECK(arabic->languages == std::vector<std::string>{"en", "ar"});
    CHECK(bengali->languages == std::vector<std::string>{"en", "bn"});
}

TEST_CASE("DemoSchool: colours come from readable palettes") {
    for (const auto& l : demo().scale.levels)
        CHECK_MESSAGE(readableWithWhiteOrDarkText(l.color), l.color);
    for (const auto& h : demo().habits)
        CHECK_MESSAGE(readableWithWhiteOrDarkText(h.color), h.color);
}

TEST_CASE("DemoSchool: ten weeks of evidence that shows uneven growth") {
    const SchoolContent& c = demo();
    const Days today = DemoOptions{}.today;
    const Days first = today - std::chrono::days{69};
    const auto outside =
        std::count_if(c.evidence.begin(), c.evidence.end(), [&](const Evidence& e) {
            return e.date < first - std::chrono::days{2} || e.date > today || e.level < 1 ||
                   e.level > 4;
        });
    CHECK(outside == 0);
    const double start =
        averageLevel(c.evidence, first - std::chrono::days{2}, first + std::chrono::days{13});
    const double end = averageLevel(c.evidence, today - std::chrono::days{13}, today);
    CHECK(end > start + 0.3);

    std::map<std::string, std::string> crewOf;
    for (const auto& l : c.learners)
        crewOf[l.id] = l.sectionId;
    std::map<std::string, std::vector<Evidence>> byCrew;
    for (const auto& e : c.evidence)
        byCrew[crewOf[e.learnerId]].push_back(e);
    std::vector<double> gains;
    for (const auto& [crew, evidence] : byCrew)
        gains.push_back(
            averageLevel(evidence, today - std::chrono::days{13}, today) -
            averageLevel(evidence, first - std::chrono::days{2}, first + std::chrono::days{13}));
    const auto [slowest, fastest] = std::minmax_element(gains.begin(), gains.end());
    CHECK(*fastest - *slowest > 0.5);
}

TEST_CASE("DemoSchool: celebrations are about growth and habits, with mixed targets") {
    const SchoolContent& c = demo();
    std::map<std::string, const Learner*> learners;
    for (const auto& l : c.learners)
        learners[l.id] = &l;
    int named = 0, unnamed = 0, sections = 0, grades = 0, school = 0, pending = 0, rejected = 0;
    int showingToday = 0;
    const Days today = DemoOptions{}.today;
    for (const auto& cel : c.celebrations) {
        if (cel.status == CelebrationStatus::Approved) {
            CHECK(cel.kind != "achievement");
            if (cel.showFrom <= today && (!cel.showUntil || today <= *cel.showUntil))
                ++showingToday;
        }
        pending += cel.status == CelebrationStatus::Pending;
        rejected += cel.status == CelebrationStatus::Rejected;
        if (cel.learnerId) {
            REQUIRE(learners.count(*cel.learnerId) == 1);
            (learners[*cel.learnerId]->consentNamePublic ? named : unnamed)++;
        } else if (cel.sectionId) {
            ++sections;
        } else if (cel.grade) {
            ++grades;
        } else {
            ++school;
        }
    }
    CHECK(named > 0);
    CHECK(unnamed > 0);
    CHECK(sections > 0);
    CHECK(grades > 0);
    CHECK(school > 0);
    CHECK(pending >= 2);
    CHECK(rejected >= 1);
    CHECK(showingToday >= 15);
}

TEST_CASE("DemoSchool: every reference points at something that exists") {
    const SchoolContent& c = demo();
    std::set<std::string> sections, learners, competencies, habits, rooms, domains;
    for (const auto& s : c.sections)
        sections.insert(s.id);
    for (const auto& l : c.learners)
        learners.insert(l.id);
    for (const auto& k : c.competencies)
        competencies.insert(k.id);
    for (const auto& h : c.habits)
        habits.insert(h.id);
    for (const auto& r : c.rooms)
        rooms.insert(r.id);
    for (const auto& d : c.domains)
        domains.insert(d.id);
    for (const auto& l : c.learners)
        CHECK(sections.count(l.sectionId) == 1);
    for (const auto& k : c.competencies)
        CHECK(domains.count(k.domainId) == 1);
    const auto dangling =
        std::count_if(c.evidence.begin(), c.evidence.end(), [&](const Evidence& e) {
            return learners.count(e.learnerId) == 0 || competencies.count(e.competencyId) == 0;
        });
    CHECK(dangling == 0);
    for (const auto& r : c.rooms)
        if (r.sectionId) CHECK(sections.count(*r.sectionId) == 1);
    for (const auto& d : c.displays)
        CHECK(rooms.count(d.roomId) == 1);
    for (const auto& cel : c.celebrations) {
        if (cel.sectionId) CHECK(sections.count(*cel.sectionId) == 1);
        if (cel.habitId) CHECK(habits.count(*cel.habitId) == 1);
    }
}

TEST_CASE("DemoSchool: 7B's class wall gives a start-of-term figure on most of its rows") {
    const ClassWallSlideData& wall = wallOf(demoSlides(), "7b");
    REQUIRE(wall.rows.size() == 12);
    CHECK(rowsWithStart(wall) >= 9);
    int up = 0, down = 0;
    std::set<int> nowShares;
    for (const auto& row : wall.rows) {
        if (row.nowPercent) nowShares.insert(*row.nowPercent);
        if (!row.startPercent || !row.nowPercent) continue;
        up += *row.nowPercent > *row.startPercent;
        down += *row.nowPercent < *row.startPercent;
    }
    CHECK(nowShares.size() >= 4); // Crew mates are not all at one level
    CHECK(up > 3 * down);         // growth over the term, a row going down now and then
}

TEST_CASE("DemoSchool: most regular Crews' class walls have start-of-term figures") {
    long rows = 0, withStart = 0;
    for (const auto& wall : demoSlides().classWalls) {
        if (wall.sectionId == "8f") continue;
        rows += static_cast<long>(wall.rows.size());
        withStart += rowsWithStart(wall);
    }
    CHECK(rows >= 19 * 10);
    CHECK(withStart * 4 >= rows * 3);
}

TEST_CASE("DemoSchool: most competency spotlights show growth over the term") {
    const PublicContent& slides = demoSlides();
    REQUIRE(slides.spotlights.size() == 12);
    CHECK(spotlightsWithGrowth(slides) >= 9);
    for (const auto& s : slides.spotlights) {
        if (s.figures.size() != 3) continue;
        CAPTURE(s.competencyId);
        REQUIRE(s.figures.front().percent);
        REQUIRE(s.figures.back().percent);
        CHECK(*s.figures.back().percent > *s.figures.front().percent);
    }
}

TEST_CASE("DemoSchool: the figures do not hang on the demo's seed or weekday") {
    for (int shift : {0, 2, 5}) {
        DemoOptions options;
        options.seed = static_cast<std::uint64_t>(2 + shift);
        options.today = DemoOptions{}.today + std::chrono::days{shift};
        CAPTURE(shift);
        const PublicContent slides = demoPublic(makeDemoSchool(options), options.today);
        CHECK(rowsWithStart(wallOf(slides, "7b")) * 2 >= 12);
        CHECK(spotlightsWithGrowth(slides) * 2 >= 12);
    }
}

TEST_CASE("DemoSchool: the grade board shows nearly every cell") {
    const GradeBoardSlideData& board = demoSlides().gradeBoard;
    REQUIRE(board.rows.size() == 3);
    int withheld = 0;
    std::set<int> shares;
    for (const auto& row : board.rows)
        for (const auto& cell : row.cells) {
            withheld += cell.percent ? 0 : 1;
            if (cell.percent) shares.insert(*cell.percent);
        }
    CHECK(withheld <= 1);
    CHECK(shares.size() >= 3);
}

TEST_CASE("DemoSchool: every learner has a baseline on every competency in the first two weeks") {
    const SchoolContent& c = demo();
    REQUIRE(c.school.termStart);
    const std::chrono::weekday weekday{*c.school.termStart};
    CHECK(weekday != std::chrono::Saturday);
    CHECK(weekday != std::chrono::Sunday);
    const Days window = *c.school.termStart + std::chrono::days{13};
    std::set<std::pair<std::string, std::string>> early;
    int beforeTerm = 0;
    for (const auto& e : c.evidence) {
        beforeTerm += e.date < *c.school.termStart ? 1 : 0;
        if (e.date <= window) early.insert({e.learnerId, e.competencyId});
    }
    CHECK(beforeTerm == 0);
    CHECK(early.size() == c.learners.size() * c.competencies.size());
}
