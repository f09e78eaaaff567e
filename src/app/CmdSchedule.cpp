// `lantern schedule explain`: why a screen shows what it shows at a moment, and what comes next.
#include "app/Commands.hpp"
#include "core/model/LocalTime.hpp"
#include "core/progress/ProgressCounts.hpp"
#include "player/Screen.hpp"
#include "player/SystemClock.hpp"
#include "store/Store.hpp"

#include <iostream>
#include <memory>

namespace lantern {
namespace {

struct ExplainFlags {
    CommonFlags common;
    std::string at;
    int count = 10;
};

std::string describeTarget(const ScreenPlan& plan) {
    std::string s = "room " + plan.room.id + " (" + plan.room.name + ")";
    if (!plan.displayId.empty()) s += ", display " + plan.displayId;
    return s;
}

void printDecision(std::ostream& out, ScreenPlanner& planner, const ScreenTarget& target, Instant t,
                   const std::string& zone) {
    auto decision = planner.schedule().decide(target, t);
    if (!decision.rule) {
        out << "No rule matches: " << decision.why << "\n";
    } else {
        out << "Winning rule: " << decision.rule->id << " -> playlist " << decision.playlistId
            << "\n  " << decision.why << "\n  its occurrence began "
            << formatLocal(decision.epoch, zone) << "\n";
    }
    out << "The schedule can next change at " << formatLocal(decision.validUntil, zone) << "\n";
    bool any = false;
    for (const auto& c : decision.candidates) {
        if (c.rule == decision.rule) continue;
        if (!any) out << "Candidates it beat:\n";
        any = true;
        out << "  " << c.rule->id << " (" << describeRule(*c.rule) << "): " << c.lostBecause
            << "\n";
    }
    if (!any) out << "No other rule matches at this moment.\n";
}

// The next `count` showings from `t`, planning again whenever a plan runs out.
void printNext(std::ostream& out, ScreenPlanner& planner, const ScreenTarget& target,
               const std::vector<Alert>& alerts, Instant t, int count) {
    auto plan = planner.plan(target, t);
    out << "Next " << count << " showings:\n";
    for (int i = 0; i < count; ++i) {
        if (t >= plan.validUntil) plan = planner.plan(target, t);
        auto moment = momentAt(plan, alerts, t);
        const Instant from = i == 0 ? moment.start : t;
        out << "  " << formatLocal(from, plan.timeZone) << "  " << moment.slide.id << "  ("
            << describedSlide(plan, moment).why << ")\n";
        if (moment.end == Instant::max()) {
            out << "  ... the alert stays until it is cleared\n";
            return;
        }
        t = moment.end;
    }
}

int runExplain(const ExplainFlags& flags) {
    auto settings = resolveSettings(flags.common);
    if (flags.count < 1 || flags.count > 1000) throw CommandError("--count: expected 1 to 1000", 2);
    auto store = openStore(settings);
    auto content = store.loadContent(Store::WithEvidence::No);
    auto setup = requireScreen(content, settings);
    const std::string zone = content.school.timeZone;
    Instant t = flags.at.empty() ? SystemClock().now() : parseAtFlag(flags.at, zone);
    auto alerts = store.openAlerts();
    ProgressCounts counts(content, store.loadMasteryData(), localDay(t, zone));
    ScreenPlanner planner(std::move(content), std::move(counts), settings.policy,
                          settings.config.languages);
    planner.focusOn(setup.target.roomId);
    auto plan = planner.plan(setup.target, t);
    auto moment = momentAt(plan, alerts, t);

    auto& out = std::cout;
    out << describeTarget(plan) << " at " << formatLocal(t, zone) << "\n";
    out << "Power: " << (moment.power.on ? "on" : "off (dark)") << " until "
        << formatLocal(moment.power.until, zone) << "\n";
    if (moment.alert)
        out << "ALERT " << moment.alert->id << " is on screen: it overrides the schedule\n";
    printDecision(out, planner, setup.target, t, zone);
    out << "Playlist: " << plan.slides.size() << " slides, cycle from "
        << formatLocal(plan.epoch, zone) << " (" << plan.why << ")\n";
    for (const auto& note : plan.notes)
        out << "Skipped: " << note << "\n";
    printNext(out, planner, setup.target, alerts, t, flags.count);
    return 0;
}

} // namespace

void addScheduleCommand(CLI::App& app, CommandRun& run) {
    auto* schedule = app.add_subcommand("schedule", "Inspect the schedule");
    schedule->require_subcommand(1);
    auto flags = std::make_shared<ExplainFlags>();
    auto* explain = schedule->add_subcommand(
        "explain", "Why a screen shows what it shows at a moment, and the next slides");
    addCommonFlags(*explain, flags->common, true, false);
    explain->add_option("--at", flags->at,
                        "Local school time, e.g. 2026-11-23T08:15:00 (default: now)");
    explain->add_option("--count", flags->count, "How many showings to list (default 10)");
    explain->callback([flags, &run] { run = [flags] { return runExplain(*flags); }; });
}

} // namespace lantern
