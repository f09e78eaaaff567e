#pragma once
// Finds the font files text is measured and drawn with, through fontconfig. The preferred family
// is Noto Sans (wide script coverage); when it is missing, the system's "sans-serif" (DejaVu on
// Debian) stands in and `preferred` says so, so the app can log "font X missing, using Y".
#include "core/text/FontFiles.hpp"
#include "core/text/IconFont.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

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

// One face of a font file: the file and, for a collection (.ttc), which face in it.
struct FontFace {
    std::string file;
    int index = 0;
    std::string family;
};

// For each (family, bold) asked for, the face fontconfig has of exactly that family at that
// weight (the nearest weight it has; never a look-alike family), else std::nullopt. One
// fontconfig configuration serves the whole list. Never throws.
[[nodiscard]] std::vector<std::optional<FontFace>>
locateFaces(const std::vector<std::pair<std::string, bool>>& wanted);

// The file of the icon font `family` through fontconfig, else `fallbackPath` when that file
// exists (the Debian path of Material Icons), else std::nullopt. fontconfig's nearest match of
// another family never counts: an icon drawn with a text font would be a wrong letter. Never
// throws.
[[nodiscard]] std::optional<std::string>
locateIconFont(const std::string& family = "Material Icons",
               const std::string& fallbackPath = kMaterialIconsPath);

} // namespace lantern
