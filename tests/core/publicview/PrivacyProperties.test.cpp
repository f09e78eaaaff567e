// Privacy invariants (DESIGN.md 1–3) as properties of random schools: group sizes 1–40, skewed
// level distributions, random consent, mixed-grade sections, k from 5 to 12. Every progress
// slide (section and grade slides, class walls, the grade board, competency spotlights) is built
// and laid out, and its figures are checked against learner sets recomputed from the raw data.
#include "core/layout/SlideLayout.hpp"
#include "core/progress/CountedMembership.hpp"
#include "core/publicview/Privacy.hpp"
#include "core/publicview/PublicView.hpp"
#include "core/schedule/Playlist.hpp"
#include "core/schedule/PlaylistExpand.hpp"
#include "core/schedule/SlidePages.hpp"

#include "support/LayoutTestSupport.hpp"
#include "support/UnitOracle.hpp"

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

// ---- Recomputed from the raw data (support/UnitOracle.hpp) -----------------------------------

using testing::UnitOracle;

Days windowOf(const SchoolContent& c) {
    Days first = kToday;
    for (const auto& e : c.evidence)
        first = std::min(first, e.date);
    return c.school.termStart.value_or(first) + days{13};
}

UnitOracle oracleOf(const World& w) {
    return UnitOracle{w.content, w.k, windowOf(w.content)};
}

// The shown share of `group` at or above mastery, computed with Privacy.hpp's arithmetic.
std::optional<int> mastered(const UnitOracle& o, const Set& group, const std::string& comp,
                            Days asOf) {
    std::vector<int> counts(4, 0);
    for (const auto& id : group)
        if (auto lv = o.levelOf(id, comp, asOf)) ++counts[static_cast<std::size_t>(*lv - 1)];
    const int mi = o.c.scale.masteredRank - 1;
    const auto bands = mergeBands(counts, 3, mi);
    return masteredPercent(bands, bandPercents(bands), mi);
}

// Learners of `group` at or above mastery, and below it, as of `asOf`.
std::pair<int, int> sides(const UnitOracle& o, const Set& group, const std::string& comp,
                          Days asOf) {
    int at = 0, below = 0;
    for (const auto& id : group)
        if (auto lv = o.levelOf(id, comp, asOf)) ++(*lv >= o.c.scale.masteredRank ? at : below);
    return {at, below};
}

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

// Every figure published on one day, as (measurement, learner set): "now:<comp>" for today's
// levels (bars, class walls' now, and the start cohort measured today: change lines and
// spotlights' "now"), "start:<comp>" for levels at the start window, "four:<comp>" four weeks
// ago, "domain:<d>" for domain levels.
using Published = std::map<std::string, std::vector<Set>>;

Set sectionNow(const UnitOracle& o, const std::string& section, const std::string& comp) {
    return o.withLevel(o.section(section), comp, kToday);
}

void checkSectionAndGradeRows(const World& w, const PublicContent& pc, const UnitOracle& o,
                              Published& out) {
    for (const auto* list : {&pc.sectionProgress, &pc.gradeProgress})
        for (const auto& p : *list)
            for (const auto& row : p.rows) {
                const bool section = p.groupKind == "section";
                const Set counted =
                    section ? sectionNow(o, p.groupId, row.competencyId)
                            : o.gradeNow(std::stoi(p.groupId), row.competencyId, kToday);
                INFO(p.groupKind << " " << p.groupId << " " << row.competencyId);
                CHECK(static_cast<int>(counted.size()) >= w.k);
                for (const auto& band : row.bands) {
                    int n = 0;
                    for (const auto& id : counted)
                        if (auto lv = o.levelOf(id, row.competencyId, kToday))
                            n += *lv >= band.firstRank && *lv <= band.lastRank ? 1 : 0;
                    CHECK(n >= 3);
                    CHECK(band.percent % 5 == 0);
                }
                out["now:" + row.competencyId].push_back(counted);
                if (row.changeText.empty()) continue;
                const Set cohort =
                    section ? o.withLevel(counted, row.competencyId, o.window)
                            : o.gradeCohort(std::stoi(p.groupId), row.competencyId, kToday);
                CHECK(static_cast<int>(cohort.size()) >= w.k);
                CHECK(safe(minus(counted, cohort).size(), w.k)); // bar against change line
                out["now:" + row.competencyId].push_back(cohort);
                out["start:" + row.competencyId].push_back(cohort);
            }
}

void checkClassWalls(const World& w, const PublicContent& pc, const UnitOracle& o, Published& out) {
    for (const auto& wall : pc.classWalls)
        for (const auto& row : wall.rows) {
            const Set counted = sectionNow(o, wall.sectionId, row.competencyId);
            INFO("class wall " << wall.sectionId << " " << row.competencyId);
            CHECK(static_cast<int>(counted.size()) >= w.k);
            CHECK(row.nowPercent == mastered(o, counted, row.competencyId, kToday));
            out["now:" + row.competencyId].push_back(counted);
            if (row.nowPercent) {
                auto [at, below] = sides(o, counted, row.competencyId, kToday);
                CHECK(at >= 3);
                CHECK(below >= 3);
            }
            if (!row.startPercent) continue;
            const Set cohort = o.withLevel(counted, row.competencyId, o.window);
            CHECK(static_cast<int>(cohort.size()) >= w.k);
            CHECK(safe(counted.size() - cohort.size(), w.k)); // now against start
            CHECK(row.startPercent == mastered(o, cohort, row.competencyId, o.window));
            out["start:" + row.competencyId].push_back(cohort);
        }
}

void checkGradeBoard(const World& w, const PublicContent& pc, const UnitOracle& o, Published& out) {
    const auto& board = pc.gradeBoard;
    CHECK(std::is_sorted(board.rows.begin(), board.rows.end(),
                         [](auto& a, auto& b) { return a.grade < b.grade; }));
    const int mi = w.content.scale.masteredRank - 1;
    for (const auto& row : board.rows)
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            if (!row.cells[i].percent) continue;
            const Set group = o.gradeDomain(row.grade, board.domainIds[i], kToday);
            int at = 0, below = 0;
            for (const auto& id : group)
                if (auto lv = o.domainLevel(id, board.domainIds[i], kToday))
                    ++(*lv >= w.content.scale.masteredRank ? at : below);
            INFO("grade " << row.grade << " " << board.domainIds[i]);
            CHECK(at + below >= w.k);
            CHECK(at >= 3);
            CHECK(below >= 3);
            CHECK(*row.cells[i].percent % 5 == 0);
            CHECK(*row.cells[i].percent == bandPercents({{0, mi - 1, below}, {mi, 3, at}}).back());
            out["domain:" + board.domainIds[i]].push_back(group);
        }
}

void checkSpotlights(const World& w, const PublicContent& pc, const UnitOracle& o, Published& out) {
    for (const auto& s : pc.spotlights) {
        if (s.figures.empty()) continue;
        const Set cohort = o.gradeCohort(std::nullopt, s.competencyId, kToday);
        INFO("spotlight " << s.competencyId);
        CHECK(static_cast<int>(cohort.size()) >= w.k);
        CHECK(s.figures.front().percent == mastered(o, cohort, s.competencyId, o.window));
        CHECK(s.figures.back().percent == mastered(o, cohort, s.competencyId, kToday));
        out["start:" + s.competencyId].push_back(cohort);
        out["now:" + s.competencyId].push_back(cohort);
        if (s.figures.size() == 3) out["four:" + s.competencyId].push_back(cohort);
    }
}

// Differences of nested published figures of one measurement, and differences of those, to
// the end: none may be a group of 1 to k-1 learners.
void checkNoSmallDifference(const Published& published, int k) {
    for (const auto& [measurement, sets] : published) {
        std::set<Set> family(sets.begin(), sets.end());
        family.erase(Set{});
        for (bool grew = true; grew;) {
            grew = false;
            const std::vector<Set> now(family.begin(), family.end());
            for (const auto& a : now)
                for (const auto& b : now) {
                    if (a.size() <= b.size() ||
                        !std::includes(a.begin(), a.end(), b.begin(), b.end()))
                        continue;
                    const Set d = minus(a, b);
                    if (family.insert(d).second) grew = true;
                }
            REQUIRE(family.size() < 5000);
        }
        for (const auto& s : family) {
            INFO(measurement << ": a derived group of " << s.size());
            CHECK(safe(s.size(), k));
        }
    }
}

Published checkAll(const World& w, const PublicContent& pc) {
    const UnitOracle o = oracleOf(w);
    Published published;
    checkSectionAndGradeRows(w, pc, o, published);
    checkClassWalls(w, pc, o, published);
    checkGradeBoard(w, pc, o, published);
    checkSpotlights(w, pc, o, published);
    return published;
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

// Every class of at least k learners with evidence on a competency shows its own row of it on
// its own wall, and a classroom of its own plays that wall.
void checkOwnWalls(const World& w, const PublicContent& pc, const UnitOracle& o) {
    for (const auto& section : w.content.sections) {
        std::size_t expected = 0;
        for (const auto& comp : w.content.competencies)
            expected += static_cast<int>(sectionNow(o, section.id, comp.id).size()) >= w.k;
        const auto wall = std::find_if(pc.classWalls.begin(), pc.classWalls.end(),
                                       [&](auto& cw) { return cw.sectionId == section.id; });
        REQUIRE(wall != pc.classWalls.end());
        INFO("section " << section.id);
        CHECK(wall->rows.size() == expected);
        if (expected == 0) continue;
        Room room;
        room.id = "room-" + section.id;
        room.kind = "classroom";
        room.sectionId = section.id;
        const Playlist playlist{"p", "p", {PlaylistItem{ItemSource::ClassWall, "", std::nullopt}}};
        const auto slides =
            expandPlaylist(playlist, ExpandContext{pc, room, {}, {"en"}, kToday, "t"});
        REQUIRE_FALSE(slides.empty());
        CHECK(slides.front().kind == SlideKind::ClassWall);
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
        checkNoSmallDifference(checkAll(w, pc), w.k);
        checkOwnWalls(w, pc, oracleOf(w));
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

namespace {

// Day two of a world: a few learners join, leave the school or change class; the counted
// membership moves on by core's rule, and leavers it still counts keep their evidence.
World nextDay(const World& day1, std::mt19937& rng) {
    World w = day1;
    auto& c = w.content;
    std::vector<std::string> left;
    for (int changes = pick(rng, 2, 16), n = 0; n < changes && !c.learners.empty(); ++n) {
        const auto i =
            static_cast<std::size_t>(pick(rng, 0, static_cast<int>(c.learners.size()) - 1));
        const int what = pick(rng, 0, 2);
        if (what == 0) {
            left.push_back(c.learners[i].id);
            c.learners.erase(c.learners.begin() + static_cast<long>(i));
        } else if (what == 1) {
            c.learners[i].sectionId =
                c.sections[static_cast<std::size_t>(
                               pick(rng, 0, static_cast<int>(c.sections.size()) - 1))]
                    .id;
        } else {
            Learner l = c.learners[i];
            l.id = "new" + std::to_string(n) + "-" + l.id;
            for (const auto& comp : c.competencies)
                c.evidence.push_back(
                    {l.id, comp.id, pick(rng, 1, 4), kStart + days{pick(rng, 0, 60)}});
            c.learners.push_back(l);
        }
    }
    std::vector<Evidence> all = c.evidence;
    all.insert(all.end(), c.departedEvidence.begin(), c.departedEvidence.end());
    const auto keys = figureKeys(c, all, windowOf(c));
    c.countedMembers = advanceMembership(*c.countedMembers, currentMembership(c), keys).counted;
    std::set<std::string> counted;
    for (const auto& m : *c.countedMembers)
        counted.insert(m.learnerId);
    for (const auto& id : left) {
        for (const auto& e : c.evidence)
            if (e.learnerId == id && counted.contains(id)) c.departedEvidence.push_back(e);
        std::erase_if(c.evidence, [&](const Evidence& e) { return e.learnerId == id; });
    }
    return w;
}

} // namespace

TEST_CASE("PrivacyProperties: joins and leaves from one day to the next reveal no one learner") {
    std::mt19937 rng(20261206);
    int moved = 0;
    for (int school = 0; school < 25; ++school) {
        World w = randomWorld(rng);
        w.content.countedMembers =
            advanceMembership({}, currentMembership(w.content),
                              figureKeys(w.content, w.content.evidence, windowOf(w.content)))
                .counted;
        CAPTURE(school);
        const auto policy = *PrivacyPolicy::make(w.k).policy;
        const Published first = checkAll(w, buildPublicContent(w.content, policy, kToday));
        for (int day = 0; day < 5; ++day) {
            const World next = nextDay(w, rng);
            const auto pc = buildPublicContent(next.content, policy, kToday);
            const Published second = checkAll(next, pc);
            checkNoSmallDifference(second, next.k);
            // Across the two days, same measurement: no nested difference of 1 or 2 learners.
            Published both = checkAll(w, buildPublicContent(w.content, policy, kToday));
            for (const auto& [m, sets] : second)
                both[m].insert(both[m].end(), sets.begin(), sets.end());
            checkNoSmallDifference(both, kMinMembershipChanges);
            moved += next.content.countedMembers != w.content.countedMembers ? 1 : 0;
            w = next;
        }
        (void)first;
    }
    INFO("snapshots that moved: " << moved);
    CHECK(moved > 10); // snapshots did move, not only wait
}
