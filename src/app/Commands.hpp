#pragma once
// The `lantern` subcommands. Each add*Command registers its options on `app` and, when chosen,
// stores in `run` the work to do; main runs it and exits with its status. A CommandError or a
// ConfigError thrown from `run` is printed as one line (exit 2 for bad input).
#include "player/Settings.hpp"

#include <CLI/CLI.hpp>

#include <functional>

namespace lantern {

using CommandRun = std::function<int()>;

// --config, --db (and --room, --size where the command takes them) on a subcommand.
void addCommonFlags(CLI::App& sub, CommonFlags& flags, bool withRoom, bool withSize);

void addDemoCommand(CLI::App& app, CommandRun& run);
void addRoomsCommand(CLI::App& app, CommandRun& run);
void addRenderCommand(CLI::App& app, CommandRun& run);
void addPlayCommand(CLI::App& app, CommandRun& run);
void addScheduleCommand(CLI::App& app, CommandRun& run);
void addReportCommand(CLI::App& app, CommandRun& run);
void addAlertCommand(CLI::App& app, CommandRun& run);
void addExportCommand(CLI::App& app, CommandRun& run);
void addImportCommand(CLI::App& app, CommandRun& run);
// `import mastery` and `import canvas-mastery` (CmdImportEvidence.cpp), under `import`.
void addEvidenceImports(CLI::App& import, CommandRun& run);
// `import case` and `import canvas-outcomes` (CmdImportFrameworks.cpp), under `import`.
void addFrameworkImports(CLI::App& import, CommandRun& run);
// `import oneroster` (CmdImportOneRoster.cpp), under `import`.
void addOneRosterImport(CLI::App& import, CommandRun& run);
void addCelebrateCommand(CLI::App& app, CommandRun& run);
void addCheckCommand(CLI::App& app, CommandRun& run);
void addMasteryCommand(CLI::App& app, CommandRun& run);

} // namespace lantern
