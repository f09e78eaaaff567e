#include "player/ScreenProgram.hpp"

#include "core/alerts/Alerts.hpp"
#include "core/demo/DemoSchool.hpp"
#include "core/model/LocalTime.hpp"
#include "store/EvidenceImport.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <unistd.h>

using namespace lantern;
using namespace std::chrono_literals;

namespace {

struct Fixture {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("lantern-program-" + std::to_string(getpid()) + ".db");
    Settings settings;
    Instant monday = *parseLocalTime("2026-11-23T08:15:00", "America/New_York");

    Fixture() {
        std::filesystem::remove(path);
        Store::open(path).replaceContent(
            makeDemoSchool(DemoOptions{200, 1, Days{std::chrono::year{2026} / 11 / 20}}));
        settings.config.room = "hallway-1";
    }
    ~Fixture() {
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(path.string() + suffix);
    }

    // Another process's edit: renames every habit through a second connection.
    void renameHabitsElsewhere(const std::string& prefix) const {
        auto other = Store::open(path);
        auto content = other.loadContent();
        for (auto& h : content.habits)
            h.name["en"] = prefix + h.name["en"];
        other.replaceContent(content);
    }
};

Instant at(const char* local) {
    return *parseLocalTime(local, "America/New_York");
}

// What a fresh player (or `lantern render --at`) would show at `t`: the determinism reference.
ScreenMoment freshMoment(const std::filesystem::path& path, const Settings& settings, Instant t) {
    auto store = Store::open(path);
    ScreenPlanner planner(store.loadContent(), settings.policy);
    auto plan = planner.plan({*settings.config.room, ""}, t);
    return momentAt(plan, store.openAlerts(), t);
}

bool planMentions(const ScreenPlan& plan, const std::string& text) {
    for (const auto& s : plan.slides)
        if (const auto* h = std::get_if<HabitSlideData>(&s.data))
            if (h->name.at("en").find(text) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("ScreenProgram: a slide is due at the start and again only when it ends") {
    Fixture f;
    auto store = Store::open(f.path);
    ScreenProgram program(store, f.settings, f.monday);
    auto first = program.due(f.monday);
    REQUIRE(first);
    CHECK(program.showingEnd() > f.monday);
    CHECK_FALSE(program.due(program.showingEnd() - 1ms));
    auto next = program.due(program.showingEnd());
    REQUIRE(next);
    CHECK(next->slide.id != first->slide.id);
}

TEST_CASE("ScreenProgram: another connection's commit shows from the next slide on") {
    Fixture f;
    auto store = Store::open(f.path);
    ScreenProgram program(store, f.settings, f.monday);
    REQUIRE(program.due(f.monday));
    CHECK_FALSE(program.poll()); // nothing written yet

    f.renameHabitsElsewhere("Renamed ");
    CHECK(program.poll());
    CHECK_FALSE(program.due(program.showingEnd() - 1ms)); // the current slide stays
    CHECK_FALSE(planMentions(program.plan(), "Renamed "));

    REQUIRE(program.due(program.showingEnd()));
    CHECK(program.reloads() == 1);
    CHECK(planMentions(program.plan(), "Renamed "));
}

TEST_CASE("ScreenProgram: without changes the content is not read again within a day") {
    Fixture f;
    auto store = Store::open(f.path);
    ScreenProgram program(store, f.settings, f.monday);
    REQUIRE(program.due(f.monday));
    for (int i = 0; i < 20; ++i) {
        CHECK_FALSE(program.poll());
        REQUIRE(program.due(program.showingEnd()));
    }
    CHECK(program.reloads() == 0);
}

TEST_CASE("ScreenProgram: a new local day is planned afresh") {
    Fixture f;
    auto store = Store::open(f.path);
    ScreenProgram program(store, f.settings, f.monday);
    REQUIRE(program.due(f.monday));
    auto tuesday = *parseLocalTime("2026-11-24T00:00:05", "America/New_York");
    REQUIRE(program.due(tuesday));
    CHECK(formatDate(program.plan().day) == "2026-11-24");
}

TEST_CASE("ScreenProgram: a reload that cannot be used keeps the last good plan") {
    Fixture f;
    auto store = Store::open(f.path);
    ScreenProgram program(store, f.settings, f.monday);
    REQUIRE(program.due(f.monday));
    auto before = program.plan().slides.size();
    {
        auto other = Store::open(f.path);
        auto content = other.loadContent();
        std::erase_if(content.rooms, [](const Room& r) { return r.id == "hallway-1"; });
        std::erase_if(content.displays, [](const Display& d) { return d.roomId == "hallway-1"; });
        for (auto& g : content.groups)
            std::erase(g.roomIds, "hallway-1");
        other.replaceContent(content);
    }
    CHECK(program.poll());
    REQUIRE(program.due(program.showingEnd()));
    CHECK(program.reloads() == 0);
    CHECK(program.plan().room.id == "hallway-1");
    CHECK(program.plan().slides.size() == before);
}

TEST_CASE("ScreenProgram: an unknown room is refused before anything is shown") {
    Fixture f;
    f.settings.config.room = "roof";
    auto store = Store::open(f.path);
    CHECK_THROWS_AS(ScreenProgram(store, f.settings, f.monday), CommandError);
}

TEST_CASE(
    "ScreenProgram: a rule's window edge ends the slide on time and the next rule takes over") {
    Fixture f;
    auto store = Store::open(f.path);
    const Instant before = at("2026-11-23T08:14:50"); // morning arrival runs 07:00-08:15
    ScreenProgram program(store, f.settings, before);
    REQUIRE(program.due(before));
    CHECK(program.plan().ruleId == "morning-arrival");
    CHECK(program.showingEnd() == at("2026-11-23T08:15:00"));
    auto next = program.due(at("2026-11-23T08:15:00"));
    REQUIRE(next);
    CHECK(program.plan().ruleId == "hallway-progress"); // the hallways' mid-morning rule
    CHECK(next->slide.id == freshMoment(f.path, f.settings, at("2026-11-23T08:15:00")).slide.id);
}

TEST_CASE("ScreenProgram: an alert raised mid-slide shows at once and clearing it resumes the "
          "sequence where the clock says") {
    Fixture f;
    auto store = Store::open(f.path);
    const Instant start = at("2026-11-23T09:00:00");
    ScreenProgram program(store, f.settings, start);
    REQUIRE(program.due(start));
    const Instant mid = start + 3s;
    REQUIRE(mid < program.showingEnd());
    {
        auto cli = Store::open(f.path); // `lantern alert raise lockdown` in another process
        (void)cli.saveAlert(builtInAlert(AlertKind::Lockdown, std::nullopt, {}, mid));
    }
    CHECK(program.poll());
    auto shown = program.due(mid);
    REQUIRE(shown);
    CHECK(shown->mode == ScreenMode::Alert);
    CHECK(program.reloads() == 0); // alerts do not wait for the content to be re-read

    const Instant cleared = mid + 40s;
    CHECK_FALSE(program.due(cleared)); // the alert stays until it is cleared
    Store::open(f.path).clearAlerts(cleared);
    CHECK(program.poll());
    auto back = program.due(cleared);
    REQUIRE(back);
    CHECK(back->mode == ScreenMode::Slides);
    CHECK(back->slide.id == freshMoment(f.path, f.settings, cleared).slide.id);
}

TEST_CASE("ScreenProgram: outside power hours the screen is dark and wakes on time; an alert "
          "still shows") {
    Fixture f;
    auto store = Store::open(f.path);
    const Instant night = at("2026-11-23T21:30:00"); // hallways are on 07:00-18:00 on weekdays
    ScreenProgram program(store, f.settings, night);
    auto dark = program.due(night);
    REQUIRE(dark);
    CHECK(dark->mode == ScreenMode::Dark);
    CHECK(dark->end == at("2026-11-24T07:00:00"));

    const Instant later = night + 10min;
    Store::open(f.path).saveAlert(builtInAlert(AlertKind::Shelter, std::nullopt, {}, later));
    CHECK(program.poll());
    auto alert = program.due(later);
    REQUIRE(alert);
    CHECK(alert->mode == ScreenMode::Alert);

    auto morning = at("2026-11-24T07:00:00");
    Store::open(f.path).clearAlerts(morning - 1h);
    CHECK(program.poll());
    auto again = program.due(morning - 1h);
    REQUIRE(again);
    CHECK(again->mode == ScreenMode::Dark);
    auto woken = program.due(morning);
    REQUIRE(woken);
    CHECK(woken->mode == ScreenMode::Slides);
}

TEST_CASE("ScreenProgram: a playlist edited while playing changes at the next slide and stays "
          "in step with a fresh player") {
    Fixture f;
    auto store = Store::open(f.path);
    const Instant t0 = at("2026-11-23T07:20:00"); // morning arrival
    ScreenProgram program(store, f.settings, t0);
    REQUIRE(program.due(t0));
    const auto slidesBefore = program.plan().slides.size();
    {
        auto other = Store::open(f.path);
        auto content = other.loadContent();
        for (auto& p : content.playlists)
            if (p.id == "morning-arrival")
                p.items.insert(p.items.begin(), PlaylistItem{ItemSource::AllHabits, "", 10s});
        other.replaceContent(content);
    }
    CHECK(program.poll());
    CHECK_FALSE(program.due(program.showingEnd() - 1ms)); // the current slide is not cut short
    Instant t = program.showingEnd();
    for (int i = 0; i < 12; ++i) {
        auto shown = program.due(t);
        REQUIRE(shown);
        CHECK(shown->slide.id == freshMoment(f.path, f.settings, t).slide.id);
        t = program.showingEnd();
    }
    CHECK(program.plan().slides.size() > slidesBefore);
}

namespace {

// Every count a progress slide can ask for, as a fresh player would count it.
void checkCountsAsFresh(const ProgressCounts& counts, const std::filesystem::path& path) {
    auto store = Store::open(path);
    const SchoolContent content = store.loadContent(Store::WithEvidence::No);
    const ProgressCounts fresh(content, store.loadMasteryData(), counts.today());
    std::vector<ProgressGroup> groups{ProgressGroup::school()};
    for (const auto& s : content.sections) {
        groups.push_back(ProgressGroup::section(s.id));
        groups.push_back(ProgressGroup::ofGrade(s.grade));
    }
    CHECK(counts.data().evidenceCount() == fresh.data().evidenceCount());
    for (const auto& g : groups)
        for (const auto& c : content.competencies)
            for (auto f : {ProgressCounts::Figure::Now, ProgressCounts::Figure::Start,
                           ProgressCounts::Figure::StartToday})
                CHECK(counts.levels(g, c.id, f) == fresh.levels(g, c.id, f));
}

} // namespace

TEST_CASE("ScreenProgram: evidence imported elsewhere is counted from the next slide on, as a "
          "fresh player counts it") {
    Fixture f;
    auto store = Store::open(f.path);
    ScreenProgram program(store, f.settings, f.monday);
    REQUIRE(program.due(f.monday));
    REQUIRE(program.planner().counts());
    const auto before = program.planner().counts()->data().evidenceCount();
    const SchoolContent content = store.loadContent(Store::WithEvidence::No);
    const Learner& learner = content.learners.front();

    SUBCASE("an import that only adds rows") {
        auto other = Store::open(f.path);
        std::string csv = "learner_id,section_id,competency_code,level,date\n";
        for (const auto& c : content.competencies)
            csv += learner.id + "," + learner.sectionId + "," + c.code + ",4,2026-11-20\n";
        std::istringstream in(csv);
        (void)importMasteryCsv(other, in, "later.csv", Days{std::chrono::year{2026} / 11 / 23});
        REQUIRE(program.poll());
        REQUIRE(program.due(program.showingEnd()));
        CHECK(program.planner().counts()->data().evidenceCount() ==
              before + content.competencies.size());
        checkCountsAsFresh(*program.planner().counts(), f.path);
    }
    SUBCASE("a rewrite of the content (the evidence epoch moves)") {
        auto other = Store::open(f.path);
        SchoolContent fewer = other.loadContent();
        fewer.evidence.resize(fewer.evidence.size() / 2);
        other.replaceContent(fewer);
        REQUIRE(program.poll());
        REQUIRE(program.due(program.showingEnd()));
        CHECK(program.planner().counts()->data().evidenceCount() == fewer.evidence.size());
        checkCountsAsFresh(*program.planner().counts(), f.path);
    }
}
