#include "render/FontSet.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>

namespace lantern::render {

namespace {

constexpr const char* kNotoDir = "/usr/share/fonts/truetype/noto/";
constexpr const char* kDejaVuDir = "/usr/share/fonts/truetype/dejavu/";

// sf::Font::loadFromFile prints to sf::err() for a missing file; check existence first so the
// log says it once, in our words.
bool tryLoad(sf::Font& font, const std::string& path) {
    std::error_code ec;
    if (path.empty() || !std::filesystem::is_regular_file(path, ec)) return false;
    return font.loadFromFile(path);
}

} // namespace

std::vector<std::string> defaultFallbackFonts(Weight weight) {
    std::vector<std::string> regular = {std::string(kNotoDir) + "NotoSans-Regular.ttf",
                                        std::string(kDejaVuDir) + "DejaVuSans.ttf"};
    if (weight == Weight::Regular) return regular;
    std::vector<std::string> bold = {std::string(kNotoDir) + "NotoSans-Bold.ttf",
                                     std::string(kDejaVuDir) + "DejaVuSans-Bold.ttf"};
    bold.insert(bold.end(), regular.begin(), regular.end());
    return bold;
}

FontSet::FontSet(const FontPaths& wanted, std::vector<std::string> regularFallbacks,
                 std::vector<std::string> boldFallbacks) {
    if (regularFallbacks.empty()) regularFallbacks = defaultFallbackFonts(Weight::Regular);
    if (boldFallbacks.empty()) boldFallbacks = defaultFallbackFonts(Weight::Bold);
    m_regularLoaded = load(m_regular, m_regularPath, wanted.regular, regularFallbacks, "regular");
    m_boldLoaded = load(m_bold, m_boldPath, wanted.bold, boldFallbacks, "bold");
}

const sf::Font& FontSet::font(Weight weight) const {
    return weight == Weight::Bold ? m_bold : m_regular;
}

const std::string& FontSet::loadedPath(Weight weight) const {
    return weight == Weight::Bold ? m_boldPath : m_regularPath;
}

bool FontSet::loadIcons(const std::string& path) {
    m_iconsLoaded = tryLoad(m_icons, path);
    if (!m_iconsLoaded) spdlog::warn("render: no icon font ('{}'); icons are not drawn", path);
    return m_iconsLoaded;
}

bool FontSet::load(sf::Font& font, std::string& loadedPath, const std::string& wanted,
                   const std::vector<std::string>& fallbacks, const char* weightName) {
    if (tryLoad(font, wanted)) {
        loadedPath = wanted;
        return true;
    }
    m_degraded = true;
    spdlog::warn("render: cannot load {} font '{}'; trying fallbacks", weightName, wanted);
    for (const auto& path : fallbacks) {
        if (tryLoad(font, path)) {
            spdlog::warn("render: {} font falls back to '{}'", weightName, path);
            loadedPath = path;
            return true;
        }
    }
    spdlog::error("render: no {} font could be loaded; text will not be drawn", weightName);
    return false;
}

} // namespace lantern::render
