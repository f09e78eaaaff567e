#include "bench/BenchSchedule.hpp"

#include "bench/BenchStats.hpp"
#include "core/demo/DemoSchool.hpp"
#include "core/model/LocalTime.hpp"
#include "core/screen/ScreenPlan.hpp"
#include "store/Store.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <random>

namespace lantern {
namespace {

// The demo school grown to `o.rooms` rooms (each with a display), `o.groups` groups of about 20
// rooms and `o.rules` rules with random targets, days, windows, dates and priorities.
SchoolContent stressSchool(const ScheduleBenchOptions& o) {
    std::mt19937_64 random(o.seed);
    auto pick = [&](int n) { return static_cast<int>(random() % static_cast<std::uint64_t>(n)); };
    SchoolContent c = makeDemoSchool();
    const auto base = c.rooms;
    for (int i = static_cast<int>(base.size()); i < o.rooms; ++i) {
        Room r = base[static_cast<std::size_t>(i) % base.size()];
        char id[32];
        std::snprintf(id, sizeof id, "room-%04d", i);
        r.id = id;
        r.name = std::string("Room ") + id;
        c.rooms.push_back(r);
        c.displays.push_back({std::string("tv-") + id, id, "", Orientation::Landscape, 1920, 1080});
    }
    c.groups.clear();
    for (int g = 0; g < o.groups; ++g) {
        RoomGroup group{"group-" + std::to_string(g), "Group " + std::to_string(g), {}};
        for (int k = 0; k < 20; ++k)
            group.roomIds.push_back(c.rooms[static_cast<std::size_t>(pick(o.rooms))].id);
        std::sort(group.roomIds.begin(), group.roomIds.end());
        group.roomIds.erase(std::unique(group.roomIds.begin(), group.roomIds.end()),
                            group.roomIds.end());
        c.groups.push_back(group);
    }
    const auto playlists = c.playlists;
    const Days today{std::chrono::year{2026} / 11 / 20};
    c.rules.clear();
    for (int i = 0; i < o.rules; ++i) {
        ScheduleRule r;
        r.id = "rule-" + std::to_string(i);
        r.playlistId =
            playlists[static_cast<std::size_t>(pick(static_cast<int>(playlists.size())))].id;
        switch (pick(4)) {
        case 0:
            r.target = TargetKind::Display;
            r.targetId =
                c.displays[static_cast<std::size_t>(pick(static_cast<int>(c.displays.size())))].id;
            break;
        case 1:
            r.target = TargetKind::Room;
            r.targetId = c.rooms[static_cast<std::size_t>(pick(o.rooms))].id;
            break;
        case 2:
            r.target = TargetKind::Group;
            r.targetId = c.groups[static_cast<std::size_t>(pick(o.groups))].id;
            break;
        default:
            if (pick(50) != 0) { // few rules are for everywhere, as in a real school
                r.target = TargetKind::Room;
                r.targetId = c.rooms[static_cast<std::size_t>(pick(o.rooms))].id;
            }
        }
        r.days.bits = static_cast<std::uint8_t>(1 + pick(127));
        if (pick(4) != 0) {
            int start = pick(24 * 4) * 15, length = (1 + pick(16)) * 15;
            r.window =
                TimeWindow{start, (start + length) % 1440 == 0 ? 1440 : (start + length) % 1440};
        }
        if (pick(3) == 0) {
            r.from = today - std::chrono::days(pick(60));
            r.until = *r.from + std::chrono::days(pick(90));
        }
        r.priority = pick(10);
        r.createdAt = Instant(std::chrono::sys_days(today)) - std::chrono::minutes(pick(100000));
        c.rules.push_back(r);
    }
    std::sort(c.rules.begin(), c.rules.end(),
              [](const ScheduleRule& a, const ScheduleRule& b) { return a.id < b.id; });
    std::sort(c.rooms.begin(), c.rooms.end(), [](auto& a, auto& b) { return a.id < b.id; });
    std::sort(c.displays.begin(), c.displays.end(), [](auto& a, auto& b) { return a.id < b.id; });
    return c;
}

} // namespace

int runScheduleBench(const ScheduleBenchOptions& o) {
    auto path = std::filesystem::temp_directory_path() / "lantern-bench-schedule.db";
    std::filesystem::remove(path);
    {
        auto store = Store::open(path);
        store.replaceContent(stressSchool(o));
    }
    auto store = Store::open(path);
    auto loadStart = Steady::now();
    auto content = store.loadContent();
    double loadUs = usSince(loadStart);
    const std::string zone = content.school.timeZone;
    const auto displayId = content.displays[content.displays.size() / 2].id;
    ScreenTarget target;
    for (const auto& d : content.displays)
        if (d.id == displayId) target = {d.roomId, d.id};
    std::printf("lantern-bench --schedule: %zu rooms, %zu displays, %zu groups, %zu rules; "
                "display %s\n",
                content.rooms.size(), content.displays.size(), content.groups.size(),
                content.rules.size(), displayId.c_str());

    auto indexStart = Steady::now();
    ScreenPlanner planner(std::move(content), PrivacyPolicy{});
    double indexUs = usSince(indexStart);

    // Moments spread over a school week, in random order so no cache sees them in sequence.
    std::mt19937_64 random(o.seed);
    const Instant monday = *parseLocalTime("2026-11-23T00:00:00", zone);
    std::vector<Instant> moments;
    for (int i = 0; i < o.samples; ++i)
        moments.push_back(monday + std::chrono::seconds(random() % (7 * 24 * 3600)));

    std::vector<double> decideUs, slideUs;
    std::size_t matched = 0;
    ScreenPlan plan = planner.plan(target, moments[0]);
    for (Instant t : moments) {
        auto begin = Steady::now();
        auto decision = planner.schedule().decide(target, t);
        decideUs.push_back(usSince(begin));
        matched += decision.rule ? 1 : 0;
    }
    std::sort(moments.begin(), moments.end());
    // Sorted, so the day's public content (the privacy aggregates, built once a day) stays warm.
    std::vector<double> planUs;
    for (std::size_t i = 0; i < moments.size(); i += 10) {
        auto begin = Steady::now();
        auto p = planner.plan(target, moments[i]);
        planUs.push_back(usSince(begin));
        (void)p;
    }
    // The player's path: the current slide from the warm plan, replanning only past validUntil.
    int replans = 0;
    for (Instant t : moments) {
        auto begin = Steady::now();
        if (t >= plan.validUntil || t < plan.epoch) {
            plan = planner.plan(target, t);
            ++replans;
        }
        auto pos = positionAt(plan, t);
        slideUs.push_back(usSince(begin));
        (void)pos;
    }
    std::printf("load content from the store: %.1f ms; build the index and planner: %.2f ms\n",
                loadUs / 1000, indexUs / 1000);
    std::printf("%-40s %8s %9s %9s\n", "", "samples", "median", "p99");
    std::printf("%-40s %8zu %7.2fus %7.2fus\n", "winning rule (decide)", decideUs.size(),
                quantile(decideUs, 0.5), quantile(decideUs, 0.99));
    std::printf("%-40s %8zu %7.2fus %7.2fus\n", "whole plan (decide + expand playlist)",
                planUs.size(), quantile(planUs, 0.5), quantile(planUs, 0.99));
    std::printf("%-40s %8zu %7.2fus %7.2fus\n", "current slide from the warm plan", slideUs.size(),
                quantile(slideUs, 0.5), quantile(slideUs, 0.99));
    std::printf("a rule won at %.0f%% of the moments; %d replans over the week\n",
                100.0 * static_cast<double>(matched) / static_cast<double>(moments.size()),
                replans);
    std::filesystem::remove(path);
    return 0;
}

} // namespace lantern
