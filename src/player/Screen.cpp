#include "player/Screen.hpp"

#include "core/model/ContentLookup.hpp"
#include "core/model/LocalTime.hpp"

namespace lantern {

ScreenSetup requireScreen(const SchoolContent& content, const Settings& settings) {
    auto choice = chooseScreen(content, settings.config.room, settings.config.display);
    if (!choice.setup) throw CommandError(choice.problem, 2);
    return *choice.setup;
}

Room requireRoom(const SchoolContent& content, const Settings& settings) {
    return *findRoom(content, requireScreen(content, settings).target.roomId);
}

Instant parseAtFlag(const std::string& text, const std::string& timeZone) {
    auto t = parseLocalTime(text, timeZone);
    if (!t)
        throw CommandError("--at: '" + text + "' is not a local time like 2026-11-23T08:15:00", 2);
    return *t;
}

} // namespace lantern
