#include "app/ScreenProgram.hpp"
#include "core/DemoSchool.hpp"
#include "core/LocalTime.hpp"

#include <doctest/doctest.h>

#include <filesystem>
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
    CHECK(next->id != first->id);
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
