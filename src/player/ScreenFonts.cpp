#include "player/ScreenFonts.hpp"

#include "player/Settings.hpp"

#include <spdlog/spdlog.h>

namespace lantern {
namespace {

std::unique_ptr<TextEngine> tryOpen(const FontFiles& files, std::string& note) {
    auto engine = TextEngine::open(files);
    if (!engine) note += (note.empty() ? "" : "; ") + std::string("cannot open ") + files.regular;
    return engine;
}

// The icon font is optional: without it habit slides show no icons.
std::unique_ptr<IconFont> openIcons() {
    auto path = locateIconFont();
    auto icons = path ? IconFont::open(*path) : nullptr;
    if (!icons) spdlog::info("fonts: no icon font (install fonts-material-design-icons-iconfont)");
    return icons;
}

} // namespace

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
        if (!fonts.metrics) fonts.metrics = TextEngine::open();
        if (!fonts.metrics) throw CommandError("no usable font found (install fonts-noto-core)", 1);
        fonts.files = fonts.metrics->latinFiles();
        if (!choice->preferred)
            fonts.note += std::string(fonts.note.empty() ? "" : "; ") +
                          "Noto Sans missing, using " + choice->family;
        else if (!fonts.note.empty())
            fonts.note += "; using " + choice->family;
    }
    if (!fonts.metrics->note().empty())
        fonts.note += (fonts.note.empty() ? "" : "; ") + fonts.metrics->note();
    if (!fonts.note.empty()) spdlog::warn("fonts: {}", fonts.note);
    fonts.icons = openIcons();
    return fonts;
}

} // namespace lantern
