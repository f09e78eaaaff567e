#pragma once
// The regular and bold faces the renderer draws with. The app chooses the files (normally the
// same files core measures with); when one cannot be loaded, FontSet tries a fallback list and
// logs it, so the screen keeps showing text. Nothing here throws.
#include "core/model/Scene.hpp"
#include "render/GlyphAtlas.hpp"

#include <SFML/Graphics/Font.hpp>

#include <string>
#include <vector>

namespace lantern::render {

struct FontPaths {
    std::string regular;
    std::string bold;
};

// Fonts tried, in order, when the wanted file for `weight` fails (Noto Sans, then DejaVu Sans;
// bold falls back to the regular faces last).
[[nodiscard]] std::vector<std::string> defaultFallbackFonts(Weight weight);

class FontSet {
public:
    // Empty fallback lists mean defaultFallbackFonts(weight).
    explicit FontSet(const FontPaths& wanted, std::vector<std::string> regularFallbacks = {},
                     std::vector<std::string> boldFallbacks = {});
    // sf::Text keeps a pointer to its font: a FontSet stays where it was built.
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;

    [[nodiscard]] const sf::Font& font(Weight weight) const;
    // True when a wanted file failed and a fallback (or nothing) is in use.
    [[nodiscard]] bool degraded() const { return m_degraded; }
    // True when both weights have some font; false means text cannot be drawn at all.
    [[nodiscard]] bool usable() const { return m_regularLoaded && m_boldLoaded; }
    // The file each weight was loaded from ("" if none).
    [[nodiscard]] const std::string& loadedPath(Weight weight) const;

    // Loads the icon font (FontFamily::Icons texts). Optional: false (and a log line) when
    // `path` is empty or unreadable; icons are then not drawn at all, never as boxes.
    bool loadIcons(const std::string& path);
    // The icon font, nullptr when none is loaded.
    [[nodiscard]] const sf::Font* icons() const { return m_iconsLoaded ? &m_icons : nullptr; }

    // The atlas shaped runs are drawn from. It is a cache that fills as texts are first drawn,
    // hence reachable from a const FontSet.
    [[nodiscard]] GlyphAtlas& atlas() const { return m_atlas; }

private:
    bool load(sf::Font& font, std::string& loadedPath, const std::string& wanted,
              const std::vector<std::string>& fallbacks, const char* weightName);

    sf::Font m_regular;
    sf::Font m_bold;
    std::string m_regularPath;
    std::string m_boldPath;
    bool m_regularLoaded = false;
    bool m_boldLoaded = false;
    bool m_degraded = false;
    sf::Font m_icons;
    bool m_iconsLoaded = false;
    mutable GlyphAtlas m_atlas;
};

} // namespace lantern::render
