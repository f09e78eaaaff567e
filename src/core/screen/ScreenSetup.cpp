#include "core/screen/ScreenSetup.hpp"

#include "core/model/ContentLookup.hpp"

namespace lantern {
namespace {

ScreenChoice problem(std::string text) {
    return {std::nullopt, std::move(text)};
}

} // namespace

ScreenChoice chooseScreen(const SchoolContent& content, const std::optional<std::string>& roomId,
                          const std::optional<std::string>& displayId) {
    if (displayId) {
        const auto display = findDisplay(content, *displayId);
        if (!display)
            return problem("unknown display '" + *displayId +
                           "'; displays here: " + displayIds(content));
        if (roomId && *roomId != display->roomId)
            return problem("display '" + display->id + "' is in room '" + display->roomId +
                           "', not '" + *roomId + "'");
        return {ScreenSetup{{display->roomId, display->id},
                            display->orientation,
                            std::pair{display->width, display->height}},
                {}};
    }
    if (!roomId)
        return problem("no room given: use --room ID or --display ID (`lantern rooms` lists them)");
    if (!findRoom(content, *roomId))
        return problem("unknown room '" + *roomId + "'; rooms here: " + roomIds(content));
    return {ScreenSetup{{*roomId, ""}, Orientation::Landscape, std::nullopt}, {}};
}

std::pair<int, int> layoutSize(std::pair<int, int> signal, Orientation orientation) {
    return quarterTurns(orientation) % 2 ? std::pair{signal.second, signal.first} : signal;
}

int quarterTurns(Orientation orientation) {
    switch (orientation) {
    case Orientation::Landscape:
        return 0;
    case Orientation::Portrait:
        return 1;
    case Orientation::LandscapeFlipped:
        return 2;
    case Orientation::PortraitFlipped:
        return 3;
    }
    return 0;
}

} // namespace lantern
