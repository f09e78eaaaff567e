// `lantern report plays`: proof of play as CSV, for a range of local dates.
#include "app/Commands.hpp"
#include "core/interop/CsvWrite.hpp"
#include "core/model/LocalTime.hpp"
#include "player/Screen.hpp"
#include "store/Store.hpp"

#include <fstream>
#include <iostream>
#include <memory>

namespace lantern {
namespace {

struct PlaysFlags {
    CommonFlags common;
    std::string from;
    std::string to;
    std::string out;
};

Days requireDate(const std::string& flag, const std::string& text) {
    auto d = parseDate(text);
    if (!d) throw CommandError(flag + ": '" + text + "' is not a date like 2026-11-23", 2);
    return *d;
}

// The instant a local date begins (a day skipped by a DST change still begins once).
Instant dayStart(Days day, const std::string& zone) {
    auto t = parseLocalTime(formatDate(day) + "T00:00:00", zone);
    return t ? *t : Instant(day);
}

int runPlays(const PlaysFlags& flags) {
    auto settings = resolveSettings(flags.common);
    Days from = requireDate("--from", flags.from);
    Days to = requireDate("--to", flags.to);
    if (to < from) throw CommandError("--to: " + flags.to + " is before --from " + flags.from, 2);
    auto store = openStore(settings);
    auto content = store.loadContent(Store::WithEvidence::No);
    std::string room;
    if (settings.config.room || settings.config.display)
        room = requireScreen(content, settings).target.roomId;
    const std::string zone = content.school.timeZone;
    auto plays = store.plays(dayStart(from, zone), dayStart(to + std::chrono::days(1), zone), room);

    std::ofstream file;
    if (!flags.out.empty()) {
        file.open(flags.out, std::ios::binary);
        if (!file) throw CommandError("--out: cannot write " + flags.out, 1);
    }
    std::ostream& out = flags.out.empty() ? std::cout : file;
    out << csvRow({"display", "room", "slide", "kind", "start", "end", "seconds"});
    for (const auto& p : plays) {
        auto ms = (p.end - p.start).count();
        out << csvRow({p.displayId, p.roomId, p.slideId, p.slideKind, formatLocal(p.start, zone),
                       formatLocal(p.end, zone),
                       std::to_string(ms / 1000) + "." + std::to_string(ms % 1000 / 100)});
    }
    if (!out) throw CommandError("could not write the report", 1);
    if (!flags.out.empty()) std::cerr << plays.size() << " plays written to " << flags.out << "\n";
    return 0;
}

} // namespace

void addReportCommand(CLI::App& app, CommandRun& run) {
    auto* report = app.add_subcommand("report", "Reports from the store");
    report->require_subcommand(1);
    auto flags = std::make_shared<PlaysFlags>();
    auto* plays = report->add_subcommand("plays", "Proof of play: what each screen showed, as CSV");
    addCommonFlags(*plays, flags->common, true, false);
    plays->add_option("--from", flags->from, "First local date, e.g. 2026-11-23")->required();
    plays->add_option("--to", flags->to, "Last local date (inclusive)")->required();
    plays->add_option("--out", flags->out, "Write to this file instead of standard output");
    plays->callback([flags, &run] { run = [flags] { return runPlays(*flags); }; });
}

} // namespace lantern
