#include "store/Store.hpp"
#include "store/StoreFixtures.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using lantern::testing::at;

namespace {

PlayRecord play(std::string display, std::string room, std::string slide, std::int64_t start) {
    return {std::move(display), std::move(room), std::move(slide), "habit",
            at(start),          at(start + 10)};
}

std::vector<std::string> slides(const std::vector<PlayRecord>& plays) {
    std::vector<std::string> result;
    for (const auto& p : plays)
        result.push_back(p.displayId + ":" + p.slideId);
    return result;
}

using Names = std::vector<std::string>;

} // namespace

TEST_CASE("Plays: a batch is stored whole and read back field by field") {
    Store store = Store::open(":memory:");
    store.appendPlays({{"tv-1", "entrance", "habit/inquiry", "habit", at(1'000), at(9'000)},
                       {"tv-1", "entrance", "alert-1", "alert", at(9'000), at(12'500)}});
    store.appendPlays({});
    const auto plays = store.plays(at(0), at(100'000));
    REQUIRE(plays.size() == 2);
    CHECK(plays[0].displayId == "tv-1");
    CHECK(plays[0].roomId == "entrance");
    CHECK(plays[0].slideId == "habit/inquiry");
    CHECK(plays[0].slideKind == "habit");
    CHECK(plays[0].start == at(1'000));
    CHECK(plays[0].end == at(9'000));
    CHECK(plays[1].slideKind == "alert");
    CHECK(plays[1].end == at(12'500));
}

TEST_CASE("Plays: a range query is half-open on the start, ordered by start then display") {
    Store store = Store::open(":memory:");
    store.appendPlays({play("tv-2", "hall", "b", 200), play("tv-1", "entrance", "a", 100),
                       play("tv-1", "entrance", "c", 200), play("tv-3", "hall", "d", 300)});
    store.appendPlays({play("tv-0", "hall", "e", 200)});
    CHECK(slides(store.plays(at(0), at(1'000))) ==
          Names{"tv-1:a", "tv-0:e", "tv-1:c", "tv-2:b", "tv-3:d"});
    CHECK(slides(store.plays(at(100), at(300))) == Names{"tv-1:a", "tv-0:e", "tv-1:c", "tv-2:b"});
    CHECK(slides(store.plays(at(101), at(301))) == Names{"tv-0:e", "tv-1:c", "tv-2:b", "tv-3:d"});
    CHECK(store.plays(at(300), at(300)).empty());

    SUBCASE("a room filter keeps that room's plays only") {
        CHECK(slides(store.plays(at(0), at(1'000), "hall")) == Names{"tv-0:e", "tv-2:b", "tv-3:d"});
        CHECK(store.plays(at(0), at(1'000), "gym").empty());
    }
}

TEST_CASE("Plays: replacing the content leaves plays alone, and plays bump no counter") {
    Store store = Store::open(":memory:");
    store.appendPlays({play("tv-1", "entrance", "a", 100)});
    CHECK(store.versions() == Store::Versions{0, 0});
    store.replaceContent(testing::sampleContent());
    CHECK(store.plays(at(0), at(1'000)).size() == 1);
}
