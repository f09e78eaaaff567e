// `lantern import mastery FILE.csv` and `lantern import canvas-mastery FILE.csv --section ID`:
// evidence files into the school's database (store/EvidenceImport.hpp), all-or-nothing,
// with --dry-run and a progress line on stderr every 250,000 rows.
#include "app/Commands.hpp"
#include "core/model/LocalTime.hpp"
#include "player/SystemClock.hpp"
#include "store/EvidenceImport.hpp"

#include <fstream>
#include <iostream>
#include <memory>

namespace lantern {
namespace {

struct EvidenceImportFlags {
    CommonFlags common;
    std::string file;
    std::string section;
    std::string date; // canvas-mastery: --date; mastery: --today
    bool dryRun = false;
};

// `text` as a date, else the school's today in its time zone.
Days dayOrToday(const std::string& text, const char* option, Store& store) {
    if (text.empty()) return localDay(SystemClock().now(), schoolTimeZone(store));
    const auto day = parseDate(text);
    if (!day)
        throw CommandError(std::string(option) + ": '" + text +
                               "' is not a date like "
                               "2026-11-20",
                           2);
    return *day;
}

EvidenceImportOptions options(bool dryRun) {
    EvidenceImportOptions o;
    o.dryRun = dryRun;
    o.onProgress = [](long rows) { std::cerr << rows << " rows read…" << std::endl; };
    return o;
}

template <typename Import> int runImport(const EvidenceImportFlags& flags, Import import) {
    auto store = openStore(resolveSettings(flags.common));
    std::ifstream in(flags.file, std::ios::binary);
    if (!in) throw CommandError(flags.file + ": cannot open the file", 2);
    ImportReport report;
    try {
        report = import(store, in);
    } catch (const ImportError& e) {
        throw CommandError(e.what(), 2);
    }
    if (in.bad()) throw CommandError(flags.file + ": cannot read the file", 2);
    std::cout << report.describe();
    std::cout << (flags.dryRun ? "Dry run: nothing written.\n" : "Imported " + flags.file + ".\n");
    return 0;
}

int runMastery(const EvidenceImportFlags& flags) {
    return runImport(flags, [&](Store& store, std::istream& in) {
        const auto today = dayOrToday(flags.date, "--today", store);
        return importMasteryCsv(store, in, flags.file, today, options(flags.dryRun));
    });
}

int runCanvasMastery(const EvidenceImportFlags& flags) {
    return runImport(flags, [&](Store& store, std::istream& in) {
        const auto asOf = dayOrToday(flags.date, "--date", store);
        return importCanvasMastery(store, in, flags.file, flags.section, asOf,
                                   options(flags.dryRun));
    });
}

CLI::App* addFileImport(CLI::App& import, const char* name, const char* description,
                        EvidenceImportFlags& flags) {
    auto* sub = import.add_subcommand(name, description);
    addCommonFlags(*sub, flags.common, false, false);
    sub->add_option("file", flags.file, "The CSV file (see docs/importing.md)")->required();
    sub->add_flag("--dry-run", flags.dryRun, "Check and show what would change; write nothing");
    return sub;
}

} // namespace

void addEvidenceImports(CLI::App& import, CommandRun& run) {
    auto mastery = std::make_shared<EvidenceImportFlags>();
    auto* sub = addFileImport(import, "mastery",
                              "Evidence from a simple mastery CSV (learner_id, section_id, "
                              "competency_code, level, date[, source])",
                              *mastery);
    sub->add_option("--today", mastery->date,
                    "Refuse rows dated after the day after this (default: today, school time)");
    sub->callback([mastery, &run] { run = [mastery] { return runMastery(*mastery); }; });

    auto canvas = std::make_shared<EvidenceImportFlags>();
    sub = addFileImport(import, "canvas-mastery",
                        "Evidence from a Canvas Learning Mastery Gradebook export", *canvas);
    sub->add_option("--section", canvas->section, "The section the gradebook belongs to")
        ->required();
    sub->add_option("--date", canvas->date, "The evidence date (default: today, school time)");
    sub->callback([canvas, &run] { run = [canvas] { return runCanvasMastery(*canvas); }; });
}

} // namespace lantern
