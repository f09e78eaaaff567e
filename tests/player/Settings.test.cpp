#include "player/Settings.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <unistd.h>

using namespace lantern;

TEST_CASE("Settings: flags override the config file, and the policy comes from it") {
    auto file = std::filesystem::temp_directory_path() /
                ("lantern-session-" + std::to_string(getpid()) + ".toml");
    std::ofstream(file) << "database = \"/from/config.db\"\nroom = \"entrance\"\n"
                           "[privacy]\nmin_group = 12\n";
    CommonFlags flags;
    flags.configFile = file.string();
    auto fromFile = resolveSettings(flags);
    CHECK(fromFile.database == std::filesystem::path("/from/config.db"));
    CHECK(fromFile.config.room == "entrance");
    CHECK(fromFile.policy.minGroup() == 12);
    flags.database = "/from/flag.db";
    flags.room = "hallway-1";
    auto fromFlags = resolveSettings(flags);
    CHECK(fromFlags.database == std::filesystem::path("/from/flag.db"));
    CHECK(fromFlags.config.room == "hallway-1");
    std::filesystem::remove(file);
}

TEST_CASE("Settings: a bad --size is the user's error") {
    Settings settings;
    CommonFlags flags;
    flags.size = "huge";
    CHECK_THROWS_AS((void)resolveSize(flags, settings, {1920, 1080}), CommandError);
    flags.size = "1080x1920";
    CHECK(resolveSize(flags, settings, {1920, 1080}) == std::pair{1080, 1920});
    flags.size.clear();
    CHECK(resolveSize(flags, settings, {1280, 720}) == std::pair{1280, 720});
}
