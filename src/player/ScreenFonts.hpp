#pragma once
// The fonts a screen measures (core's layout) and draws (render) with, chosen once at start.
#include "core/text/FontFiles.hpp"
#include "core/text/FontLocator.hpp"
#include "core/text/IconFont.hpp"
#include "core/text/TextEngine.hpp"
#include "player/Config.hpp"

#include <memory>
#include <string>

namespace lantern {

// Fonts for measuring (core) and drawing (render): the configured files when they open, else
// Noto Sans / sans-serif through fontconfig; `note` says what happened, for the log and overlay.
struct Fonts {
    FontFiles files;
    std::unique_ptr<TextEngine> metrics; // measures and shapes every language
    std::string note;
    std::unique_ptr<IconFont> icons; // Material Icons; nullptr when absent (no icons drawn)
};
// Throws CommandError(1) only when no usable font exists on the machine at all.
[[nodiscard]] Fonts loadFonts(const Config& config);

} // namespace lantern
