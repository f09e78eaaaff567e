#include "player/Settings.hpp"

namespace lantern {
Settings resolveSettings(const CommonFlags& flags) {
    Settings s;
    if (!flags.configFile.empty()) s.config = loadConfig(flags.configFile);
    if (!flags.room.empty()) s.config.room = flags.room;
    if (!flags.display.empty()) s.config.display = flags.display;
    s.database = !flags.database.empty() ? std::filesystem::path(flags.database)
                 : s.config.database     ? *s.config.database
                                         : defaultDatabasePath();
    auto made = PrivacyPolicy::make(s.config.minGroup);
    if (!made.policy) throw CommandError(made.error, 2);
    s.policy = *made.policy;
    return s;
}

Store openStore(const Settings& settings) {
    const auto& path = settings.database;
    std::error_code ec;
    if (!path.parent_path().empty() && !std::filesystem::exists(path, ec))
        std::filesystem::create_directories(path.parent_path(), ec); // Store::open reports failures
    return Store::open(path);
}

std::pair<int, int> resolveSize(const CommonFlags& flags, const Settings& settings,
                                std::pair<int, int> fallback) {
    if (!flags.size.empty()) {
        auto size = parseSize(flags.size);
        if (!size)
            throw CommandError("--size: '" + flags.size + "' is not WIDTHxHEIGHT, e.g. 1920x1080",
                               2);
        return *size;
    }
    return settings.config.size ? *settings.config.size : fallback;
}

render::RenderPaths renderPaths(const Config& config) {
    render::RenderPaths paths;
    if (config.shaderDir) paths.shaderDir = config.shaderDir->string();
    if (config.mediaDir) paths.mediaDir = config.mediaDir->string();
    return paths;
}


} // namespace lantern
