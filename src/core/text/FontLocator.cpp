#include "core/text/FontLocator.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace lantern {
namespace {

struct Match {
    std::string file;
    std::string family;
    int index = 0;
};

bool sameFamily(std::string a, std::string b) {
    auto lower = [](std::string& s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    };
    lower(a);
    lower(b);
    return a == b;
}

// `style`, when given, is asked for too: some packages mark a bold file with the regular weight
// (Noto Nastaliq Urdu in Debian 12), and the style name tells them apart.
std::optional<Match> matchFont(FcConfig* config, const std::string& family, int weight,
                               const char* style = nullptr) {
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddInteger(pattern, FC_WEIGHT, weight);
    if (style) FcPatternAddString(pattern, FC_STYLE, reinterpret_cast<const FcChar8*>(style));
    FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN);
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* found = FcFontMatch(config, pattern, &result);
    FcPatternDestroy(pattern);
    if (!found) return std::nullopt;
    std::optional<Match> match;
    FcChar8* file = nullptr;
    FcChar8* name = nullptr;
    if (FcPatternGetString(found, FC_FILE, 0, &file) == FcResultMatch && file) {
        match = Match{reinterpret_cast<const char*>(file), ""};
        if (FcPatternGetString(found, FC_FAMILY, 0, &name) == FcResultMatch && name)
            match->family = reinterpret_cast<const char*>(name);
        // A family is often listed under several names (the CJK faces: "Noto Sans CJK SC" and
        // their localized names); the one asked for wins when the face has it.
        for (int i = 1; FcPatternGetString(found, FC_FAMILY, i, &name) == FcResultMatch && name;
             ++i)
            if (sameFamily(reinterpret_cast<const char*>(name), family))
                match->family = reinterpret_cast<const char*>(name);
        int index = 0;
        if (FcPatternGetInteger(found, FC_INDEX, 0, &index) == FcResultMatch) match->index = index;
    }
    FcPatternDestroy(found);
    return match;
}

std::optional<FontChoice> choose(FcConfig* config, const std::string& family) {
    auto regular = matchFont(config, family, FC_WEIGHT_REGULAR);
    if (!regular) return std::nullopt;
    auto bold = matchFont(config, family, FC_WEIGHT_BOLD);
    FontChoice choice;
    choice.files.regular = regular->file;
    bool boldSameFamily = bold && sameFamily(bold->family, regular->family);
    choice.files.bold = boldSameFamily ? bold->file : regular->file;
    choice.family = regular->family;
    choice.preferred = sameFamily(regular->family, family);
    return choice;
}

} // namespace

std::vector<std::optional<FontFace>>
locateFaces(const std::vector<std::pair<std::string, bool>>& wanted) {
    std::vector<std::optional<FontFace>> out(wanted.size());
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) return out;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const auto& [family, bold] = wanted[i];
        const auto match = matchFont(config, family, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR,
                                     bold ? "Bold" : "Regular");
        if (match && sameFamily(match->family, family))
            out[i] = FontFace{match->file, match->index, match->family};
    }
    FcConfigDestroy(config);
    return out;
}

std::optional<FontChoice> locateFonts(const std::string& family,
                                      const std::string& fallbackFamily) {
    // A private configuration, destroyed after use: no global fontconfig state outlives the call.
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (!config) return std::nullopt;
    auto choice = choose(config, family);
    if (!choice || !choice->preferred) {
        auto fallback = choose(config, fallbackFamily);
        if (fallback) {
            fallback->preferred = false;
            choice = fallback;
        }
    }
    FcConfigDestroy(config);
    return choice;
}

std::optional<std::string> locateIconFont(const std::string& family,
                                          const std::string& fallbackPath) {
    std::optional<std::string> path;
    if (FcConfig* config = FcInitLoadConfigAndFonts()) {
        auto match = matchFont(config, family, FC_WEIGHT_REGULAR);
        if (match && sameFamily(match->family, family)) path = match->file;
        FcConfigDestroy(config);
    }
    std::error_code ec;
    if (!path && !fallbackPath.empty() && std::filesystem::is_regular_file(fallbackPath, ec))
        path = fallbackPath;
    return path;
}

} // namespace lantern
