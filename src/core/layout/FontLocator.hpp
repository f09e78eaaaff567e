#pragma once
// Finds the font files text is measured and drawn with, through fontconfig. The preferred family
// is Noto Sans (wide script coverage); when it is missing, the system's "sans-serif" (DejaVu on
// Debian) stands in and `preferred` says so, so the app can log "font X missing, using Y".
#include "core/layout/FontMetrics.hpp"
#include "core/layout/IconFont.hpp"

#include <optional>
#include <string>

namespace lantern {

struct FontChoice {
    FontFiles files;
    std::string family;     // the family fontconfig actually matched, e.g. "DejaVu Sans"
    bool preferred = false; // true when `family` is the one asked for
};

// Regular and bold files for `family`, else for `fallbackFamily`. std::nullopt only when
// fontconfig finds no font file at all. Never throws.
[[nodiscard]] std::optional<FontChoice>
locateFonts(const std::string& family = "Noto Sans",
            const std::string& fallbackFamily = "sans-serif");

// The file of the icon font `family` through fontconfig, else `fallbackPath` when that file
// exists (the Debian path of Material Icons), else std::nullopt. fontconfig's nearest match of
// another family never counts: an icon drawn with a text font would be a wrong letter. Never
// throws.
[[nodiscard]] std::optional<std::string>
locateIconFont(const std::string& family = "Material Icons",
               const std::string& fallbackPath = kMaterialIconsPath);

} // namespace lantern
