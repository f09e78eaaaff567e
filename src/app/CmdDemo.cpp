#include "app/Commands.hpp"
#include "core/demo/DemoSchool.hpp"
#include "core/model/LocalTime.hpp"
#include "player/SystemClock.hpp"
#include "store/Store.hpp"

#include <iostream>
#include <memory>

namespace lantern {
namespace {

struct DemoFlags {
    CommonFlags common;
    int learners = 400;
    std::uint64_t seed = 1;
    std::string today; // last day of evidence; default: today in the school's zone
};

int runDemo(const DemoFlags& flags) {
    if (flags.learners < 20 || flags.learners > 20000)
        throw CommandError("--learners: expected a number from 20 to 20000", 2);
    auto settings = resolveSettings(flags.common);
    DemoOptions options;
    options.learners = flags.learners;
    options.seed = flags.seed;
    options.today = localDay(SystemClock().now(), School{}.timeZone);
    if (!flags.today.empty()) {
        auto day = parseDate(flags.today);
        if (!day)
            throw CommandError("--today: '" + flags.today + "' is not a date like 2026-11-20", 2);
        options.today = *day;
    }
    auto content = makeDemoSchool(options);
    auto store = openStore(settings);
    store.replaceContent(content);
    std::cout << "Demo school \"" << content.school.name << "\" written to "
              << settings.database.string() << ": " << content.learners.size() << " learners, "
              << content.sections.size() << " sections, " << content.rooms.size()
              << " rooms (lantern rooms --db " << settings.database.string() << ")\n";
    return 0;
}

} // namespace

void addDemoCommand(CLI::App& app, CommandRun& run) {
    auto flags = std::make_shared<DemoFlags>();
    auto* sub = app.add_subcommand("demo", "Create the demo school in the database");
    addCommonFlags(*sub, flags->common, false, false);
    sub->add_option("--learners", flags->learners, "How many learners (default 400)");
    sub->add_option("--seed", flags->seed, "Random seed; the same seed gives the same school");
    sub->add_option("--today", flags->today,
                    "Last day of the demo's evidence, YYYY-MM-DD (default: today)");
    sub->callback([flags, &run] { run = [flags] { return runDemo(*flags); }; });
}

} // namespace lantern
