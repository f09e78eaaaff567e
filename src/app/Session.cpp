#include "app/Session.hpp"

#include <spdlog/spdlog.h>

namespace lantern {
namespace {

std::unique_ptr<FontMetrics> tryOpen(const FontFiles& files, std::string& note) {
    try {
        return FontMetrics::open(files);
    } catch (const std::exception& e) {
        note += (note.empty() ? "" : "; ") + std::string(e.what());
        return nullptr;
    }
}

// The icon font is optional: without it habit slides show no icons.
std::unique_ptr<IconFont> openIcons() {
    auto path = locateIconFont();
    auto icons = path ? IconFont::open(*path) : nullptr;
    if (!icons) spdlog::info("fonts: no icon font (install fonts-material-design-icons-iconfont)");
    return icons;
}

} // namespace

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

Fonts loadFonts(const Config& config) {
    Fonts fonts;
    if (config.fontRegular) {
        FontFiles wanted{config.fontRegular->string(),
                         (config.fontBold ? *config.fontBold : *config.fontRegular).string()};
        fonts.metrics = tryOpen(wanted, fonts.note);
        if (fonts.metrics) fonts.files = wanted;
    }
    if (!fonts.metrics) {
        auto choice = locateFonts();
        if (choice) fonts.metrics = tryOpen(choice->files, fonts.note);
        if (!fonts.metrics) throw CommandError("no usable font found (install fonts-noto-core)", 1);
        fonts.files = choice->files;
        if (!choice->preferred)
            fonts.note += std::string(fonts.note.empty() ? "" : "; ") +
                          "Noto Sans missing, using " + choice->family;
        else if (!fonts.note.empty())
            fonts.note += "; using " + choice->family;
    }
    if (!fonts.note.empty()) spdlog::warn("fonts: {}", fonts.note);
    fonts.icons = openIcons();
    return fonts;
}

} // namespace lantern
