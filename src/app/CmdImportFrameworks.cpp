// `lantern import case FILE.json` and `lantern import canvas-outcomes FILE.csv`: competency
// frameworks into the school's database (store/FrameworkImport.hpp), all-or-nothing, with
// --dry-run. Bad input exits 2 with the ImportError's "file:line: field: message".
#include "app/Commands.hpp"
#include "core/interop/CanvasOutcomes.hpp"
#include "core/interop/CaseImport.hpp"
#include "store/FrameworkImport.hpp"

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

namespace lantern {
namespace {

struct FrameworkImportFlags {
    CommonFlags common;
    std::string file;
    bool dryRun = false;
};

// The school's main language: the first of its languages ("en" when it has none yet).
std::string schoolLanguage(Store& store) {
    const auto languages = store.loadSchoolSettings().school.languages;
    return languages.empty() ? "en" : languages.front();
}

template <typename Parse> int runImport(const FrameworkImportFlags& flags, Parse parse) {
    auto store = openStore(resolveSettings(flags.common));
    std::ifstream in(flags.file, std::ios::binary);
    if (!in) throw CommandError(flags.file + ": cannot open the file", 2);
    ImportReport report;
    try {
        const auto data = parse(in, schoolLanguage(store));
        if (in.bad()) throw CommandError(flags.file + ": cannot read the file", 2);
        report = importFramework(store, data, flags.dryRun);
    } catch (const ImportError& e) {
        throw CommandError(e.what(), 2);
    }
    std::cout << report.describe();
    std::cout << (flags.dryRun ? "Dry run: nothing written.\n" : "Imported " + flags.file + ".\n");
    return 0;
}

int runCase(const FrameworkImportFlags& flags) {
    return runImport(flags, [&](std::istream& in, const std::string& language) {
        std::stringstream text;
        text << in.rdbuf();
        return parseCasePackage(text.str(), flags.file, language);
    });
}

int runCanvasOutcomes(const FrameworkImportFlags& flags) {
    return runImport(flags, [&](std::istream& in, const std::string& language) {
        return parseCanvasOutcomes(in, flags.file, language);
    });
}

void addFileImport(CLI::App& import, const char* name, const char* description,
                   const char* fileHelp, CommandRun& run,
                   int (*work)(const FrameworkImportFlags&)) {
    auto flags = std::make_shared<FrameworkImportFlags>();
    auto* sub = import.add_subcommand(name, description);
    addCommonFlags(*sub, flags->common, false, false);
    sub->add_option("file", flags->file, fileHelp)->required();
    sub->add_flag("--dry-run", flags->dryRun, "Check and show what would change; write nothing");
    sub->callback([flags, work, &run] { run = [flags, work] { return work(*flags); }; });
}

} // namespace

void addFrameworkImports(CLI::App& import, CommandRun& run) {
    addFileImport(import, "case", "A competency framework from a 1EdTech CASE package (JSON)",
                  "The CFPackage JSON file (see docs/importing.md)", run, runCase);
    addFileImport(import, "canvas-outcomes",
                  "A competency framework from a Canvas outcomes CSV (groups and outcomes)",
                  "The outcomes CSV file (see docs/importing.md)", run, runCanvasOutcomes);
}

} // namespace lantern
