// `lantern schedule explain` and `lantern report plays` as a user meets them.
#include "CliSupport.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using lantern::testing::makeDemo;
using lantern::testing::runLantern;
using lantern::testing::TempDir;

namespace {

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("ScheduleCli: explain names the winning rule, the rule it beat and the next ten slides") {
    TempDir dir("lantern-schedule-cli-");
    auto db = makeDemo(dir);
    auto r = runLantern(dir, "schedule explain --db " + db +
                                 " --room cafeteria --at 2026-11-23T07:30:00");
    INFO(r.out << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("Winning rule: breakfast -> playlist lunch") != std::string::npos);
    CHECK(r.out.find("its occurrence began 2026-11-23 07:00:00 EST") != std::string::npos);
    CHECK(r.out.find("morning-arrival (priority 5") != std::string::npos); // the one it beat
    CHECK(r.out.find("lower priority") != std::string::npos);
    CHECK(r.out.find("The schedule can next change at 2026-11-23 08:00:00 EST") !=
          std::string::npos);
    CHECK(r.out.find("Next 10 showings:") != std::string::npos);
    CHECK(count(r.out, "\n  2026-11-23 07:") == 10);
}

TEST_CASE("ScheduleCli: explain walks past the end of a rule into the next plan and into the "
          "dark") {
    TempDir dir("lantern-schedule-cli-");
    auto db = makeDemo(dir);
    auto r = runLantern(dir, "schedule explain --db " + db +
                                 " --room hallway-1 --at 2026-11-23T17:59:00 --count 30");
    INFO(r.out << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("Power: on until 2026-11-23 18:00:00 EST") != std::string::npos);
    CHECK(r.out.find("2026-11-23 18:00:00 EST  dark  (outside room hallway-1's power hours "
                     "until 2026-11-24 07:00:00 EST)") != std::string::npos);
    CHECK(r.out.find("2026-11-24 07:00:00 EST  ") != std::string::npos); // wakes on time
}

TEST_CASE("ScheduleCli: an alert overrides the schedule in explain") {
    TempDir dir("lantern-schedule-cli-");
    auto db = makeDemo(dir);
    REQUIRE(runLantern(dir, "alert raise hold --db " + db).status == 0);
    auto r = runLantern(dir, "schedule explain --db " + db + " --room hallway-2");
    INFO(r.out << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("ALERT alert-1 is on screen") != std::string::npos);
    CHECK(r.out.find("the alert stays until it is cleared") != std::string::npos);
}

TEST_CASE("ScheduleCli: bad input is one line and exit 2") {
    TempDir dir("lantern-schedule-cli-");
    auto db = makeDemo(dir);
    CHECK(runLantern(dir, "schedule explain --db " + db + " --room roof").status == 2);
    CHECK(runLantern(dir, "schedule explain --db " + db + " --display tv-nowhere").status == 2);
    auto r = runLantern(dir, "schedule explain --db " + db + " --room hallway-1 --at noon");
    CHECK(r.status == 2);
    CHECK(r.err.find("--at") != std::string::npos);
    CHECK(
        runLantern(dir, "report plays --db " + db + " --from 2026-11-30 --to 2026-11-01").status ==
        2);
    CHECK(runLantern(dir, "report plays --db " + db + " --from yesterday --to 2026-11-01").status ==
          2);
}

TEST_CASE("ScheduleCli: a rehearsing player's proof of play comes out of report plays as CSV") {
    TempDir dir("lantern-schedule-cli-");
    auto db = makeDemo(dir);
    auto play =
        runLantern(dir, "play --db " + db +
                            " --display tv-hallway-1 --windowed --size 640x360 --duration 3 "
                            "--at 2026-11-23T07:00:00");
    if (play.status == 1 && play.err.find("no display") != std::string::npos) {
        MESSAGE("no display: skipping the player run");
        return;
    }
    REQUIRE(play.status == 0);
    auto r = runLantern(dir, "report plays --db " + db + " --from 2000-01-01 --to 2100-01-01");
    INFO(r.out << r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.rfind("\"display\",\"room\",\"slide\",\"kind\",\"start\",\"end\",\"seconds\"\r\n",
                      0) == 0);
    // Rehearsed from Monday 07:00, when the morning arrival rule starts with its mission slide.
    CHECK(r.out.find("\"tv-hallway-1\",\"hallway-1\",\"mission\",\"mission\",\"2026-11-23 "
                     "07:00:0") != std::string::npos);
    auto monday = runLantern(dir, "report plays --db " + db +
                                      " --from 2026-11-23 --to 2026-11-23 --room hallway-1");
    CHECK(count(monday.out, "\r\n") == 2); // the header and the one slide of those 3 s
    auto other = runLantern(dir, "report plays --db " + db +
                                     " --from 2000-01-01 --to 2100-01-01 --room cafeteria");
    CHECK(count(other.out, "\r\n") == 1); // the header alone
}
