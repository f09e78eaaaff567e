#include "app/Commands.hpp"
#include "store/Store.hpp"

#include <iostream>
#include <memory>

namespace lantern {

void addCommonFlags(CLI::App& sub, CommonFlags& flags, bool withRoom, bool withSize) {
    sub.add_option("--config", flags.configFile, "Settings file (see config/lantern.toml)");
    sub.add_option("--db", flags.database, "Database file (default: XDG data dir)");
    if (withRoom) sub.add_option("--room", flags.room, "Room id (see `lantern rooms`)");
    if (withSize) sub.add_option("--size", flags.size, "Size in pixels, e.g. 1920x1080");
}

void addRoomsCommand(CLI::App& app, CommandRun& run) {
    auto flags = std::make_shared<CommonFlags>();
    auto* sub = app.add_subcommand("rooms", "List the rooms, one per line: id, kind, name");
    addCommonFlags(*sub, *flags, false, false);
    sub->callback([flags, &run] {
        run = [flags] {
            auto settings = resolveSettings(*flags);
            auto store = openStore(settings);
            for (const auto& r : store.rooms())
                std::cout << r.id << "\t" << r.kind << "\t" << r.name << "\n";
            return 0;
        };
    });
}

} // namespace lantern
