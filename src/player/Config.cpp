#include "player/Config.hpp"

#include <toml++/toml.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

namespace lantern {
namespace {

[[noreturn]] void fail(const std::string& origin, const std::string& key, const std::string& why) {
    throw ConfigError(origin + ": " + key + ": " + why);
}

const std::set<std::string>& knownKeys() {
    static const std::set<std::string> keys = {"database",          "room",
                                               "display.id",        "languages",
                                               "privacy.min_group", "display.fullscreen",
                                               "display.size",      "display.idle_fps",
                                               "fonts.regular",     "fonts.bold",
                                               "paths.shaders",     "paths.media"};
    return keys;
}

void checkKeys(const toml::table& table, const std::string& prefix, const std::string& origin) {
    for (const auto& [k, node] : table) {
        std::string key =
            prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
        if (const auto* sub = node.as_table(); sub && prefix.empty()) {
            checkKeys(*sub, key, origin);
            continue;
        }
        if (!knownKeys().count(key)) fail(origin, key, "unknown key");
    }
}

std::string stringAt(const toml::table& t, const char* key, const std::string& origin) {
    auto node = t.at_path(key);
    if (!node.is_string()) fail(origin, key, "expected a string");
    return *node.value<std::string>();
}

template <class F> void ifPresent(const toml::table& t, const char* key, F&& f) {
    if (t.at_path(key)) f();
}

void readDisplay(const toml::table& t, Config& c, const std::string& origin) {
    ifPresent(t, "display.fullscreen", [&] {
        auto v = t.at_path("display.fullscreen").value<bool>();
        if (!v) fail(origin, "display.fullscreen", "expected true or false");
        c.fullscreen = *v;
    });
    ifPresent(t, "display.size", [&] {
        c.size = parseSize(stringAt(t, "display.size", origin));
        if (!c.size) fail(origin, "display.size", "expected WIDTHxHEIGHT, e.g. \"1920x1080\"");
    });
    ifPresent(t, "display.idle_fps", [&] {
        auto v = t.at_path("display.idle_fps").value<int64_t>();
        if (!v || *v < 1 || *v > 60)
            fail(origin, "display.idle_fps", "expected a whole number 1–60");
        c.idleFps = static_cast<int>(*v);
    });
}

void readPrivacy(const toml::table& t, Config& c, const std::string& origin) {
    ifPresent(t, "privacy.min_group", [&] {
        auto v = t.at_path("privacy.min_group").value<int64_t>();
        if (!v) fail(origin, "privacy.min_group", "expected a whole number");
        if (*v < 5)
            fail(origin, "privacy.min_group", "must be at least 5 (DESIGN.md, invariant 2)");
        if (*v > 1000) fail(origin, "privacy.min_group", "must be at most 1000");
        c.minGroup = static_cast<int>(*v);
    });
}

void readLanguages(const toml::table& t, Config& c, const std::string& origin) {
    ifPresent(t, "languages", [&] {
        const auto* arr = t.at_path("languages").as_array();
        if (!arr || arr->empty())
            fail(origin, "languages", "expected a list such as [\"en\", \"es\"]");
        for (const auto& v : *arr) {
            auto s = v.value<std::string>();
            if (!s || s->empty() || s->size() > 12)
                fail(origin, "languages", "each entry must be a language code such as \"es\"");
            c.languages.push_back(*s);
        }
    });
}

void readPaths(const toml::table& t, Config& c, const std::string& origin) {
    auto path = [&](const char* key, std::optional<std::filesystem::path>& out) {
        ifPresent(t, key, [&] { out = stringAt(t, key, origin); });
    };
    path("database", c.database);
    path("fonts.regular", c.fontRegular);
    path("fonts.bold", c.fontBold);
    path("paths.shaders", c.shaderDir);
    path("paths.media", c.mediaDir);
    ifPresent(t, "room", [&] { c.room = stringAt(t, "room", origin); });
    ifPresent(t, "display.id", [&] { c.display = stringAt(t, "display.id", origin); });
}

} // namespace

std::optional<std::pair<int, int>> parseSize(const std::string& text) {
    int w = 0, h = 0;
    char x = 0, extra = 0;
    if (std::sscanf(text.c_str(), "%d%c%d%c", &w, &x, &h, &extra) != 3 || x != 'x')
        return std::nullopt;
    if (w < 64 || h < 64 || w > 16384 || h > 16384) return std::nullopt;
    return std::pair{w, h};
}

Config parseConfig(const std::string& text, const std::string& origin) {
    toml::table t;
    try {
        t = toml::parse(text, origin);
    } catch (const toml::parse_error& e) {
        const auto& where = e.source().begin;
        throw ConfigError(origin + ":" + std::to_string(where.line) + ":" +
                          std::to_string(where.column) + ": " + std::string(e.description()));
    }
    checkKeys(t, "", origin);
    Config c;
    readPaths(t, c, origin);
    readLanguages(t, c, origin);
    readPrivacy(t, c, origin);
    readDisplay(t, c, origin);
    return c;
}

Config loadConfig(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw ConfigError(file.string() + ": cannot be read");
    std::stringstream buf;
    buf << in.rdbuf();
    return parseConfig(buf.str(), file.string());
}

std::filesystem::path defaultDatabasePath() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "lantern" / "lantern.db";
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "lantern" /
           "lantern.db";
}

} // namespace lantern
