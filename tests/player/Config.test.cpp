#include "player/Config.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace lantern;

namespace {

std::string errorOf(const std::string& toml) {
    try {
        (void)parseConfig(toml, "test.toml");
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST_CASE("Config: the documented example parses") {
    auto c = loadConfig(LANTERN_SOURCE_DIR "/config/lantern.toml");
    CHECK(c.room == "hallway-1");
    CHECK(c.languages == std::vector<std::string>{"en", "es"});
    CHECK(c.minGroup == 10);
    CHECK(c.fullscreen);
    CHECK(c.idleFps == 4);
}

TEST_CASE("Config: values are read and defaults hold for absent keys") {
    auto c = parseConfig("database = \"/tmp/x.db\"\n[display]\nfullscreen = false\n"
                         "size = \"1080x1920\"\nid = \"kiosk-entrance\"\n[privacy]\n"
                         "min_group = 12\n",
                         "t");
    CHECK(c.display == "kiosk-entrance");
    CHECK(c.database == std::filesystem::path("/tmp/x.db"));
    CHECK_FALSE(c.fullscreen);
    CHECK(c.size == std::pair{1080, 1920});
    CHECK(c.minGroup == 12);
    CHECK_FALSE(c.room);
    CHECK(c.languages.empty());
}

TEST_CASE("Config: a bad key or value is one message naming the key and the reason") {
    CHECK(errorOf("[display]\nfulscreen = true\n") == "test.toml: display.fulscreen: unknown key");
    CHECK(errorOf("colour = 1\n") == "test.toml: colour: unknown key");
    CHECK(errorOf("[privacy]\nmin_group = 4\n").find("privacy.min_group: must be at least 5") !=
          std::string::npos);
    CHECK(errorOf("[privacy]\nmin_group = \"ten\"\n") ==
          "test.toml: privacy.min_group: expected a whole number");
    CHECK(errorOf("[display]\nsize = \"big\"\n").find("display.size") != std::string::npos);
    CHECK(errorOf("languages = []\n").find("languages") != std::string::npos);
    CHECK(errorOf("room = [1,\n").rfind("test.toml:1:", 0) == 0); // syntax error with line
}

TEST_CASE("Config: a missing file is reported, not ignored") {
    CHECK_THROWS_AS((void)loadConfig("/nonexistent/lantern.toml"), ConfigError);
}

TEST_CASE("Config: sizes and the XDG database path") {
    CHECK(parseSize("1920x1080") == std::pair{1920, 1080});
    CHECK_FALSE(parseSize("1920x"));
    CHECK_FALSE(parseSize("10x10"));
    CHECK_FALSE(parseSize("1920x1080x3"));
    setenv("XDG_DATA_HOME", "/data/home", 1);
    CHECK(defaultDatabasePath() == std::filesystem::path("/data/home/lantern/lantern.db"));
    unsetenv("XDG_DATA_HOME");
    setenv("HOME", "/home/teacher", 1);
    CHECK(defaultDatabasePath() ==
          std::filesystem::path("/home/teacher/.local/share/lantern/lantern.db"));
}
