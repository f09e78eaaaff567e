// lantern: the player and its command line. `play` is the default command.
#include "app/Commands.hpp"
#include "player/StartTime.hpp"
#include "store/StoreError.hpp"

#include <spdlog/spdlog.h>

#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace {

bool isSubcommand(const std::string& a) {
    for (const char* c : {"play", "render", "rooms", "demo", "schedule", "report", "alert",
                          "export", "import", "celebrate", "check", "mastery", "help"})
        if (a == c) return true;
    return false;
}

// `lantern --room x` means `lantern play --room x`.
std::vector<std::string> withDefaultCommand(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    bool wantsTopHelp =
        !args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "--version");
    if (!wantsTopHelp && (args.empty() || !isSubcommand(args[0])))
        args.insert(args.begin(), "play");
    std::reverse(args.begin(), args.end()); // CLI11 takes a reversed vector
    return args;
}

} // namespace

int main(int argc, char** argv) {
    using namespace lantern;
    (void)processStart();
    spdlog::set_pattern("[%H:%M:%S.%e] [%l] %v");
    CLI::App app{"Lantern: display software for the screens of mastery-based schools"};
    app.set_version_flag("--version", "lantern 0.1.0");
    app.require_subcommand(1);
    CommandRun run;
    addPlayCommand(app, run);
    addRenderCommand(app, run);
    addRoomsCommand(app, run);
    addDemoCommand(app, run);
    addScheduleCommand(app, run);
    addReportCommand(app, run);
    addAlertCommand(app, run);
    addExportCommand(app, run);
    addImportCommand(app, run);
    addCelebrateCommand(app, run);
    addCheckCommand(app, run);
    addMasteryCommand(app, run);

    if (argc > 1 && std::strcmp(argv[1], "bench") == 0) {
        std::cerr << "lantern: the benchmarks are a separate tool now: lantern-bench\n";
        return 2;
    }
    auto args = withDefaultCommand(argc, argv);
    try {
        app.parse(args);
    } catch (const CLI::ParseError& e) {
        int status = app.exit(e);
        return status == 0 ? 0 : 2;
    }
    try {
        return run ? run() : 2;
    } catch (const CommandError& e) {
        std::cerr << "lantern: " << e.what() << "\n";
        return e.status;
    } catch (const ConfigError& e) {
        std::cerr << "lantern: " << e.what() << "\n";
        return 2;
    } catch (const StoreError& e) {
        std::cerr << "lantern: " << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "lantern: unexpected error: " << e.what() << "\n";
        return 1;
    }
}
