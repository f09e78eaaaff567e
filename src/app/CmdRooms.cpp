#include "app/Commands.hpp"
#include "core/model/ScheduleNames.hpp"
#include "store/Store.hpp"

#include <iostream>
#include <memory>

namespace lantern {

void addCommonFlags(CLI::App& sub, CommonFlags& flags, bool withRoom, bool withSize) {
    sub.add_option("--config", flags.configFile, "Settings file (see config/lantern.toml)");
    sub.add_option("--db", flags.database, "Database file (default: XDG data dir)");
    if (withRoom) {
        sub.add_option("--room", flags.room, "Room id (see `lantern rooms`)");
        sub.add_option("--display", flags.display,
                       "Display id (see `lantern rooms`); implies its room and orientation");
    }
    if (withSize) sub.add_option("--size", flags.size, "Size in pixels, e.g. 1920x1080");
}

void addRoomsCommand(CLI::App& app, CommandRun& run) {
    auto flags = std::make_shared<CommonFlags>();
    auto displays = std::make_shared<bool>(false);
    auto* sub = app.add_subcommand("rooms", "List the rooms, one per line: id, kind, name");
    addCommonFlags(*sub, *flags, false, false);
    sub->add_flag("--displays", *displays,
                  "List the displays instead: id, room, orientation, resolution, name");
    sub->callback([flags, displays, &run] {
        run = [flags, displays] {
            auto settings = resolveSettings(*flags);
            auto store = openStore(settings);
            if (!*displays) {
                for (const auto& r : store.rooms())
                    std::cout << r.id << "\t" << r.kind << "\t" << r.name << "\n";
                return 0;
            }
            for (const auto& d : store.loadContent(Store::WithEvidence::No).displays)
                std::cout << d.id << "\t" << d.roomId << "\t" << orientationName(d.orientation)
                          << "\t" << d.width << "x" << d.height << "\t" << d.name << "\n";
            return 0;
        };
    });
}

} // namespace lantern
