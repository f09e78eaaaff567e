// `lantern export --out FILE`: the school's content as a content file (docs/content-format.md).
#include "app/Commands.hpp"
#include "core/content/ContentFile.hpp"
#include "store/Store.hpp"

#include <fstream>
#include <iostream>
#include <memory>

namespace lantern {
namespace {

struct ExportFlags {
    CommonFlags common;
    std::string out;
};

// Writes beside the target and renames, so a failed write never leaves half a file.
void writeFile(const std::filesystem::path& path, const std::string& text) {
    auto temp = path;
    temp += ".part";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) throw CommandError("cannot write " + temp.string(), 1);
    }
    std::error_code error;
    std::filesystem::rename(temp, path, error);
    if (error) {
        std::filesystem::remove(temp, error);
        throw CommandError("cannot write " + path.string(), 1);
    }
}

std::string summary(const SchoolContent& c) {
    return std::to_string(c.rooms.size()) + " rooms, " + std::to_string(c.groups.size()) +
           " groups, " + std::to_string(c.displays.size()) + " displays, " +
           std::to_string(c.playlists.size()) + " playlists, " + std::to_string(c.rules.size()) +
           " rules, " + std::to_string(c.habits.size()) + " habits, " +
           std::to_string(c.quotes.size()) + " quotes, " + std::to_string(c.announcements.size()) +
           " announcements, " + std::to_string(c.celebrations.size()) + " celebrations";
}

int runExport(const ExportFlags& flags) {
    auto settings = resolveSettings(flags.common);
    const auto content = openStore(settings).loadContent();
    const auto text = formatContentFile(exportContent(content));
    if (flags.out == "-") {
        std::cout << text;
        return 0;
    }
    writeFile(flags.out, text);
    std::cout << "Wrote " << flags.out << ": " << summary(content) << "\n";
    return 0;
}

} // namespace

void addExportCommand(CLI::App& app, CommandRun& run) {
    auto flags = std::make_shared<ExportFlags>();
    auto* sub = app.add_subcommand(
        "export", "Write the school's content (settings, rooms, schedule, habits, ...) as JSON");
    addCommonFlags(*sub, flags->common, false, false);
    sub->add_option("--out", flags->out, "File to write (- for standard output)")->required();
    sub->callback([flags, &run] { run = [flags] { return runExport(*flags); }; });
}

} // namespace lantern
