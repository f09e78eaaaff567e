// Privacy invariants (DESIGN.md 1–3) as properties of random schools: group sizes 1–40, skewed
// level distributions, random consent, mixed-grade sections, k from 5 to 12. Every progress
// slide (section and grade slides, class walls, the grade board, competency spotlights) is built
// and laid out, and its figures are checked against learner sets recomputed from the raw data.
#include "core/layout/SlideLayout.hpp"
#include "core/publicview/Privacy.hpp"
#include "core/publicview/PublicView.hpp"
#include "core/schedule/Playlist.hpp"
#include "core/schedule/SlidePages.hpp"

#include "support/LayoutTestSupport.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>
#include <regex>
#include <set>

using namespace lantern;
using namespace std::chrono;

namespace {

const Days kStart = sys_days{year{2025} / 9 / 8};
const Days kToday = kStart + days{70};

using Set = std::set<std::string>; // learner ids

struct World {
    SchoolContent content;
    int k = 10;
};

int pick(std::mt19937& rng, int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

bool chance(std::mt19937& rng, int percent) {
    return pick(rng, 1, 100) <= percent;
}

std::string token(std::mt19937& rng) {
    std::string s = "Qz";
    for (int i = 0; i < 5; ++i)
        s += static_cast<char>('a' + pick(rng, 0, 25));
    return s;
}

void addFramework(World& w, std::mt19937& rng) {
    auto& c = w.content;
    c.scale.masteredRank = pick(rng, 2, 4);
    c.scale.levels = {{1, {{"en", "Beginning"}, {"es", "Inicial"}}, "#d55e00"},
                      {2, {{"en", "Developing"}, {"es", "En desarrollo"}}, "#e69f00"},
                      {3, {{"en", "Proficient"}, {"es", "Competente"}}, "#56b4e9"},
                      {4, {{"en", "Extending"}, {"es", "Avanzado"}}, "#0072b2"}};
    const int domains = pick(rng, 1, 3);
    for (int d = 0; d < domains; ++d) {
        const std::string id = "d" + std::to_string(d);
        c.domains.push_back({id, "D" + std::to_string(d), {{"en", "Domain " + id}}, d});
        for (int i = 0, n = pick(rng, 1, 2); i < n; ++i) {
            const std::string cid = id + "c" + std::to_string(i);
            c.competencies.push_back(
                {cid, id, "C." + cid, {{"en", "Comp " + cid}}, {{"en", "Means " + cid}}, i});
        }
    }
}

// A level from a skewed distribution (weights per level), moved up by `shift`.
int level(std::mt19937& rng, const std::vector<int>& weights, int shift) {
    std::discrete_distribution<int> dist(weights.begin(), weights.end());
    return std::clamp(dist(rng) + 1 + shift, 1, 4);
}

void addLearners(World& w, std::mt19937& rng) {
    static const std::vector<std::vector<int>> kSkews{
        {70, 20, 5, 5}, {5, 5, 20, 70}, {25, 25, 25, 25}, {45, 5, 5, 45}, {90, 4, 3, 3}};
    const auto& skew = kSkews[static_cast<std::size_t>(pick(rng, 0, 4))];
    const int presence = pick(rng, 55, 100);
    auto& c = w.content;
    int n = 0;
    for (int grade = 6, grades = pick(rng, 1, 3); grade < 6 + grades; ++grade)
        for (int s = 0, sections = pick(rng, 1, 4); s < sections; ++s) {
            const std::string sid = std::to_string(grade) + static_cast<char>('a' + s);
            c.sections.push_back({sid, sid + " Crew", grade});
            for (int i = 0, size = pick(rng, 1, 40); i < size; ++i, ++n) {
                const int g = chance(rng, 15) ? grade + pick(rng, -1, 1) : grade;
                const std::string id = "l" + std::to_string(n);
                c.learners.push_back({id, token(rng), token(rng), g, sid, chance(rng, 40)});
                for (const auto& comp : c.competencies) {
                    if (!chance(rng, presence)) continue;
                    c.evidence.push_back(
                        {id, comp.id, level(rng, skew, 0), kStart + days{pick(rng, 0, 24)}});
                    if (chance(rng, 80))
                        c.evidence.push_back({id, comp.id, level(rng, skew, pick(rng, 0, 2)),
                                              kStart + days{pick(rng, 25, 69)}});
                }
            }
        }
}

World randomWorld(std::mt19937& rng) {
    World w;
    w.k = pick(rng, 5, 12);
    w.content.school.name = "Random School";
    if (chance(rng, 50)) w.content.school.termStart = kStart - days{pick(rng, 0, 6)};
    addFramework(w, rng);
    addLearners(w, rng);
    return w;
}

// ---- Recomputed from the raw data (MostRecent: the latest evidence, ties to the higher) ------

struct Truth {
    const SchoolContent& c;

    [[nodiscard]] std::optional<int> levelOf(const std::string& learner, const std::string& comp,
                                             Days asOf) const {
        std::optional<std::pair<Days, int>> best;
        for (const auto& e : c.evidence)
            if (e.learnerId == learner && e.competencyId == comp && e.date <= asOf &&
                (!best || std::pair(e.date, e.level) > *best))
                best = std::pair(e.date, e.level);
        if (!best) return std::nullopt;
        return best->second;
    }
    template <typename Pred> [[nodiscard]] Set learners(Pred pred) const {
        Set out;
        for (const auto& l : c.learners)
            if (pred(l)) out.insert(l.id);
        return out;
    }
    [[nodiscard]] Set withEvidence(const Set& group, const std::string& comp, Days asOf) const {
        Set out;
        for (const auto& id : group)
            if (levelOf(id, comp, asOf)) out.insert(id);
        return out;
    }
    [[nodiscard]] Set section(const std::string& id) const {
        return learners([&](const Learner& l) { return l.sectionId == id; });
    }
    [[nodiscard]] Set grade(int g) const {
        return learners([&](const Learner& l) { return l.grade == g; });
    }
    [[nodiscard]] Days window() const {
        Days first = kToday;
        for (const auto& e : c.evidence)
            first = std::min(first, e.date);
        return c.school.termStart.value_or(first) + days{13};
    }
    // Learners of `group` at or above mastery, and below it, as of `asOf`.
    [[nodiscard]] std::pair<int, int> sides(const Set& group, const std::string& comp,
                                            Days asOf) const {
        int at = 0, below = 0;
        for (const auto& id : group)
            if (auto lv = levelOf(id, comp, asOf)) ++(*lv >= c.scale.masteredRank ? at : below);
        return {at, below};
    }
    // The shown share of `group` at or above mastery, computed with Privacy.hpp's arithmetic.
    [[nodiscard]] std::optional<int> mastered(const Set& group, const std::string& comp,
                                              Days asOf) const {
        std::vector<int> counts(4, 0);
        for (const auto& id : group)
            if (auto lv = levelOf(id, comp, asOf)) ++counts[static_cast<std::size_t>(*lv - 1)];
        const int mi = c.scale.masteredRank - 1;
        const auto bands = mergeBands(counts, 3, mi);
        return masteredPercent(bands, bandPercents(bands), mi);
    }
};

bool safe(std::size_t n, int k) {
    return n == 0 || static_cast<int>(n) >= k;
}

Set minus(const Set& a, const Set& b) {
    Set out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
    return out;
}

// ---- Scenes -------------------------------------------------------------------------------

std::vector<Slide> progressSlides(const PublicContent& pc) {
    std::vector<Slide> out;
    for (const auto* list : {&pc.sectionProgress, &pc.gradeProgress})
        for (const auto& p : *list)
            out.push_back({"progress/" + p.groupKind + "/" + p.groupId + "/" + p.domainId,
                           SlideKind::Progress,
                           {},
                           {},
                           p});
    for (const auto& wall : pc.classWalls)
        for (auto& page : classWallPages(wall, kMaxRowsPerClassWall))
            out.push_back({"class-wall/" + wall.sectionId + "/" + std::to_string(page.page),
                           SlideKind::ClassWall,
                           {},
                           {},
                           page});
    for (auto& page : gradeBoardPages(pc.gradeBoard, kMaxGradeBoardColumns, 8))
        out.push_back(
            {"grade-board/" + std::to_string(page.page), SlideKind::GradeBoard, {}, {}, page});
    for (const auto& s : pc.spotlights)
        out.push_back({"competency/" + s.competencyId, SlideKind::CompetencySpotlight, {}, {}, s});
    return out;
}

std::vector<std::string> sceneTexts(const Slide& slide, const TextMeasurer& m) {
    LayoutContext ctx{1920, 1080, {"en", "es"}, m};
    std::vector<std::string> out;
    for (const auto& item : layoutSlide(slide, ctx).items)
        if (const auto* t = std::get_if<SceneText>(&item)) out.push_back(t->text);
    return out;
}

// Every "<n>%" or "<n> %" is a multiple of 5 strictly between 0 and 100; 95 and 5 only coded.
void checkShareTexts(const std::string& text) {
    static const std::regex number(R"((\d+)\s?%)");
    for (std::sregex_iterator it(text.begin(), text.end(), number), end; it != end; ++it) {
        const int n = std::stoi((*it)[1]);
        INFO(text);
        CHECK(n % 5 == 0);
        CHECK(n > 0);
        CHECK(n < 100);
    }
}

// ---- Properties -----------------------------------------------------------------------------

void checkSectionAndGradeRows(const World& w, const PublicContent& pc, const Truth& t) {
    for (const auto* list : {&pc.sectionProgress, &pc.gradeProgress})
        for (const auto& p : *list)
            for (const auto& row : p.rows) {
                const Set group =
                    p.groupKind == "section" ? t.section(p.groupId) : t.grade(std::stoi(p.groupId));
                const Set counted = t.withEvidence(group, row.competencyId, kToday);
                INFO(p.groupKind << " " << p.groupId << " " << row.competencyId);
                CHECK(static_cast<int>(counted.size()) >= w.k);
                for (const auto& band : row.bands) {
                    int n = 0;
                    for (const auto& id : counted)
                        if (auto lv = t.levelOf(id, row.competencyId, kToday))
                            n += *lv >= band.firstRank && *lv <= band.lastRank ? 1 : 0;
                    CHECK(n >= 3);
                    CHECK(band.percent % 5 == 0);
                }
                if (row.changeText.empty()) continue;
                const Set cohort = t.withEvidence(counted, row.competencyId, t.window());
                CHECK(static_cast<int>(cohort.size()) >= w.k);
                CHECK(safe(counted.size() - cohort.size(), w.k)); // bar against change line
            }
}

void checkClassWalls(const World& w, const PublicContent& pc, const Truth& t) {
    for (const auto& wall : pc.classWalls)
        for (const auto& row : wall.rows) {
            const Set counted = t.withEvidence(t.section(wall.sectionId), row.competencyId, kToday);
            INFO("class wall " << wall.sectionId << " " << row.competencyId);
            CHECK(static_cast<int>(counted.size()) >= w.k);
            CHECK(row.nowPercent == t.mastered(counted, row.competencyId, kToday));
            if (row.nowPercent) {
                auto [at, below] = t.sides(counted, row.competencyId, kToday);
                CHECK(at >= 3);
                CHECK(below >= 3);
            }
            if (!row.startPercent) continue;
            const Set cohort = t.withEvidence(counted, row.competencyId, t.window());
            CHECK(static_cast<int>(cohort.size()) >= w.k);
            CHECK(safe(counted.size() - cohort.size(), w.k)); // now against start
            CHECK(row.startPercent == t.mastered(cohort, row.competencyId, t.window()));
        }
}

// A learner's domain level: the lower median of their levels on the domain's competencies.
std::optional<int> domainLevel(const Truth& t, const std::string& id, const std::string& domain) {
    std::vector<int> levels;
    for (const auto& c : t.c.competencies)
        if (c.domainId == domain)
            if (auto lv = t.levelOf(id, c.id, kToday)) levels.push_back(*lv);
    if (levels.empty()) return std::nullopt;
    std::sort(levels.begin(), levels.end());
    return levels[(levels.size() - 1) / 2];
}

void checkGradeBoard(const World& w, const PublicContent& pc, const Truth& t) {
    const auto& board = pc.gradeBoard;
    CHECK(std::is_sorted(board.rows.begin(), board.rows.end(),
                         [](auto& a, auto& b) { return a.grade < b.grade; }));
    for (const auto& row : board.rows)
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            if (!row.cells[i].percent) continue;
            int at = 0, below = 0;
            for (const auto& id : t.grade(row.grade))
                if (auto lv = domainLevel(t, id, board.domainIds[i]))
                    ++(*lv >= t.c.scale.masteredRank ? at : below);
            INFO("grade " << row.grade << " " << board.domainIds[i]);
            CHECK(at + below >= w.k);
            CHECK(at >= 3);
            CHECK(below >= 3);
            CHECK(*row.cells[i].percent % 5 == 0);
        }
}

// The learner sets of the shown rows on `comp`: grade rows and section rows.
std::pair<std::vector<Set>, std::vector<Set>> shownRows(const PublicContent& pc, const Truth& t,
                                                        const std::string& comp) {
    std::vector<Set> grades, sections;
    for (const auto& p : pc.gradeProgress)
        for (const auto& row : p.rows)
            if (row.competencyId == comp)
                grades.push_back(t.withEvidence(t.grade(std::stoi(p.groupId)), comp, kToday));
    for (const auto& p : pc.sectionProgress)
        for (const auto& row : p.rows)
            if (row.competencyId == comp)
                sections.push_back(t.withEvidence(t.section(p.groupId), comp, kToday));
    return {grades, sections};
}

// Grade minus its shown sections, across slides: 0 or at least k learners.
void checkGradeAgainstSections(const World& w, const PublicContent& pc, const Truth& t) {
    for (const auto& comp : t.c.competencies) {
        auto [grades, sections] = shownRows(pc, t, comp.id);
        Set covered;
        for (const auto& s : sections)
            covered.insert(s.begin(), s.end());
        for (const auto& g : grades) {
            INFO(comp.id);
            CHECK(safe(minus(g, covered).size(), w.k));
        }
    }
}

void checkSpotlights(const World& w, const PublicContent& pc, const Truth& t) {
    const Set everyone = t.learners([](const Learner&) { return true; });
    for (const auto& s : pc.spotlights) {
        if (s.figures.empty()) continue;
        const Set cohort = t.withEvidence(everyone, s.competencyId, t.window());
        INFO("spotlight " << s.competencyId);
        CHECK(static_cast<int>(cohort.size()) >= w.k);
        CHECK(s.figures.front().percent == t.mastered(cohort, s.competencyId, t.window()));
        CHECK(s.figures.back().percent == t.mastered(cohort, s.competencyId, kToday));
        auto [grades, sections] = shownRows(pc, t, s.competencyId);
        for (const auto* rows : {&grades, &sections}) {
            Set covered;
            for (const auto& r : *rows) {
                covered.insert(r.begin(), r.end());
                CHECK(safe(minus(r, cohort).size(), w.k));
                CHECK(safe(r.size() - minus(r, cohort).size(), w.k));
            }
            CHECK(safe(minus(cohort, covered).size(), w.k));
        }
    }
}

void checkScenes(const World& w, const PublicContent& pc, const TextMeasurer& m) {
    std::string all;
    for (const auto& slide : progressSlides(pc))
        for (const auto& text : sceneTexts(slide, m)) {
            INFO(slide.id << ": " << text);
            checkShareTexts(text);
            all += text + "\n";
        }
    for (const auto& l : w.content.learners) {
        INFO(l.givenName << " " << l.familyName);
        CHECK(all.find(l.givenName) == std::string::npos);
        CHECK(all.find(l.familyName) == std::string::npos);
    }
}

std::vector<std::string> ids(const std::vector<Slide>& slides, const std::string& prefix) {
    std::vector<std::string> out;
    for (const auto& s : slides)
        if (s.id.starts_with(prefix)) out.push_back(s.id);
    return out;
}

} // namespace

TEST_CASE("PrivacyProperties: random schools keep every invariant on every progress slide") {
    testing::WideMeasurer measurer;
    std::mt19937 rng(20251117);
    int shownWalls = 0, shownCells = 0, shownSpotlights = 0;
    for (int school = 0; school < 30; ++school) {
        World w = randomWorld(rng);
        CAPTURE(school);
        CAPTURE(w.k);
        const auto pc = buildPublicContent(w.content, *PrivacyPolicy::make(w.k).policy, kToday);
        const Truth t{w.content};
        checkSectionAndGradeRows(w, pc, t);
        checkClassWalls(w, pc, t);
        checkGradeBoard(w, pc, t);
        checkGradeAgainstSections(w, pc, t);
        checkSpotlights(w, pc, t);
        checkScenes(w, pc, measurer);
        for (const auto& wall : pc.classWalls)
            shownWalls += static_cast<int>(wall.rows.size());
        for (const auto& row : pc.gradeBoard.rows)
            for (const auto& cell : row.cells)
                shownCells += cell.percent ? 1 : 0;
        for (const auto& s : pc.spotlights)
            shownSpotlights += s.figures.empty() ? 0 : 1;
    }
    // The schools are varied enough that each kind shows figures, not only suppressions.
    CHECK(shownWalls > 10);
    CHECK(shownCells > 5);
    CHECK(shownSpotlights > 3);
}

TEST_CASE("PrivacyProperties: progress slides come in id order, never by score") {
    std::mt19937 rng(7);
    for (int school = 0; school < 10; ++school) {
        World w = randomWorld(rng);
        const auto pc = buildPublicContent(w.content, *PrivacyPolicy::make(w.k).policy, kToday);
        const auto slides = progressSlides(pc);
        auto walls = ids(slides, "class-wall/");
        CHECK(std::is_sorted(walls.begin(), walls.end()));
        std::vector<std::string> spot, expected;
        for (const auto& s : pc.spotlights)
            spot.push_back(s.competencyId);
        for (const auto& c : w.content.competencies) // generated in domain, then competency order
            expected.push_back(c.id);
        CHECK(spot == expected);
        std::vector<std::string> sections;
        for (const auto& p : pc.sectionProgress)
            sections.push_back(p.groupId);
        CHECK(std::is_sorted(sections.begin(), sections.end()));
    }
}
