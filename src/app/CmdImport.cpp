// `lantern import <kind> ...`: importers, each all-or-nothing. `content` reads a content file
// (docs/content-format.md); other importers are added beside it as sub-subcommands.
#include "app/Commands.hpp"
#include "core/content/ContentFile.hpp"
#include "store/Store.hpp"

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

namespace lantern {
namespace {

struct ContentImportFlags {
    CommonFlags common;
    std::string file;
    bool dryRun = false;
};

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw CommandError(path + ": cannot open the file", 2);
    std::stringstream text;
    text << in.rdbuf();
    if (in.bad()) throw CommandError(path + ": cannot read the file", 2);
    return text.str();
}

// Parses and validates before the database is opened for writing: a bad file changes nothing.
SchoolContent applyFile(const std::string& path, const SchoolContent& existing) {
    const auto text = readFile(path);
    nlohmann::json file;
    try {
        file = parseContentText(text, path);
    } catch (const ContentFileError& e) {
        throw CommandError(e.what(), 2);
    }
    try {
        return applyContentFile(file, existing);
    } catch (const ContentFileError& e) {
        throw CommandError(path + ": " + e.what(), 2);
    }
}

int runContentImport(const ContentImportFlags& flags) {
    auto settings = resolveSettings(flags.common);
    auto store = openStore(settings);
    const auto before = store.loadContent(Store::WithEvidence::No); // not a content file part
    const auto after = applyFile(flags.file, before);
    const auto diff = diffContent(before, after);
    std::cout << formatContentDiff(diff);
    if (flags.dryRun) {
        std::cout << "Dry run: nothing written.\n";
        return 0;
    }
    if (diff.empty()) {
        std::cout << "Nothing to change.\n";
        return 0;
    }
    store.replaceContent(after, Store::ContentScope::ContentFileParts);
    std::cout << "Imported " << flags.file << " into " << settings.database.string() << ".\n";
    return 0;
}

void addContentImport(CLI::App& import, CommandRun& run) {
    auto flags = std::make_shared<ContentImportFlags>();
    auto* sub = import.add_subcommand(
        "content", "Replace the school's content with a file written by `lantern export`");
    addCommonFlags(*sub, flags->common, false, false);
    sub->add_option("file", flags->file, "Content file (JSON, see docs/content-format.md)")
        ->required();
    sub->add_flag("--dry-run", flags->dryRun, "Validate and show what would change; write nothing");
    sub->callback([flags, &run] { run = [flags] { return runContentImport(*flags); }; });
}

} // namespace

void addImportCommand(CLI::App& app, CommandRun& run) {
    auto* import = app.add_subcommand("import", "Import into the school's database");
    import->require_subcommand(1);
    addContentImport(*import, run);
    addEvidenceImports(*import, run);
    addFrameworkImports(*import, run);
    addOneRosterImport(*import, run);
}

} // namespace lantern
