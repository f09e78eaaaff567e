// `lantern import oneroster PATH [--dry-run]`: a OneRoster 1.1 / 1.2 CSV set (a folder or a
// .zip) into the school's database (store/RosterImport.hpp), all-or-nothing, with a
// progress line on stderr every 100,000 result rows.
#include "app/Commands.hpp"
#include "core/interop/OneRosterFiles.hpp"
#include "store/RosterImport.hpp"

#include <iostream>
#include <memory>

namespace lantern {
namespace {

struct OneRosterFlags {
    CommonFlags common;
    std::string path;
    bool dryRun = false;
};

int runOneRosterImport(const OneRosterFlags& flags) {
    auto store = openStore(resolveSettings(flags.common));
    OneRosterImportOptions options;
    options.dryRun = flags.dryRun;
    options.onProgress = [](long rows) { std::cerr << rows << " result rows read…" << std::endl; };
    ImportReport report;
    try {
        auto files = oneroster::openSet(flags.path);
        report = importOneRoster(store, *files, options);
    } catch (const ImportError& e) {
        throw CommandError(e.what(), 2);
    }
    std::cout << report.describe();
    std::cout << (flags.dryRun ? "Dry run: nothing written.\n" : "Imported " + flags.path + ".\n");
    return 0;
}

} // namespace

void addOneRosterImport(CLI::App& import, CommandRun& run) {
    auto flags = std::make_shared<OneRosterFlags>();
    auto* sub = import.add_subcommand(
        "oneroster", "Import a OneRoster CSV set (folder or .zip): classes, students, results");
    addCommonFlags(*sub, flags->common, false, false);
    sub->add_option("path", flags->path, "The set's folder or .zip (see docs/importing.md)")
        ->required();
    sub->add_flag("--dry-run", flags->dryRun, "Check and show what would change; write nothing");
    sub->callback([flags, &run] { run = [flags] { return runOneRosterImport(*flags); }; });
}

} // namespace lantern
