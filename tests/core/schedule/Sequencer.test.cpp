#include "core/schedule/Sequencer.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using namespace std::chrono_literals;

namespace {

std::vector<Slide> slidesOf(std::initializer_list<int> seconds) {
    std::vector<Slide> out;
    int i = 0;
    for (int s : seconds) {
        Slide slide;
        slide.id = "s" + std::to_string(i++);
        slide.duration = std::chrono::seconds(s);
        out.push_back(slide);
    }
    return out;
}

Instant at(long long ms) {
    return Instant{std::chrono::milliseconds(ms)};
}

} // namespace

TEST_CASE("Sequencer: position is a pure function of playlist, epoch and time") {
    auto slides = slidesOf({10, 20, 5});
    const Instant epoch = at(1'000'000);

    SUBCASE("start of the cycle shows the first slide") {
        auto p = locate(slides, epoch, epoch);
        REQUIRE(p);
        CHECK(p->index == 0);
        CHECK(p->start == epoch);
        CHECK(p->end == epoch + 10s);
    }
    SUBCASE("boundaries belong to the next slide") {
        CHECK(locate(slides, epoch, epoch + 9999ms)->index == 0);
        CHECK(locate(slides, epoch, epoch + 10s)->index == 1);
        CHECK(locate(slides, epoch, epoch + 30s)->index == 2);
    }
    SUBCASE("the cycle repeats") {
        auto p = locate(slides, epoch, epoch + 35s * 3 + 12s);
        CHECK(p->index == 1);
        CHECK(p->cycle == 3);
        CHECK(p->start == epoch + 35s * 3 + 10s);
    }
    SUBCASE("a player stepping from slide end to slide end agrees with one asking fresh") {
        // The first has been on since the epoch; the second starts at an arbitrary moment.
        auto walking = *locate(slides, epoch, epoch);
        for (long long ms = 0; ms < 200'000; ms += 777) {
            const Instant t = epoch + std::chrono::milliseconds(ms);
            while (t >= walking.end) {
                auto next = *locate(slides, epoch, walking.end);
                REQUIRE(next.start == walking.end); // each slide begins where the last ended
                walking = next;
            }
            auto fresh = *locate(slides, epoch, t);
            CHECK(fresh.index == walking.index);
            CHECK(fresh.start == walking.start);
            CHECK(fresh.end == walking.end);
        }
    }
    SUBCASE("a moment before the epoch counts cycles backwards") {
        auto p = locate(slides, epoch, epoch - 1s);
        CHECK(p->index == 2);
        CHECK(p->cycle == -1);
        CHECK(p->end == epoch);
    }
}

TEST_CASE("Sequencer: zero-length slides are skipped and an empty playlist has no position") {
    auto slides = slidesOf({0, 10, 0});
    CHECK(locate(slides, at(0), at(5000))->index == 1);
    CHECK(locate(slides, at(0), at(15000))->index == 1);
    CHECK_FALSE(locate({}, at(0), at(0)));
    CHECK_FALSE(locate(slidesOf({0, 0}), at(0), at(0)));
}
