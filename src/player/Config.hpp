#pragma once
// lantern.toml: the settings of one screen. Every key is optional; command-line flags override
// the file. A key that is unknown or has a bad value is a ConfigError naming the key and the
// reason; `lantern` prints that one line and exits with status 2.
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lantern {

struct ConfigError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Config {
    std::optional<std::filesystem::path> database;
    std::optional<std::string> room;
    std::optional<std::string> display; // display.id: this screen's display; implies its room
    std::vector<std::string> languages; // empty: the school's own languages
    int minGroup = 10;                  // privacy.min_group, never below 5
    bool fullscreen = true;
    std::optional<std::pair<int, int>> size; // display.size "WxH"; unset: the screen's own
    int idleFps = 4; // redraws a second while nothing but the background moves
    std::optional<std::filesystem::path> fontRegular, fontBold;
    std::optional<std::filesystem::path> shaderDir, mediaDir;
};

// Reads and validates a config file. Throws ConfigError.
[[nodiscard]] Config loadConfig(const std::filesystem::path& file);
// Parses TOML text; `origin` names it in messages. Throws ConfigError.
[[nodiscard]] Config parseConfig(const std::string& text, const std::string& origin);

// "1920x1080" -> {1920, 1080}; nullopt unless both are between 64 and 16384.
[[nodiscard]] std::optional<std::pair<int, int>> parseSize(const std::string& text);

// The default database: $XDG_DATA_HOME/lantern/lantern.db, else ~/.local/share/lantern/lantern.db.
[[nodiscard]] std::filesystem::path defaultDatabasePath();

} // namespace lantern
