#include "core/schedule/Playlist.hpp"

#include "core/schedule/SlidePages.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace lantern;

namespace {

CelebrationCard card(int i) {
    CelebrationCard c;
    c.id = "c" + std::to_string(i);
    return c;
}

ProgressSlideData progress(std::string kind, std::string id, std::string domain) {
    ProgressSlideData p;
    p.groupKind = std::move(kind);
    p.groupId = std::move(id);
    p.domainId = std::move(domain);
    return p;
}

PublicContent sample() {
    PublicContent c;
    for (const char* h : {"collaboration", "responsibility", "inquiry"})
        c.habits.push_back(HabitSlideData{h, {}, {}, {}, "#336699"});
    c.sectionProgress = {progress("section", "7a", "math"), progress("section", "7b", "math")};
    c.gradeProgress = {progress("grade", "6", "math"), progress("grade", "7", "math"),
                       progress("grade", "7", "sci")};
    for (int i = 0; i < 8; ++i)
        c.celebrations.push_back(card(i));
    return c;
}

std::set<std::string> ids(const std::vector<Slide>& slides) {
    std::set<std::string> out;
    for (const auto& s : slides)
        out.insert(s.id);
    return out;
}

} // namespace

TEST_CASE("Playlist: celebration cards are paged evenly, at most six to a wall") {
    std::vector<CelebrationCard> cards;
    for (int i = 0; i < 11; ++i)
        cards.push_back(card(i));
    auto pages = celebrationPages(cards);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].cards.size() == 6);
    CHECK(pages[1].cards.size() == 5);
    CHECK(pages[1].cards.front().id == "c6");
    CHECK(pages[1].page == 2);
    CHECK(pages[1].pageCount == 2);
    cards.resize(7);
    pages = celebrationPages(cards);
    CHECK(pages[0].cards.size() == 4);
    CHECK(pages[1].cards.size() == 3);
    CHECK(celebrationPages({}).empty());
}

TEST_CASE("Playlist: each room kind shows the progress that belongs to it") {
    auto c = sample();
    SUBCASE("a classroom shows its own section only") {
        Room room{"room-7a", "Room 7A", "classroom", std::string("7a"), std::nullopt};
        auto s = ids(buildRoomPlaylist(c, room));
        CHECK(s.count("progress/section/7a/math") == 1);
        CHECK(s.count("progress/section/7b/math") == 0);
        CHECK(s.count("progress/grade/7/math") == 0);
    }
    SUBCASE("a grade wing shows its grade") {
        Room room{"wing-7", "7th grade wing", "hallway", std::nullopt, 7};
        auto s = ids(buildRoomPlaylist(c, room));
        CHECK(s.count("progress/grade/7/math") == 1);
        CHECK(s.count("progress/grade/7/sci") == 1);
        CHECK(s.count("progress/grade/6/math") == 0);
    }
    SUBCASE("a hallway shows every grade and never a single section") {
        Room room{"hallway-1", "Main hallway", "hallway", std::nullopt, std::nullopt};
        auto s = ids(buildRoomPlaylist(c, room));
        CHECK(s.count("progress/grade/6/math") == 1);
        CHECK(s.count("progress/section/7a/math") == 0);
    }
}

TEST_CASE("Playlist: kinds are interleaved and every habit and wall page gets a turn") {
    Room room{"hallway-1", "Main hallway", "hallway", std::nullopt, std::nullopt};
    auto slides = buildRoomPlaylist(sample(), room);
    REQUIRE(slides.size() == 9); // three rounds of habit, progress, wall
    CHECK(slides[0].kind == SlideKind::Habit);
    CHECK(slides[1].kind == SlideKind::Progress);
    CHECK(slides[2].kind == SlideKind::Celebrations);
    auto s = ids(slides);
    CHECK(s.count("habit/inquiry") == 1);
    CHECK(s.count("celebrations/2") == 1);
    for (const auto& slide : slides)
        CHECK(slide.why.find("hallway-1") != std::string::npos);
}

TEST_CASE("Playlist: a school with no content yields an empty playlist, not a crash") {
    Room room{"entrance", "Entrance", "entrance", std::nullopt, std::nullopt};
    CHECK(buildRoomPlaylist(PublicContent{}, room).empty());
}

TEST_CASE("Playlist: a domain with more rows than a slide holds is paged, no row dropped") {
    PublicContent c;
    auto p = progress("grade", "7", "math");
    for (int i = 0; i < 7; ++i) {
        CompetencyProgress row;
        row.competencyId = "m" + std::to_string(i);
        p.rows.push_back(row);
    }
    c.gradeProgress = {p};
    Room room{"hallway-1", "Main hallway", "hallway", std::nullopt, std::nullopt};
    auto slides = buildRoomPlaylist(c, room);
    REQUIRE(slides.size() == 2);
    CHECK(slides[0].id == "progress/grade/7/math");
    CHECK(slides[1].id == "progress/grade/7/math/2");
    CHECK(std::get<ProgressSlideData>(slides[0].data).rows.size() == kMaxRowsPerProgressSlide);
    const auto& second = std::get<ProgressSlideData>(slides[1].data).rows;
    REQUIRE(second.size() == 2);
    CHECK(second.back().competencyId == "m6");
}

TEST_CASE("Playlist: the built-in default shows a celebration only where it is targeted") {
    auto c = sample();
    c.celebrations.resize(3);
    c.celebrations[0].targets = {"hallway-2"};
    c.celebrations[1].targets = {"hallways"};
    Room room{"hallway-1", "Main hallway", "hallway", std::nullopt, std::nullopt};
    auto cardsShown = [&](const std::vector<std::string>& groups) {
        std::set<std::string> out;
        for (const auto& s : buildRoomPlaylist(c, room, groups))
            if (const auto* wall = std::get_if<CelebrationSlideData>(&s.data))
                for (const auto& card : wall->cards)
                    out.insert(card.id);
        return out;
    };
    CHECK(cardsShown({}) == std::set<std::string>{"c2"});
    CHECK(cardsShown({"hallways"}) == std::set<std::string>{"c1", "c2"});
}

TEST_CASE("Playlist: shared spaces hear each quote once a cycle; classrooms hear none") {
    auto c = sample();
    c.quotes = {QuoteSlideData{"q1", {{"en", "I keep my mistakes."}}, {}},
                QuoteSlideData{"q2", {{"en", "Revising taught me."}}, {}}};
    for (const char* kind : {"hallway", "entrance", "cafeteria"}) {
        CAPTURE(kind);
        Room room{"r", "Room", kind, std::nullopt, std::nullopt};
        auto slides = buildRoomPlaylist(c, room);
        REQUIRE(slides.size() == 11); // three rounds of habit, progress, wall; each quote once
        CHECK(slides[3].kind == SlideKind::Quote);
        CHECK(slides[3].id == "quote/q1");
        CHECK(slides[7].id == "quote/q2");
        CHECK(slides[3].why ==
              "default playlist for room r (" + std::string(kind) + "): student voice 1 of 2");
    }
    Room classroom{"room-7a", "Room 7A", "classroom", std::string("7a"), std::nullopt};
    for (const auto& s : buildRoomPlaylist(c, classroom))
        CHECK(s.kind != SlideKind::Quote);
}

TEST_CASE("Playlist: screens read from further away hold fewer progress rows a slide, none lost") {
    CHECK(progressRowsPerSlide(3.0) == kMaxRowsPerProgressSlide);
    CHECK(progressRowsPerSlide(1.0) == kMaxRowsPerProgressSlide);
    CHECK(progressRowsPerSlide(4.5) == 3);
    CHECK(progressRowsPerSlide(20.0) == 2);
    ProgressSlideData p = progress("grade", "7", "math");
    p.rows.resize(7);
    for (std::size_t i = 0; i < p.rows.size(); ++i)
        p.rows[i].competencyId = "c" + std::to_string(i);
    auto pages = progressPages(p, progressRowsPerSlide(4.5));
    REQUIRE(pages.size() == 3);
    std::size_t rows = 0;
    for (const auto& [page, n] : pages) {
        CHECK(page.rows.size() <= 3);
        rows += page.rows.size();
    }
    CHECK(rows == 7);
    CHECK(pages[2].first.rows.back().competencyId == "c6");
}
