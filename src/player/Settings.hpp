#pragma once
// A screen's settings, resolved once: the config file with the command line's flags over it, the
// database it names, the privacy policy, the size to lay out at and where shaders and media are.
// Errors here are the user's to fix and carry the exit status `lantern` should end with.
#include "core/publicview/Privacy.hpp"
#include "player/Config.hpp"
#include "render/RenderPaths.hpp"
#include "store/Store.hpp"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lantern {

// A failure to report in one line and exit with `status` (2: bad input, 1: runtime failure).
struct CommandError : std::runtime_error {
    CommandError(const std::string& message, int exitStatus)
        : std::runtime_error(message), status(exitStatus) {}
    int status;
};

// Flags shared by the commands; empty means "not given on the command line".
struct CommonFlags {
    std::string configFile;
    std::string database;
    std::string room;
    std::string display;
    std::string size;
};

struct Settings {
    Config config;
    std::filesystem::path database;
    PrivacyPolicy policy;
};

// Reads --config (if given) and applies the flags over it. Throws ConfigError / CommandError(2).
[[nodiscard]] Settings resolveSettings(const CommonFlags& flags);

// Opens the settings' database. A database that does not exist yet is created, with its folder;
// one that cannot be read, or comes from a newer Lantern, is a StoreError naming the file.
[[nodiscard]] Store openStore(const Settings& settings);

// The window or render size: --size, else display.size, else `fallback`. Throws CommandError(2).
[[nodiscard]] std::pair<int, int> resolveSize(const CommonFlags& flags, const Settings& settings,
                                              std::pair<int, int> fallback);

// Where the renderer finds shaders and media: the config's paths, else the build's defaults.
[[nodiscard]] render::RenderPaths renderPaths(const Config& config);

} // namespace lantern
