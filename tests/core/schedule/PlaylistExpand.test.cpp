#include "core/schedule/PlaylistExpand.hpp"

#include "core/schedule/ReadingTime.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using namespace std::chrono;

namespace {

const Days kMonday = sys_days{year{2026} / 11 / 23}; // ISO week 48

CelebrationCard card(std::string id, std::vector<std::string> targets = {}) {
    CelebrationCard c;
    c.id = std::move(id);
    c.text = {{"en", "Kept going"}};
    c.targets = std::move(targets);
    return c;
}

ProgressSlideData progress(std::string kind, std::string id, std::string domain,
                           std::size_t rows = 1) {
    ProgressSlideData p;
    p.groupKind = std::move(kind);
    p.groupId = std::move(id);
    p.domainId = std::move(domain);
    p.rows.resize(rows);
    return p;
}

AnnouncementSlideData announcement(std::string id, std::vector<std::string> targets = {}) {
    return AnnouncementSlideData{std::move(id), {{"en", "Innovation Night"}}, {}, {}, targets};
}

PublicContent sample() {
    PublicContent c;
    c.schoolName = "Harbor Middle School";
    c.languages = {"en", "es"};
    for (const char* h : {"collaboration", "responsibility", "inquiry"})
        c.habits.push_back(HabitSlideData{h, {{"en", h}}, {}, {}, "#336699"});
    c.sectionProgress = {progress("section", "7a", "math"),
                         progress("section", "7b", "math", kMaxRowsPerProgressSlide + 2)};
    c.gradeProgress = {progress("grade", "6", "math"), progress("grade", "7", "math"),
                       progress("grade", "7", "sci")};
    c.celebrations = {card("c0"), card("c1", {"hallway-2"}), card("c2", {"7th-wing"}),
                      card("c3", {"library"})};
    c.mission = {{"en", "Every learner grows."}, {"es", "Cada estudiante crece."}};
    c.announcements = {announcement("night"), announcement("game", {"gym"})};
    return c;
}

Room hallway() {
    Room r;
    r.id = "hallway-2";
    r.kind = "hallway";
    r.grade = 7;
    return r;
}

PlaylistItem item(ItemSource source, std::string param = {},
                  std::optional<milliseconds> duration = std::nullopt) {
    return PlaylistItem{source, std::move(param), duration};
}

struct Fixture {
    PublicContent content = sample();
    Room room = hallway();
    std::vector<std::string> groups{"7th-wing"};
    Days today = kMonday;

    std::vector<Slide> expand(const Playlist& p) const {
        return expandPlaylist(
            p, ExpandContext{content, room, groups, {"en", "es"}, today, "rule mornings"});
    }
    std::vector<std::string> ids(std::vector<PlaylistItem> items) const {
        std::vector<std::string> out;
        for (const auto& s : expand(Playlist{"p", "P", std::move(items)}))
            out.push_back(s.id);
        return out;
    }
};

using Ids = std::vector<std::string>;

} // namespace

TEST_CASE("PlaylistExpand: an empty playlist gives no slides") {
    Fixture f;
    CHECK(f.expand(Playlist{}).empty());
}

TEST_CASE("PlaylistExpand: every source expands in the playlist's order") {
    Fixture f;
    CHECK(f.ids({item(ItemSource::Mission)}) == Ids{"mission"});
    CHECK(f.ids({item(ItemSource::AllHabits)}) ==
          Ids{"habit/collaboration", "habit/responsibility", "habit/inquiry"});
    CHECK(f.ids({item(ItemSource::SectionProgress, "7b")}) ==
          Ids{"progress/section/7b/math", "progress/section/7b/math/2"});
    CHECK(f.ids({item(ItemSource::GradeProgress, "7")}) ==
          Ids{"progress/grade/7/math", "progress/grade/7/sci"});
    CHECK(f.ids({item(ItemSource::GradeProgress, "9")}).empty());
    CHECK(f.ids({item(ItemSource::RoomProgress)}) ==
          Ids{"progress/grade/7/math", "progress/grade/7/sci"});
    CHECK(f.ids({item(ItemSource::Celebrations)}) == Ids{"celebrations/1"});
    CHECK(f.ids({item(ItemSource::Announcements)}) == Ids{"announcement/night"});
    CHECK(f.ids({item(ItemSource::HabitOfWeek)}) == Ids{"habit/collaboration"}); // 48 % 3 == 0
    CHECK(f.ids({item(ItemSource::Mission), item(ItemSource::HabitOfWeek),
                 item(ItemSource::Fixed, "announcement/night")}) ==
          Ids{"mission", "habit/collaboration", "announcement/night"});
}

TEST_CASE("PlaylistExpand: the slides carry their data") {
    Fixture f;
    auto slides = f.expand(
        Playlist{"p", "P", {item(ItemSource::Mission), item(ItemSource::SectionProgress, "7b")}});
    REQUIRE(slides.size() == 3);
    CHECK(slides[0].kind == SlideKind::Mission);
    const auto& m = std::get<MissionSlideData>(slides[0].data);
    CHECK(m.statement.at("es") == "Cada estudiante crece.");
    CHECK(m.schoolName.at("en") == "Harbor Middle School");
    CHECK(std::get<ProgressSlideData>(slides[1].data).rows.size() == kMaxRowsPerProgressSlide);
    CHECK(std::get<ProgressSlideData>(slides[2].data).rows.size() == 2);
}

TEST_CASE("PlaylistExpand: room progress follows the room's section, grade, else every grade") {
    Fixture f;
    f.room.grade.reset();
    f.room.sectionId = "7a";
    CHECK(f.ids({item(ItemSource::RoomProgress)}) == Ids{"progress/section/7a/math"});
    f.room.sectionId.reset();
    CHECK(f.ids({item(ItemSource::RoomProgress)}) ==
          Ids{"progress/grade/6/math", "progress/grade/7/math", "progress/grade/7/sci"});
}

TEST_CASE("PlaylistExpand: celebrations and announcements go where they are targeted") {
    Fixture f;
    auto cardIds = [&] {
        Ids out;
        for (const auto& s : f.expand(Playlist{"p", "P", {item(ItemSource::Celebrations)}}))
            for (const auto& c : std::get<CelebrationSlideData>(s.data).cards)
                out.push_back(c.id);
        return out;
    };
    SUBCASE("the room itself and its group") {
        CHECK(cardIds() == Ids{"c0", "c1", "c2"});
    }
    SUBCASE("a room outside the group sees only what is for everywhere or for it") {
        f.room.id = "library";
        f.groups = {};
        CHECK(cardIds() == Ids{"c0", "c3"});
    }
    SUBCASE("announcements") {
        f.room.id = "gym";
        f.groups = {};
        CHECK(f.ids({item(ItemSource::Announcements)}) ==
              Ids{"announcement/night", "announcement/game"});
    }
    SUBCASE("many targeted cards are paged") {
        for (int i = 0; i < 8; ++i)
            f.content.celebrations.push_back(card("w" + std::to_string(i), {"7th-wing"}));
        CHECK(f.ids({item(ItemSource::Celebrations)}) == Ids{"celebrations/1", "celebrations/2"});
        f.groups = {};
        CHECK(f.ids({item(ItemSource::Celebrations)}) == Ids{"celebrations/1"});
    }
}

TEST_CASE("PlaylistExpand: a fixed item shows its slide, or nothing when it does not exist") {
    Fixture f;
    CHECK(f.ids({item(ItemSource::Fixed, "habit/inquiry")}) == Ids{"habit/inquiry"});
    CHECK(f.ids({item(ItemSource::Fixed, "progress/section/7b/math/2")}) ==
          Ids{"progress/section/7b/math/2"});
    CHECK(f.ids({item(ItemSource::Fixed, "progress/grade/6/math")}) ==
          Ids{"progress/grade/6/math"});
    CHECK(f.ids({item(ItemSource::Fixed, "celebrations/1")}) == Ids{"celebrations/1"});
    CHECK(f.ids({item(ItemSource::Fixed, "mission")}) == Ids{"mission"});
    CHECK(f.ids({item(ItemSource::Fixed, "habit/gone")}).empty());
    CHECK(f.ids({item(ItemSource::Fixed, "celebrations/2")}).empty());
    CHECK(f.ids({item(ItemSource::Fixed, "announcement/game")}).empty()); // for the gym only
    CHECK(f.ids({item(ItemSource::Fixed, "nonsense")}).empty());
    f.content.mission.clear();
    CHECK(f.ids({item(ItemSource::Fixed, "mission")}).empty());
    CHECK(f.ids({item(ItemSource::Mission)}).empty());
}

TEST_CASE("PlaylistExpand: why names the rule, the item and the slide within it") {
    Fixture f;
    auto slides =
        f.expand(Playlist{"p",
                          "P",
                          {item(ItemSource::Fixed, "habit/gone"),
                           item(ItemSource::SectionProgress, "7b"), item(ItemSource::Mission)}});
    REQUIRE(slides.size() == 3);
    CHECK(slides[0].why == "rule mornings: item 2 of 3 (section-progress 7b), slide 1 of 2");
    CHECK(slides[1].why == "rule mornings: item 2 of 3 (section-progress 7b), slide 2 of 2");
    CHECK(slides[2].why == "rule mornings: item 3 of 3 (mission)");
}

TEST_CASE("PlaylistExpand: durations are the item's, or the reading time") {
    Fixture f;
    auto slides = f.expand(
        Playlist{"p", "P", {item(ItemSource::AllHabits, {}, 5s), item(ItemSource::Announcements)}});
    REQUIRE(slides.size() == 4);
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(slides[i].duration == 5000ms);
    CHECK(slides[3].duration == autoDuration(slides[3], {"en", "es"}));
    CHECK(slides[3].duration == 8000ms); // two words: the 8 s floor
}

TEST_CASE("PlaylistExpand: the habit of the week follows the ISO week") {
    CHECK(isoWeekNumber(sys_days{year{2026} / 1 / 1}) == 1);
    CHECK(isoWeekNumber(sys_days{year{2027} / 1 / 1}) == 53);
    CHECK(isoWeekNumber(kMonday) == 48);
    Fixture f;
    auto habitOn = [&](Days d) {
        f.today = d;
        return f.ids({item(ItemSource::HabitOfWeek)});
    };
    const Ids week48{"habit/collaboration"};
    CHECK(habitOn(kMonday - days{1}) == Ids{"habit/inquiry"}); // Sunday of week 47
    for (int d = 0; d < 7; ++d)
        CHECK(habitOn(kMonday + days{d}) == week48);
    CHECK(habitOn(kMonday + days{7}) == Ids{"habit/responsibility"}); // week 49
    f.content.habits.clear();
    CHECK(habitOn(kMonday).empty());
}

TEST_CASE("PlaylistExpand: the same inputs give the same slides") {
    Fixture f;
    Playlist p{"p",
               "P",
               {item(ItemSource::HabitOfWeek), item(ItemSource::RoomProgress),
                item(ItemSource::Celebrations), item(ItemSource::Mission)}};
    auto a = f.expand(p), b = f.expand(p);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].id == b[i].id);
        CHECK(a[i].why == b[i].why);
        CHECK(a[i].duration == b[i].duration);
    }
}

TEST_CASE("PlaylistExpand: the habits overview is one slide with every habit, up to eight") {
    Fixture f;
    auto slides = f.expand(Playlist{"p", "P", {item(ItemSource::HabitsOverview)}});
    REQUIRE(slides.size() == 1);
    CHECK(slides[0].id == "habits-overview");
    CHECK(slides[0].kind == SlideKind::HabitsOverview);
    const auto& d = std::get<HabitsOverviewSlideData>(slides[0].data);
    REQUIRE(d.habits.size() == 3);
    CHECK(d.habits[2].habitId == "inquiry");
    CHECK(f.ids({item(ItemSource::Fixed, "habits-overview")}) == Ids{"habits-overview"});
    for (int i = 0; i < 7; ++i)
        f.content.habits.push_back(f.content.habits.front());
    slides = f.expand(Playlist{"p", "P", {item(ItemSource::HabitsOverview)}});
    CHECK(std::get<HabitsOverviewSlideData>(slides[0].data).habits.size() == kMaxHabitsPerOverview);
    f.content.habits.clear();
    CHECK(f.ids({item(ItemSource::HabitsOverview)}).empty());
}

TEST_CASE("PlaylistExpand: student voice gives one slide per quote, with a fixed id") {
    Fixture f;
    f.content.quotes = {
        QuoteSlideData{"q1", {{"en", "I keep my mistakes."}}, {{"en", "— a student"}}},
        QuoteSlideData{"q2", {{"en", "Revising taught me."}}, {}}};
    auto slides = f.expand(Playlist{"p", "P", {item(ItemSource::StudentVoice)}});
    REQUIRE(slides.size() == 2);
    CHECK(slides[0].id == "quote/q1");
    CHECK(slides[0].kind == SlideKind::Quote);
    CHECK(std::get<QuoteSlideData>(slides[0].data).text.at("en") == "I keep my mistakes.");
    CHECK(slides[1].why == "rule mornings: item 1 of 1 (student-voice), slide 2 of 2");
    CHECK(f.ids({item(ItemSource::Fixed, "quote/q2")}) == Ids{"quote/q2"});
    CHECK(f.ids({item(ItemSource::Fixed, "quote/q3")}).empty());
    f.content.quotes.clear();
    CHECK(f.ids({item(ItemSource::StudentVoice)}).empty());
}
