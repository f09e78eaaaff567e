#include "player/PlayLog.hpp"

#include "store/Store.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using namespace std::chrono_literals;

namespace {

const Instant kStart{std::chrono::sys_days{std::chrono::year{2026} / 11 / 23} + 13h};

ScreenMoment slide(const std::string& id) {
    ScreenMoment m;
    m.slide.id = id;
    m.slide.kind = SlideKind::Habit;
    return m;
}

} // namespace

TEST_CASE("PlayLog: showings are written in batches, each ending when the next began") {
    auto store = Store::open(":memory:");
    PlayLog log(store, "tv-1", "hallway-1", 3, 60s);
    for (int i = 0; i < 4; ++i) {
        log.began(slide("habit/" + std::to_string(i)), kStart + i * 10s);
        log.maybeFlush(kStart + i * 10s);
    }
    // Three showings have ended; the batch of three was written, the fourth is still on.
    auto written = store.plays(kStart, kStart + 1h);
    REQUIRE(written.size() == 3);
    CHECK(written[0].slideId == "habit/0");
    CHECK(written[0].displayId == "tv-1");
    CHECK(written[0].roomId == "hallway-1");
    CHECK(written[0].slideKind == "habit");
    CHECK(written[0].end == kStart + 10s);
    CHECK(written[2].end == kStart + 30s);
    log.finish(kStart + 45s);
    written = store.plays(kStart, kStart + 1h);
    REQUIRE(written.size() == 4);
    CHECK(written[3].end == kStart + 45s);
    CHECK(log.pending() == 0);
}

TEST_CASE("PlayLog: a small batch is written once it has waited the longest delay") {
    auto store = Store::open(":memory:");
    PlayLog log(store, "tv-1", "hallway-1", 100, 60s);
    log.began(slide("a"), kStart);
    log.began(slide("b"), kStart + 10s);
    log.maybeFlush(kStart + 69s);
    CHECK(store.plays(kStart, kStart + 1h).empty());
    log.maybeFlush(kStart + 70s);
    CHECK(store.plays(kStart, kStart + 1h).size() == 1);
}

TEST_CASE("PlayLog: alerts and dark screens are recorded by mode") {
    ScreenMoment alert = slide("alert/alert-1");
    alert.mode = ScreenMode::Alert;
    ScreenMoment dark = slide("dark");
    dark.mode = ScreenMode::Dark;
    CHECK(playKind(alert) == "alert");
    CHECK(playKind(dark) == "dark");
    CHECK(playKind(slide("habit/x")) == "habit");
}

TEST_CASE("PlayLog: a failed write keeps the records and retries after the delay, not at once") {
    auto store = Store::open(":memory:");
    PlayLog log(store, "tv-1", "hallway-1", 1, 60s);
    store.connection().exec("ALTER TABLE plays RENAME TO plays_away");
    log.began(slide("a"), kStart);
    log.began(slide("b"), kStart + 10s);
    log.maybeFlush(kStart + 10s); // fails: the table is gone
    CHECK(log.pending() == 1);
    store.connection().exec("ALTER TABLE plays_away RENAME TO plays");
    log.maybeFlush(kStart + 20s); // too soon to retry
    CHECK(log.pending() == 1);
    log.maybeFlush(kStart + 71s);
    CHECK(log.pending() == 0);
    CHECK(store.plays(kStart, kStart + 1h).size() == 1);
}
