#pragma once
// SceneDrawer turns one Scene into SFML drawables once (texts, shapes, sprites, loaded images)
// and can then draw them any number of times without allocating.
//
// Text placement contract (the layout in core relies on it): line i of a SceneText occupies the
// slot [box.y + i*lineHeight, box.y + (i+1)*lineHeight). A text with glyph runs (shaped in core,
// every glyph placed) is drawn exactly as its runs say, through the FontSet's GlyphAtlas; the
// renderer never shapes or re-wraps. A text without runs is drawn line by line with the Latin
// faces, its cap height centred in the slot and its advance width placed per `align`.
// An icon (FontFamily::Icons) is drawn with the FontSet's icon font, its glyph's bounds centred
// in the box; without an icon font it is not drawn.
// Entrance (SceneEnter): draw() shows the final picture; setEnterTime(ms) poses every animated
// item as it stands `ms` after the slide appeared (alpha and downward offset, ease-out cubic),
// until setEnterTime(enterEndMs()) or later restores the final picture.
#include "core/model/Scene.hpp"
#include "render/FontSet.hpp"
#include "render/GlyphBatch.hpp"

#include <SFML/Graphics/ConvexShape.hpp>
#include <SFML/Graphics/Drawable.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/Texture.hpp>

#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace lantern::render {

[[nodiscard]] sf::Color toSfColor(Color c);

// A rectangle with rounded corners (radius clamped to half the shorter side; 0 = square).
[[nodiscard]] sf::ConvexShape roundedRect(const Box& box, float radius, sf::Color fill);

// Colour of the placeholder drawn where an image file is missing or unreadable.
inline const sf::Color kMissingImageColor{128, 128, 128, 96};

class SceneDrawer : public sf::Drawable {
public:
    // `fonts` must outlive the drawer. Images are loaded from mediaDir/source; a missing one
    // becomes a neutral rectangle and a log line.
    SceneDrawer(const Scene& scene, const FontSet& fonts, const std::string& mediaDir);

    [[nodiscard]] int missingImages() const { return m_missingImages; }
    // When the last item has entered, in ms after the slide appeared; 0 when nothing animates.
    [[nodiscard]] int enterEndMs() const { return m_enterEndMs; }
    void setEnterTime(float ms);

private:
    void draw(sf::RenderTarget& target, sf::RenderStates states) const override;
    void add(const SceneText& text, const FontSet& fonts);
    void addIcon(const SceneText& text, const sf::Font& font);
    void add(const SceneRect& rect);
    void add(const SceneImage& image, const std::string& mediaDir);

    void addEnter(const SceneEnter& enter, std::size_t firstItem);

    using Item = std::variant<sf::Text, sf::ConvexShape, sf::Sprite, GlyphBatch>;
    // An animated drawable: its final alpha and, while entering, its offset.
    struct Entering {
        std::size_t item = 0;
        SceneEnter enter;
        sf::Uint8 alpha = 255;
        float offset = 0;
    };
    std::vector<Item> m_items;
    std::vector<Entering> m_entering; // by item index, ascending
    int m_enterEndMs = 0;
    std::vector<std::unique_ptr<sf::Texture>> m_textures; // sprites point into these
    int m_missingImages = 0;
};

} // namespace lantern::render
