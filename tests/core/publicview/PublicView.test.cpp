#include "core/publicview/PublicView.hpp"

#include "core/demo/DemoSchool.hpp"

#include "support/UnitOracle.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <numeric>
#include <random>
#include <set>

using namespace lantern;
using namespace std::chrono;

namespace {

Days onDay(int m, int d) {
    return sys_days{year{2025} / m / d};
}
const Days kStart = onDay(9, 8);
const Days kToday = onDay(11, 3);

// A school with a four-level scale (mastered from rank 3), one domain and one competency.
SchoolContent baseSchool() {
    SchoolContent c;
    c.school.name = "Test School";
    c.scale.masteredRank = 3;
    c.scale.levels = {{1, {{"en", "Beginning"}, {"es", "Inicial"}}, "#111111"},
                      {2, {{"en", "Developing"}, {"es", "En desarrollo"}}, "#222222"},
                      {3, {{"en", "Proficient"}, {"es", "Competente"}}, "#333333"},
                      {4, {{"en", "Extending"}, {"es", "Avanzado"}}, "#444444"}};
    c.domains = {{"math", "MATH", {{"en", "Math"}}, 1}};
    c.competencies = {{"m1", "math", "MATH.1", {{"en", "Ratios"}}, {}, 1}};
    return c;
}

// Adds one learner per entry of `levels` to the section, each with evidence at that level on
// `today`-ish dates; `startLevels` (same length, optional) gives their level on the first day.
void addLearners(SchoolContent& c, const std::string& section, int grade,
                 const std::vector<int>& levels, const std::vector<int>& startLevels = {}) {
    if (std::none_of(c.sections.begin(), c.sections.end(),
                     [&](const Section& s) { return s.id == section; }))
        c.sections.push_back({section, section + " Crew", grade});
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const std::string id = section + "-" + std::to_string(i);
        c.learners.push_back({id, "Kid" + std::to_string(i), "Fam" + section + std::to_string(i),
                              grade, section, false});
        const int first = startLevels.empty() ? 1 : startLevels[i];
        c.evidence.push_back({id, "m1", first, kStart});
        c.evidence.push_back({id, "m1", levels[i], onDay(10, 20)});
    }
}

// A row's bands as (first rank, last rank, percent).
std::vector<std::array<int, 3>> bandPercents(const CompetencyProgress& row) {
    std::vector<std::array<int, 3>> out;
    for (const auto& b : row.bands)
        out.push_back({b.firstRank, b.lastRank, b.percent});
    return out;
}

const ProgressSlideData& sectionSlide(const PublicContent& pc, const std::string& id) {
    for (const auto& s : pc.sectionProgress)
        if (s.groupId == id) return s;
    FAIL("no slide for section " << id);
    return pc.sectionProgress.front();
}

// Every string a public screen could draw from.
std::vector<std::string> allStrings(const PublicContent& pc) {
    std::vector<std::string> out{pc.schoolName};
    auto add = [&](const LangText& t) {
        for (const auto& [lang, s] : t)
            out.push_back(s);
    };
    for (const auto& h : pc.habits) {
        add(h.name);
        add(h.meaning);
        for (const auto& i : h.indicators)
            add(i);
    }
    for (const auto* list : {&pc.sectionProgress, &pc.gradeProgress})
        for (const auto& s : *list) {
            out.push_back(s.groupId);
            add(s.groupTitle);
            add(s.domainTitle);
            add(s.suppressedText);
            for (const auto& r : s.rows) {
                add(r.title);
                add(r.changeText);
                for (const auto& b : r.bands) {
                    add(b.label);
                    add(b.shareText);
                }
            }
        }
    for (const auto& c : pc.celebrations) {
        out.push_back(c.id);
        add(c.text);
        add(c.who);
        add(c.habitName);
    }
    return out;
}

bool anyContains(const PublicContent& pc, const std::string& needle) {
    const auto strings = allStrings(pc);
    return std::any_of(strings.begin(), strings.end(),
                       [&](const std::string& s) { return s.find(needle) != std::string::npos; });
}

int percentSum(const CompetencyProgress& row) {
    return std::accumulate(row.bands.begin(), row.bands.end(), 0,
                           [](int sum, const ProgressBand& b) { return sum + b.percent; });
}

} // namespace

TEST_CASE("PublicView: a group of 9 is suppressed and a group of 10 is shown") {
    SchoolContent c = baseSchool();
    addLearners(c, "7A", 7, std::vector<int>(9, 3));
    addLearners(c, "8B", 8, std::vector<int>(10, 3));
    const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);
    const auto& small = sectionSlide(pc, "7A");
    CHECK(small.suppressed);
    CHECK(small.rows.empty());
    CHECK(small.suppressedText.at("en") == "Not shown: fewer than 10 learners");
    CHECK(small.suppressedText.at("es") == "No se muestra: menos de 10 estudiantes");
    const auto& shown = sectionSlide(pc, "8B");
    CHECK_FALSE(shown.suppressed);
    REQUIRE(shown.rows.size() == 1);
    CHECK(shown.groupTitle.at("en") == "8B Crew");
    SUBCASE("a grade of fewer than k learners is suppressed with the same text") {
        REQUIRE(pc.gradeProgress.size() == 2);
        const auto& grade7 = pc.gradeProgress[0];
        CHECK(grade7.groupId == "7");
        CHECK(grade7.suppressed);
        CHECK(grade7.suppressedText.at("en") == "Not shown: fewer than 10 learners");
        CHECK_FALSE(pc.gradeProgress[1].suppressed); // grade 8 is 8B: nothing outside it
    }
}

TEST_CASE("PublicView: a band of 2 is merged and its label joins the level labels") {
    SchoolContent c = baseSchool();
    addLearners(c, "7A", 7, {1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4});
    const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);
    const auto& row = sectionSlide(pc, "7A").rows.at(0);
    REQUIRE(row.bands.size() == 3);
    CHECK(row.bands[0].label.at("en") == "Beginning – Developing");
    CHECK(row.bands[0].label.at("es") == "Inicial – En desarrollo");
    CHECK(row.bands[0].firstRank == 1);
    CHECK(row.bands[0].lastRank == 2);
    CHECK(percentSum(row) == 100);
    CHECK(row.bands[0].shareText.at("en") == "50%");
    CHECK(row.bands[0].shareText.at("es") == "50 %");
    // A merged band gets its own colour (the average of its levels), never a neighbour's.
    CHECK(row.bands[0].color == "#191919");
    CHECK(row.bands[1].color == "#333333");
}

TEST_CASE("PublicView: top and bottom coding in share texts") {
    SchoolContent c = baseSchool();
    std::vector<int> levels(67, 4);
    levels.insert(levels.end(), {1, 1, 1});
    addLearners(c, "7A", 7, levels);
    addLearners(c, "7B", 7, std::vector<int>(12, 3));
    const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);
    const auto& row = sectionSlide(pc, "7A").rows.at(0);
    REQUIRE(row.bands.size() == 2);
    CHECK(row.bands[0].shareText.at("en") == "fewer than 5%");
    CHECK(row.bands[1].shareText.at("en") == "more than 95%");
    CHECK(row.bands[1].shareText.at("es") == "más del 95 %");
    SUBCASE("everyone at one level: one band over the whole scale, never \"100%\"") {
        const auto& all = sectionSlide(pc, "7B").rows.at(0);
        REQUIRE(all.bands.size() == 1);
        CHECK(all.bands[0].firstRank == 1);
        CHECK(all.bands[0].lastRank == 4);
        CHECK(all.bands[0].shareText.at("en") == "more than 95%");
        CHECK(all.changeText.empty()); // "100% mastered" would tell each family about each child
        CHECK_FALSE(anyContains(pc, "100"));
    }
}

TEST_CASE("PublicView: the change line compares the mastered share with the start") {
    SchoolContent c = baseSchool();
    // Start: 4 of 20 mastered (20%). Now: 10 of 20 (50%): "+30 points since Sep 8".
    std::vector<int> start(20, 1), now(20, 2);
    std::fill(start.begin(), start.begin() + 4, 3);
    std::fill(now.begin(), now.begin() + 10, 3);
    addLearners(c, "7A", 7, now, start);
    const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);
    const auto& row = sectionSlide(pc, "7A").rows.at(0);
    CHECK(row.changeText.at("en") == "+30 points since Sep 8");
    CHECK(row.changeText.at("es") == "+30 puntos desde el 8 de sep.");
    SUBCASE("not within the first two weeks") {
        const auto early = buildPublicContent(c, PrivacyPolicy{}, kStart + days{13});
        CHECK(sectionSlide(early, "7A").rows.at(0).changeText.empty());
    }
}

TEST_CASE("PublicView: subtraction attacks") {
    SUBCASE("within a row, the change line's 'now' is the displayed mastered bands' sum") {
        // Statement: when all of a row's learners have start evidence, the change line equals
        // (sum of the row's displayed percents of bands at or above mastery) minus (the same sum
        // for the start distribution, banded and rounded the same way). So it adds no figure
        // about the current group beyond the bar, and no band straddles mastery.
        std::mt19937 rng(7);
        int checked = 0;
        for (int trial = 0; trial < 60; ++trial) {
            SchoolContent c = baseSchool();
            std::vector<int> now(10 + trial % 25), start(now.size());
            for (auto& v : now)
                v = 1 + static_cast<int>(rng() % 4);
            for (auto& v : start)
                v = 1 + static_cast<int>(rng() % 4);
            addLearners(c, "7A", 7, now, start);
            const auto pc = buildPublicContent(c, {}, kToday);
            const auto& row = sectionSlide(pc, "7A").rows.at(0);
            std::vector<int> startCounts(4, 0);
            for (int v : start)
                ++startCounts[v - 1];
            const auto startBands = mergeBands(startCounts, 3, 2);
            const auto startMastered = masteredPercent(startBands, bandPercents(startBands), 2);
            int mastered = 0;
            bool straddles = false, below = false, above = false;
            for (const auto& b : row.bands) {
                straddles = straddles || (b.firstRank < 3 && b.lastRank >= 3);
                below = below || b.lastRank < 3;
                above = above || b.firstRank >= 3;
                if (b.firstRank >= 3) mastered += b.percent;
            }
            if (straddles || !below || !above || !startMastered) {
                CHECK(row.changeText.empty());
                continue;
            }
            const int diff = mastered - *startMastered;
            const std::string expected = diff == 0 ? "no change since Sep 8"
                                                   : (diff > 0 ? "+" : "-") +
                                                         std::to_string(std::abs(diff)) +
                                                         " points since Sep 8";
            CHECK(row.changeText.at("en") == expected);
            ++checked;
        }
        CHECK(checked > 10);
    }
    SUBCASE("a grade counts whole classes of k, so grade minus a class is never a small group") {
        SchoolContent c = baseSchool();
        addLearners(c, "7A", 7, std::vector<int>(12, 3));
        addLearners(c, "7B", 7, {1, 2, 3, 4});
        const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);
        CHECK(sectionSlide(pc, "7B").suppressed);
        CHECK_FALSE(sectionSlide(pc, "7A").suppressed); // 7A's own figures always show
        REQUIRE(pc.gradeProgress.size() == 1);
        const auto& grade = pc.gradeProgress[0];
        CHECK_FALSE(grade.suppressed);
        // The grade counts 7A alone: 7B's four are left out of every figure, and it says so.
        CHECK(bandPercents(grade.rows.at(0)) == bandPercents(sectionSlide(pc, "7A").rows.at(0)));
        CHECK(grade.note.at("en") == "Learners in classes under 10 are not counted here");
        CHECK(grade.note.at("es") == "Aquí no se cuentan los estudiantes de clases de menos de 10");

        addLearners(c, "7C", 7, {1, 2, 3, 4, 1, 2});
        const auto more = buildPublicContent(c, PrivacyPolicy{}, kToday);
        CHECK_FALSE(sectionSlide(more, "7A").suppressed);
        CHECK_FALSE(more.gradeProgress[0].suppressed);
        // 7B + 7C = 10 pool together into a unit of k: everyone counts, no note.
        CHECK(more.gradeProgress[0].note.empty());
        CHECK(bandPercents(more.gradeProgress[0].rows.at(0)) !=
              bandPercents(sectionSlide(more, "7A").rows.at(0)));
        CHECK(more.gradeProgress[0].groupTitle.at("en") == "Grade 7");
        CHECK(more.gradeProgress[0].groupTitle.at("es") == "7.º grado");
    }
}

TEST_CASE("PublicView: every crew of k shows its own figures; a small crew is left out in words") {
    // Like the demo's grade 8: five crews of 20 and crew 8F of 6. On m2, 8C has only 15 learners
    // with evidence.
    SchoolContent c = baseSchool();
    c.competencies.push_back({"m2", "math", "MATH.2", {{"en", "Equations"}}, {}, 2});
    for (const char* s : {"8A", "8B", "8C", "8D", "8E"})
        addLearners(c, s, 8, std::vector<int>(20, 2));
    addLearners(c, "8F", 8, std::vector<int>(6, 3));
    int in8C = 0;
    for (const auto& l : c.learners)
        if (l.sectionId != "8C" || in8C++ < 15) c.evidence.push_back({l.id, "m2", 3, kStart});
    const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);

    REQUIRE(pc.gradeProgress.size() == 1);
    const auto& grade = pc.gradeProgress[0];
    CHECK_FALSE(grade.suppressed);
    CHECK(grade.rows.size() == 2);
    CHECK(grade.note.at("en") == "Learners in classes under 10 are not counted here");
    for (const char* s : {"8A", "8B", "8C", "8D", "8E"}) {
        CAPTURE(s);
        CHECK(sectionSlide(pc, s).rows.size() == 2);
    }
    CHECK(sectionSlide(pc, "8F").suppressedText.at("en") == "Not shown: fewer than 10 learners");
    CHECK(pc.smallSections == std::set<std::string>{"8F"});
    CHECK(pc.sectionGrades.at("8F") == 8);

    SUBCASE("a domain nobody has been assessed in says so, not that the group is small") {
        c.domains.push_back({"ela", "ELA", {{"en", "Reading"}}, 2});
        c.competencies.push_back({"e1", "ela", "ELA.1", {{"en", "Evidence"}}, {}, 1});
        const auto more = buildPublicContent(c, PrivacyPolicy{}, kToday);
        for (const auto* list : {&more.sectionProgress, &more.gradeProgress})
            for (const auto& slide : *list)
                if (slide.domainId == "ela") {
                    CHECK(slide.suppressed);
                    CHECK(slide.suppressedText.at("en") == "No evidence yet");
                    CHECK(slide.suppressedText.at("es") == "Todavía no hay evidencia");
                }
    }
    SUBCASE("a grade of only small crews that pool under k says why it shows nothing") {
        SchoolContent small = baseSchool();
        addLearners(small, "6A", 6, {1, 2, 3});
        addLearners(small, "6B", 6, {2, 3, 4, 4});
        const auto none = buildPublicContent(small, PrivacyPolicy{}, kToday);
        REQUIRE(none.gradeProgress.size() == 1);
        CHECK(none.gradeProgress[0].suppressed);
        CHECK(none.gradeProgress[0].suppressedText.at("en") == "Not shown: fewer than 10 learners");
    }
}

TEST_CASE("PublicView: learners are named only with consent, as given name and initial") {
    SchoolContent c = baseSchool();
    c.learners = {{"l1", "Maya", "Rodriguez", 7, "7A", true},
                  {"l2", "Jonah", "Pikeworth", 8, "7A", false}};
    auto cel = [&](std::string id, std::string learner, std::string text, int minute) {
        Celebration x;
        x.id = std::move(id);
        x.kind = "revision";
        x.learnerId = std::move(learner);
        x.text = {{"en", std::move(text)}};
        x.status = CelebrationStatus::Approved;
        x.createdAt = Instant{sys_days{onDay(10, 1)}} + minutes{minute};
        return x;
    };
    c.celebrations = {cel("c1", "l1", "Maya Rodriguez revised her essay four times.", 1),
                      cel("c2", "l2", "Jonah Pikeworth helped Jonah's crew; Pikeworth led.", 2)};
    const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);
    REQUIRE(pc.celebrations.size() == 2);
    CHECK(pc.celebrations[1].who.at("en") == "Maya R.");
    CHECK(pc.celebrations[1].text.at("en") == "Maya R. revised her essay four times.");
    CHECK(pc.celebrations[0].who.at("en") == "an 8th grader");
    CHECK(pc.celebrations[0].who.at("es") == "alguien de 8.º grado");
    CHECK(pc.celebrations[0].text.at("es").find("Jonah") == std::string::npos); // es falls back
    for (const char* secret : {"Jonah", "Pikeworth", "Rodriguez"})
        CHECK_FALSE(anyContains(pc, secret));
    CHECK(anyContains(pc, "Maya R."));
}

TEST_CASE("PublicView: only approved celebrations showing today, newest first") {
    SchoolContent c = baseSchool();
    c.sections = {{"7B", "7B Crew", 7}};
    c.habits = {{"grit", {{"en", "Perseverance"}}, {}, {}, "#aa5500", 1}};
    auto cel = [](std::string id, CelebrationStatus st, int minute) {
        Celebration x;
        x.id = std::move(id);
        x.kind = "habit";
        x.text = {{"en", "Kept going"}, {"es", "Siguió adelante"}};
        x.status = st;
        x.createdAt = Instant{sys_days{onDay(10, 1)}} + minutes{minute};
        return x;
    };
    std::vector<Celebration> cs{cel("pending", CelebrationStatus::Pending, 1),
                                cel("rejected", CelebrationStatus::Rejected, 2),
                                cel("expired", CelebrationStatus::Approved, 3),
                                cel("future", CelebrationStatus::Approved, 4),
                                cel("section", CelebrationStatus::Approved, 5),
                                cel("grade", CelebrationStatus::Approved, 6),
                                cel("school", CelebrationStatus::Approved, 6),
                                cel("lastday", CelebrationStatus::Approved, 7)};
    cs[2].showUntil = kToday - days{1};
    cs[3].showFrom = kToday + days{1};
    cs[4].sectionId = "7B";
    cs[4].habitId = "grit";
    cs[5].grade = 7;
    cs[5].habitId = "deleted-habit";
    cs[6].text = {{"en", "Thank you, families"}};
    cs[7].showFrom = kToday;
    cs[7].showUntil = kToday;
    c.celebrations = cs;
    const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);
    std::vector<std::string> ids;
    for (const auto& card : pc.celebrations)
        ids.push_back(card.id);
    CHECK(ids == std::vector<std::string>{"lastday", "grade", "school", "section"});
    CHECK(pc.celebrations[1].who.at("en") == "Grade 7");
    CHECK(pc.celebrations[1].habitName.empty());
    CHECK(pc.celebrations[1].habitColor.empty());
    CHECK(pc.celebrations[2].who.at("es") == "nuestra escuela");
    CHECK(pc.celebrations[2].text.at("es") == "Thank you, families"); // first language
    CHECK(pc.celebrations[3].who.at("en") == "7B Crew");
    CHECK(pc.celebrations[3].habitName.at("en") == "Perseverance");
    CHECK(pc.celebrations[3].habitColor == "#aa5500");
}

TEST_CASE("PublicView: habits are in sort order") {
    SchoolContent c = baseSchool();
    c.habits = {{"b", {{"en", "B"}}, {}, {}, "#000000", 2},
                {"a", {{"en", "A"}}, {}, {}, "#000000", 3},
                {"c", {{"en", "C"}}, {}, {}, "#000000", 1}};
    const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);
    REQUIRE(pc.habits.size() == 3);
    CHECK(pc.habits[0].habitId == "c");
    CHECK(pc.habits[1].habitId == "b");
    CHECK(pc.habits[2].habitId == "a");
}

// ---- Property test over random small schools ---------------------------------------------------

namespace {

struct RandomSchool {
    SchoolContent content;
    PrivacyPolicy policy;
};

// Level weights that make bars lopsided as often as even.
int skewedLevel(std::mt19937& rng, int pattern) {
    static const std::vector<std::vector<double>> kWeights{
        {1, 1, 1, 1}, {0.2, 0.3, 6, 3}, {6, 2, 0.3, 0.1}, {0, 0, 1, 0}, {0.1, 8, 0.1, 0}};
    const auto& w = kWeights[pattern % kWeights.size()];
    std::discrete_distribution<int> pick(w.begin(), w.end());
    return 1 + pick(rng);
}

RandomSchool randomSchool(unsigned seed) {
    std::mt19937 rng(seed);
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    RandomSchool r{baseSchool(),
                   *PrivacyPolicy::make(std::vector<int>{5, 10, 12}[seed % 3]).policy};
    SchoolContent& c = r.content;
    c.domains.push_back({"ela", "ELA", {{"en", "Reading"}}, 0});
    c.competencies.push_back({"m2", "math", "MATH.2", {{"en", "Equations"}}, {}, 2});
    c.competencies.push_back({"e1", "ela", "ELA.1", {{"en", "Evidence"}}, {}, 1});
    int next = 0;
    for (int grade = 6; grade < 6 + uniform(1, 2); ++grade)
        for (int s = uniform(1, 3); s > 0; --s) {
            const std::string section = std::to_string(grade) + static_cast<char>('A' + s);
            c.sections.push_back({section, section + " Crew", grade});
            const int pattern = uniform(0, 4);
            for (int n = uniform(1, 40); n > 0; --n, ++next) {
                const std::string id = "L" + std::to_string(next);
                const std::string sec = uniform(0, 19) == 0 ? "nowhere" : section;
                c.learners.push_back(
                    {id, "Gvn" + id + "x", "Fmly" + id + "q", grade, sec, uniform(0, 1) == 1});
                for (const auto& comp : c.competencies)
                    for (int e = uniform(0, 3); e > 0; --e)
                        c.evidence.push_back({id, comp.id, skewedLevel(rng, pattern),
                                              kStart + days{uniform(0, 70)}});
            }
        }
    std::shuffle(c.sections.begin(), c.sections.end(), rng);
    for (int i = 0; i < 6 && !c.learners.empty(); ++i) {
        const Learner& l = c.learners[uniform(0, static_cast<int>(c.learners.size()) - 1)];
        Celebration cel;
        cel.id = "cel" + std::to_string(i);
        cel.learnerId = l.id;
        cel.text = {{"en", l.givenName + " " + l.familyName + " kept at it. Go " + l.familyName}};
        cel.status = static_cast<CelebrationStatus>(uniform(0, 2));
        c.celebrations.push_back(cel);
    }
    return r;
}

// The level as of `d`, recomputed from raw evidence without MasteryIndex.
std::optional<int> rawLevel(const SchoolContent& c, const std::string& learner,
                            const std::string& comp, Days d) {
    std::optional<Evidence> best;
    for (const auto& e : c.evidence)
        if (e.learnerId == learner && e.competencyId == comp && e.date <= d &&
            (!best || e.date > best->date || (e.date == best->date && e.level > best->level)))
            best = e;
    return best ? std::optional<int>(best->level) : std::nullopt;
}

// The learners a slide's row counts: a section's counted members with a level today, or a
// grade's units (support/UnitOracle.hpp).
std::set<std::string> rowGroup(const SchoolContent& c, const ProgressSlideData& s,
                               const std::string& comp, int k) {
    const testing::UnitOracle oracle{c, k, kStart + days{13}};
    if (s.groupKind == "section") return oracle.withLevel(oracle.section(s.groupId), comp, kToday);
    return oracle.gradeNow(std::stoi(s.groupId), comp, kToday);
}

void checkRow(const SchoolContent& c, const ProgressSlideData& s, const CompetencyProgress& row,
              int k) {
    int counted = 0;
    std::vector<int> perRank(5, 0);
    for (const auto& id : rowGroup(c, s, row.competencyId, k))
        if (auto level = rawLevel(c, id, row.competencyId, kToday)) {
            ++counted;
            ++perRank.at(*level);
        }
    CHECK(counted >= k);
    CHECK(percentSum(row) == 100);
    REQUIRE_FALSE(row.bands.empty());
    CHECK(row.bands.front().firstRank == 1);
    CHECK(row.bands.back().lastRank == 4);
    for (std::size_t i = 0; i < row.bands.size(); ++i) {
        const auto& b = row.bands[i];
        CHECK((b.percent % 5 == 0 && b.percent >= 5));
        if (i > 0) CHECK(b.firstRank == row.bands[i - 1].lastRank + 1);
        const int inBand =
            std::accumulate(perRank.begin() + b.firstRank, perRank.begin() + b.lastRank + 1, 0);
        if (row.bands.size() > 1) CHECK(inBand >= 3);
    }
}

// Learners counted on a shown grade row but on no shown section row: 0 or at least k.
void checkGradeRemainder(const SchoolContent& c, const PublicContent& pc,
                         const ProgressSlideData& g, const CompetencyProgress& row, int k) {
    std::set<std::string> shown;
    for (const auto& s : pc.sectionProgress)
        for (const auto& r : s.rows)
            if (r.competencyId == row.competencyId) {
                const auto members = rowGroup(c, s, row.competencyId, k);
                shown.insert(members.begin(), members.end());
            }
    int outside = 0;
    for (const auto& id : rowGroup(c, g, row.competencyId, k))
        if (!shown.contains(id)) ++outside;
    CHECK((outside == 0 || outside >= k));
}

} // namespace

TEST_CASE("PublicView: privacy properties hold for random small schools") {
    int shownRows = 0, suppressedSlides = 0, mergedBands = 0;
    for (unsigned seed = 1; seed <= 120; ++seed) {
        CAPTURE(seed);
        const auto [c, policy] = randomSchool(seed);
        const auto pc = buildPublicContent(c, policy, kToday);
        const int k = policy.minGroup();
        for (const auto* list : {&pc.sectionProgress, &pc.gradeProgress})
            for (const auto& s : *list) {
                if (s.suppressed) CHECK(s.rows.empty());
                suppressedSlides += s.suppressed ? 1 : 0;
                for (const auto& row : s.rows) {
                    checkRow(c, s, row, k);
                    ++shownRows;
                    for (const auto& b : row.bands)
                        mergedBands += b.firstRank != b.lastRank;
                }
            }
        for (const auto& g : pc.gradeProgress)
            for (const auto& row : g.rows)
                checkGradeRemainder(c, pc, g, row, k);
        for (const auto& l : c.learners) {
            CHECK_FALSE(anyContains(pc, l.familyName));
            if (!l.consentNamePublic) CHECK_FALSE(anyContains(pc, l.givenName));
        }
        std::vector<std::pair<std::string, std::string>> sectionOrder, gradeOrder;
        for (const auto& s : pc.sectionProgress)
            sectionOrder.emplace_back(s.groupId, s.domainId);
        for (const auto& s : pc.gradeProgress)
            gradeOrder.emplace_back(std::string(3 - s.groupId.size(), '0') + s.groupId, s.domainId);
        // By id, then domain sort order ("ela" has sort order 0, "math" 1).
        auto byIdThenDomain = [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first < b.first : a.second == "ela" && b.second == "math";
        };
        CHECK(std::is_sorted(sectionOrder.begin(), sectionOrder.end(), byIdThenDomain));
        CHECK(std::is_sorted(gradeOrder.begin(), gradeOrder.end(), byIdThenDomain));
        CHECK(sectionOrder.size() == c.sections.size() * 2);
    }
    INFO("shown rows ", shownRows, ", suppressed slides ", suppressedSlides, ", merged bands ",
         mergedBands);
    CHECK(shownRows > 100); // the generator reaches both sides of every rule
    CHECK(suppressedSlides > 100);
    CHECK(mergedBands > 50);
}

TEST_CASE("PublicView: the mission is given in every school language, or not at all") {
    SchoolContent c = baseSchool();
    CHECK(buildPublicContent(c, PrivacyPolicy{}, kToday).mission.empty());
    c.school.mission = {{"en", ""}};
    CHECK(buildPublicContent(c, PrivacyPolicy{}, kToday).mission.empty());
    c.school.mission = {{"en", "Every learner grows."}};
    const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);
    CHECK(pc.mission.at("en") == "Every learner grows.");
    CHECK(pc.mission.at("es") == "Every learner grows."); // the first language stands in
}

TEST_CASE("PublicView: announcements show from showFrom until the event, with a countdown") {
    SchoolContent c = baseSchool();
    const Days event = sys_days{year{2026} / 12 / 3}; // a Thursday
    Announcement night;
    night.id = "night";
    night.title = {{"en", "Innovation Night"}, {"es", "Noche de innovación"}};
    night.text = {{"en", "Families welcome at 6 pm."}};
    night.eventDate = event;
    night.countdown = true;
    night.showFrom = event - days{7};
    night.targets = {"hallways"};
    Announcement quiet = night;
    quiet.id = "quiet";
    quiet.countdown = false;
    quiet.showUntil = event + days{2};
    quiet.targets = {};
    Announcement undated;
    undated.id = "undated";
    undated.title = {{"en", "Library open at lunch"}};
    c.announcements = {undated, quiet, night};
    auto on = [&](Days d) { return buildPublicContent(c, PrivacyPolicy{}, d).announcements; };
    auto idsOn = [&](Days d) {
        std::vector<std::string> ids;
        for (const auto& a : on(d))
            ids.push_back(a.announcementId);
        return ids;
    };
    CHECK(idsOn(event - days{8}) == std::vector<std::string>{"undated"});
    CHECK(idsOn(event - days{7}) == std::vector<std::string>{"night", "quiet", "undated"});
    CHECK(idsOn(event) == std::vector<std::string>{"night", "quiet", "undated"});
    CHECK(idsOn(event + days{1}) == std::vector<std::string>{"quiet", "undated"}); // until event
    CHECK(idsOn(event + days{3}) == std::vector<std::string>{"undated"});

    SUBCASE("countdown wording in each language") {
        const auto a = on(event - days{3});
        CHECK(a[0].when.at("en") == "Thursday, December 3 · in 3 days");
        CHECK(a[0].when.at("es") == "jueves, 3 de diciembre · en 3 días");
        CHECK(a[0].title.at("es") == "Noche de innovación");
        CHECK(a[0].text.at("es") == "Families welcome at 6 pm."); // first language stands in
        CHECK(a[0].targets == std::vector<std::string>{"hallways"});
        CHECK(a[1].when.at("en") == "Thursday, December 3"); // no countdown asked for
        CHECK(a[2].when.empty());
        CHECK(on(event - days{1})[0].when.at("en") == "Thursday, December 3 · tomorrow");
        CHECK(on(event - days{1})[0].when.at("es") == "jueves, 3 de diciembre · mañana");
        CHECK(on(event)[0].when.at("en") == "Thursday, December 3 · today");
        CHECK(on(event)[0].when.at("es") == "jueves, 3 de diciembre · hoy");
    }
    SUBCASE("no countdown once the event is past") {
        night.showUntil = event + days{1};
        c.announcements = {night};
        CHECK(on(event + days{1})[0].when.at("en") == "Thursday, December 3");
    }
}

TEST_CASE("PublicView: celebration cards carry their targets") {
    SchoolContent c = baseSchool();
    Celebration x;
    x.id = "c1";
    x.kind = "growth";
    x.text = {{"en", "We planted a garden"}};
    x.status = CelebrationStatus::Approved;
    x.targets = {"hallway-2", "7th-wing"};
    c.celebrations = {x};
    const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);
    REQUIRE(pc.celebrations.size() == 1);
    CHECK(pc.celebrations[0].targets == std::vector<std::string>{"hallway-2", "7th-wing"});
}

// ---- Student voice ----------------------------------------------------------------------------

namespace {

SchoolContent quoteSchool() {
    SchoolContent c;
    c.school.languages = {"en", "es"};
    c.learners = {{"maya", "Maya", "Rivera", 8, "8a", true},
                  {"leo", "Leo", "Santos", 7, "7b", false}};
    return c;
}

Quote quote(std::string id, LangText text, std::optional<std::string> learner,
            std::optional<int> grade, bool approved = true) {
    return Quote{std::move(id), std::move(text), std::move(learner), grade, approved};
}

QuoteSlideData onlyQuote(const PublicContent& pc) {
    REQUIRE(pc.quotes.size() == 1);
    return pc.quotes.front();
}

} // namespace

TEST_CASE("PublicView: a quote names its learner only with consent, else speaks of the grade") {
    SchoolContent c = quoteSchool();
    const LangText text{{"en", "I keep my mistakes."}, {"es", "Guardo mis errores."}};
    SUBCASE("consent: given name, family initial and grade") {
        c.quotes = {quote("q", text, "maya", std::nullopt)};
        const auto& q = onlyQuote(buildPublicContent(c, PrivacyPolicy{}, kToday));
        CHECK(q.quoteId == "q");
        CHECK(q.attribution.at("en") == "— Maya R., 8th grader");
        CHECK(q.attribution.at("es") == "— Maya R., estudiante de 8.º grado");
    }
    SUBCASE("no consent: the learner's grade only") {
        c.quotes = {quote("q", text, "leo", 5)};
        const auto& q = onlyQuote(buildPublicContent(c, PrivacyPolicy{}, kToday));
        CHECK(q.attribution.at("en") == "— 7th grader");
        CHECK(q.attribution.at("es") == "— estudiante de 7.º grado");
    }
    SUBCASE("no learner: the quote's grade") {
        c.quotes = {quote("q", text, std::nullopt, 8)};
        const auto& q = onlyQuote(buildPublicContent(c, PrivacyPolicy{}, kToday));
        CHECK(q.attribution.at("en") == "— 8th grader");
        CHECK(q.attribution.at("es") == "— estudiante de 8.º grado");
    }
    SUBCASE("neither learner nor grade: a student") {
        c.quotes = {quote("q", text, std::string("gone"), std::nullopt)};
        const auto& q = onlyQuote(buildPublicContent(c, PrivacyPolicy{}, kToday));
        CHECK(q.attribution.at("en") == "— a student");
        CHECK(q.attribution.at("es") == "— estudiante de nuestra escuela");
    }
}

TEST_CASE("PublicView: a quote's missing translation falls back to the school's first language") {
    SchoolContent c = quoteSchool();
    c.quotes = {quote("q", {{"en", "Revising taught me."}, {"es", ""}}, std::nullopt, 8)};
    const auto& q = onlyQuote(buildPublicContent(c, PrivacyPolicy{}, kToday));
    CHECK(q.text.at("en") == "Revising taught me.");
    CHECK(q.text.at("es") == "Revising taught me.");
    c.school.languages = {"es", "en"};
    c.quotes = {quote("q", {{"en", "Revising taught me."}, {"es", "Revisar me enseñó."}}, {}, 8)};
    c.quotes.front().text.erase("en");
    CHECK(onlyQuote(buildPublicContent(c, PrivacyPolicy{}, kToday)).text.at("en") ==
          "Revisar me enseñó.");
}

TEST_CASE("PublicView: names written in a quote are replaced like a celebration's") {
    SchoolContent c = quoteSchool();
    c.quotes = {quote(
        "q",
        {{"en", "Leo Santos and Maya Rivera showed me how."}, {"es", "Leo me enseñó a revisar."}},
        "leo", std::nullopt)};
    const auto& q = onlyQuote(buildPublicContent(c, PrivacyPolicy{}, kToday));
    CHECK(q.text.at("en") == "a 7th grader and Maya R. showed me how.");
    CHECK(q.text.at("es") == "alguien de 7.º grado me enseñó a revisar.");
}

TEST_CASE("PublicView: unapproved or empty quotes never reach a screen") {
    SchoolContent c = quoteSchool();
    c.quotes = {quote("pending", {{"en", "Not yet approved."}}, std::nullopt, 8, false),
                quote("empty", {{"en", ""}}, std::nullopt, 8),
                quote("shown", {{"en", "Approved."}}, std::nullopt, 8)};
    const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);
    CHECK(onlyQuote(pc).quoteId == "shown");
    c.quotes.back().approved = false;
    CHECK(buildPublicContent(c, PrivacyPolicy{}, kToday).quotes.empty());
}

TEST_CASE("PublicView: an expired celebration is never shown, even inside its window") {
    SchoolContent c = baseSchool();
    Celebration x;
    x.id = "expired";
    x.kind = "growth";
    x.text = {{"en", "Kept going"}};
    x.status = CelebrationStatus::Expired;
    x.showFrom = kToday - days{1};
    x.showUntil = kToday + days{1};
    c.celebrations = {x};
    CHECK(buildPublicContent(c, PrivacyPolicy{}, kToday).celebrations.empty());
    c.celebrations[0].status = CelebrationStatus::Approved;
    CHECK(buildPublicContent(c, PrivacyPolicy{}, kToday).celebrations.size() == 1);
}

TEST_CASE("PublicView: a celebration may speak of its learner by section, if large enough") {
    SchoolContent c = baseSchool();
    c.school.languages = {"en", "es"};
    addLearners(c, "7B", 7, std::vector<int>(10, 2)); // "7B Crew", 10 learners
    addLearners(c, "7C", 7, std::vector<int>(9, 2));  // "7C Crew", 9 learners
    Celebration x;
    x.id = "c1";
    x.kind = "revision";
    x.learnerId = "7B-0";
    x.text = {{"en", "Kid0 FamB0 revised her essay."}, {"es", "Kid0 revisó su ensayo."}};
    x.status = CelebrationStatus::Approved;
    x.anonymousAs = "section";
    c.learners[0].familyName = "FamB0";
    c.celebrations = {x};
    auto who = [&](const std::string& lang) {
        const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);
        REQUIRE(pc.celebrations.size() == 1);
        return pc.celebrations[0].who.at(lang);
    };
    SUBCASE("a section of at least minGroup is named, in each language") {
        CHECK(who("en") == "someone in 7B Crew");
        CHECK(who("es") == "alguien de 7B Crew");
        const auto pc = buildPublicContent(c, PrivacyPolicy{}, kToday);
        CHECK(pc.celebrations[0].text.at("en") == "someone in 7B Crew revised her essay.");
        CHECK(pc.celebrations[0].text.at("es") == "alguien de 7B Crew revisó su ensayo.");
    }
    SUBCASE("a section smaller than minGroup falls back to the grade") {
        c.celebrations[0].learnerId = "7C-0";
        CHECK(who("en") == "a 7th grader");
        CHECK(who("es") == "alguien de 7.º grado");
    }
    SUBCASE("enrollments count towards the section's size") {
        c.celebrations[0].learnerId = "7C-0";
        c.enrollments = {{"7B-1", "7C"}};
        CHECK(who("en") == "someone in 7C Crew");
    }
    SUBCASE("the default is the grade") {
        c.celebrations[0].anonymousAs = "grade";
        CHECK(who("en") == "a 7th grader");
    }
    SUBCASE("consent to be named still names the learner") {
        c.learners[0].consentNamePublic = true;
        CHECK(who("en") == "Kid0 F.");
    }
}

namespace {

std::string digest(const LangText& t) {
    std::string out;
    for (const auto& [lang, text] : t)
        out += lang + ":" + text + ";";
    return out;
}

std::string digest(const ProgressSlideData& s) {
    std::string out = s.groupKind + "/" + s.groupId + "/" + s.domainId + (s.suppressed ? "!" : "");
    for (const auto& r : s.rows) {
        out += "|" + r.competencyId + digest(r.changeText);
        for (const auto& b : r.bands)
            out += "," + std::to_string(b.percent) + digest(b.shareText) + digest(b.label);
    }
    return out;
}

std::string digest(const ClassWallSlideData& w) {
    std::string out = w.sectionId + (w.suppressed ? "!" : "") + digest(w.caption);
    for (const auto& r : w.rows)
        out += "|" + r.competencyId + std::to_string(r.nowPercent.value_or(-1)) +
               std::to_string(r.startPercent.value_or(-1)) + digest(r.nowText);
    return out;
}

std::string digest(const PublicContent& p, const std::set<std::string>& sections) {
    std::string out;
    for (const auto& s : p.sectionProgress)
        if (sections.contains(s.groupId)) out += digest(s) + "\n";
    for (const auto& s : p.gradeProgress)
        out += digest(s) + "\n";
    for (const auto& w : p.classWalls)
        if (sections.contains(w.sectionId)) out += digest(w) + "\n";
    for (const auto& s : p.spotlights) {
        out += s.competencyId + digest(s.withheldText);
        for (const auto& f : s.figures)
            out += "," + std::to_string(f.percent.value_or(-1));
        out += "\n";
    }
    for (const auto& r : p.gradeBoard.rows)
        for (const auto& c : r.cells)
            out += std::to_string(c.percent.value_or(-1)) + digest(c.text);
    return out;
}

} // namespace

TEST_CASE("PublicView: a scope writes out only its sections' own slides, every figure as the "
          "whole build has it") {
    const SchoolContent demo =
        makeDemoSchool(DemoOptions{200, 1, Days{std::chrono::year{2026} / 11 / 20}});
    const Days today{std::chrono::year{2026} / 11 / 23};
    const PublicContent whole = buildPublicContent(demo, PrivacyPolicy{}, today);
    const ProgressCounts counts(demo, MasteryData::from(demo.evidence), today);
    const std::set<std::string> only{demo.sections.front().id, demo.sections.back().id};
    const PublicContent scoped = buildPublicContent(demo, PrivacyPolicy{}, counts, {only});

    REQUIRE(scoped.classWalls.size() == 2);
    CHECK(std::all_of(scoped.sectionProgress.begin(), scoped.sectionProgress.end(),
                      [&](const ProgressSlideData& s) { return only.contains(s.groupId); }));
    CHECK(whole.sectionProgress.size() > scoped.sectionProgress.size());
    CHECK(digest(scoped, only) == digest(whole, only));
    SUBCASE("a scope with every section is the whole build") {
        std::set<std::string> all;
        for (const auto& s : demo.sections)
            all.insert(s.id);
        CHECK(digest(buildPublicContent(demo, PrivacyPolicy{}, counts, {all}), all) ==
              digest(whole, all));
    }
}
