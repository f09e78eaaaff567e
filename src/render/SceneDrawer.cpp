#include "render/SceneDrawer.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numbers>

namespace lantern::render {

namespace {

constexpr int kCornerSegments = 10;

// Cap height in px of `font` at `px`, from the glyph 'H' (SFML 2.5 exposes no ascent).
float capHeight(const sf::Font& font, int px, bool bold) {
    const auto& glyph = font.getGlyph(U'H', static_cast<unsigned>(px), bold);
    const float h = -glyph.bounds.top;
    return h > 0 ? h : 0.7f * static_cast<float>(px);
}

float alignedX(const Box& box, float width, Align align) {
    switch (align) {
    case Align::Center:
        return box.x + (box.w - width) / 2;
    case Align::Right:
        return box.right() - width;
    case Align::Left:
        break;
    }
    return box.x;
}

sf::Color colorOf(const sf::Text& t) {
    return t.getFillColor();
}
sf::Color colorOf(const sf::ConvexShape& s) {
    return s.getFillColor();
}
sf::Color colorOf(const sf::Sprite& s) {
    return s.getColor();
}
sf::Color colorOf(const GlyphBatch& b) {
    return b.getFillColor();
}
void setColor(GlyphBatch& b, sf::Color c) {
    b.setFillColor(c);
}
void setColor(sf::Text& t, sf::Color c) {
    t.setFillColor(c);
}
void setColor(sf::ConvexShape& s, sf::Color c) {
    s.setFillColor(c);
}
void setColor(sf::Sprite& s, sf::Color c) {
    s.setColor(c);
}

// Entrance progress 0..1 at `ms`, eased out (fast start, gentle landing).
float enterProgress(const SceneEnter& e, float ms) {
    const float p = std::clamp((ms - static_cast<float>(e.delayMs)) /
                                   static_cast<float>(std::max(e.durationMs, 1)),
                               0.f, 1.f);
    const float rest = 1 - p;
    return 1 - rest * rest * rest;
}

} // namespace

sf::Color toSfColor(Color c) {
    return {c.r, c.g, c.b, c.a};
}

sf::ConvexShape roundedRect(const Box& box, float radius, sf::Color fill) {
    const float r = std::clamp(radius, 0.f, std::min(box.w, box.h) / 2);
    sf::ConvexShape shape;
    shape.setFillColor(fill);
    if (r < 0.5f) {
        shape.setPointCount(4);
        shape.setPoint(0, {box.x, box.y});
        shape.setPoint(1, {box.right(), box.y});
        shape.setPoint(2, {box.right(), box.bottom()});
        shape.setPoint(3, {box.x, box.bottom()});
        return shape;
    }
    // Corner centres clockwise from top-right, each swept through a quarter turn.
    const sf::Vector2f centres[4] = {{box.right() - r, box.y + r},
                                     {box.right() - r, box.bottom() - r},
                                     {box.x + r, box.bottom() - r},
                                     {box.x + r, box.y + r}};
    shape.setPointCount(4 * (kCornerSegments + 1));
    std::size_t index = 0;
    for (int corner = 0; corner < 4; ++corner) {
        const double start = -std::numbers::pi / 2 + corner * std::numbers::pi / 2;
        for (int s = 0; s <= kCornerSegments; ++s) {
            const double angle = start + (std::numbers::pi / 2) * s / kCornerSegments;
            shape.setPoint(index++, {centres[corner].x + r * static_cast<float>(std::cos(angle)),
                                     centres[corner].y + r * static_cast<float>(std::sin(angle))});
        }
    }
    return shape;
}

SceneDrawer::SceneDrawer(const Scene& scene, const FontSet& fonts, const std::string& mediaDir) {
    for (const auto& item : scene.items) {
        const std::size_t first = m_items.size();
        std::visit(
            [&](const auto& it) {
                using T = std::decay_t<decltype(it)>;
                if constexpr (std::is_same_v<T, SceneText>)
                    add(it, fonts);
                else if constexpr (std::is_same_v<T, SceneRect>)
                    add(it);
                else
                    add(it, mediaDir);
            },
            item);
        addEnter(enterOf(item), first);
    }
}

void SceneDrawer::addEnter(const SceneEnter& enter, std::size_t firstItem) {
    if (!enter.animated()) return;
    m_enterEndMs = std::max(m_enterEndMs, enter.endMs());
    for (std::size_t i = firstItem; i < m_items.size(); ++i) {
        const sf::Uint8 alpha = std::visit([](const auto& d) { return colorOf(d).a; }, m_items[i]);
        m_entering.push_back({i, enter, alpha, 0});
    }
}

void SceneDrawer::setEnterTime(float ms) {
    for (auto& e : m_entering) {
        const float p = enterProgress(e.enter, ms);
        e.offset = std::round(e.enter.rise * (1 - p));
        std::visit(
            [&](auto& d) {
                sf::Color c = colorOf(d);
                c.a = static_cast<sf::Uint8>(static_cast<float>(e.alpha) * p + 0.5f);
                setColor(d, c);
            },
            m_items[e.item]);
    }
}

void SceneDrawer::draw(sf::RenderTarget& target, sf::RenderStates states) const {
    auto entering = m_entering.begin();
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        sf::RenderStates itemStates = states;
        if (entering != m_entering.end() && entering->item == i) {
            if (entering->offset != 0) itemStates.transform.translate(0, entering->offset);
            ++entering;
        }
        std::visit([&](const auto& drawable) { target.draw(drawable, itemStates); }, m_items[i]);
    }
}

void SceneDrawer::add(const SceneText& text, const FontSet& fonts) {
    if (text.font == FontFamily::Icons) {
        if (const sf::Font* icons = fonts.icons()) addIcon(text, *icons);
        return;
    }
    if (!text.runs.empty()) {
        m_items.emplace_back(GlyphBatch(text.runs, fonts.atlas(), toSfColor(text.color)));
        return;
    }
    // No runs: a Scene written without shaping (older files, tests); drawn one code point per
    // glyph with the Latin faces, which is right for Latin text only.
    const sf::Font& font = fonts.font(text.weight);
    const auto px = static_cast<unsigned>(std::max(text.fontPx, 1));
    const float cap = capHeight(font, text.fontPx, false);
    for (std::size_t i = 0; i < text.lines.size(); ++i) {
        sf::Text line(sf::String::fromUtf8(text.lines[i].begin(), text.lines[i].end()), font, px);
        line.setFillColor(toSfColor(text.color));
        const float width = line.findCharacterPos(line.getString().getSize()).x;
        const float slotTop = text.box.y + static_cast<float>(i) * text.lineHeight;
        // sf::Text puts the baseline at its origin's y + character size.
        const float baseline = slotTop + (text.lineHeight + cap) / 2;
        line.setPosition(std::round(alignedX(text.box, width, text.align)),
                         std::round(baseline - static_cast<float>(px)));
        m_items.emplace_back(std::move(line));
    }
}

// One glyph, placed by its own bounds (sf::Text's bounds would count stray whitespace); sf::Text
// puts the baseline at its origin's y + character size.
void SceneDrawer::addIcon(const SceneText& text, const sf::Font& font) {
    const std::string& utf8 = text.lines.empty() ? text.text : text.lines.front();
    const sf::String all = sf::String::fromUtf8(utf8.begin(), utf8.end());
    if (all.isEmpty()) return;
    const auto px = static_cast<unsigned>(std::max(text.fontPx, 1));
    const sf::Uint32 glyph = all[0];
    const sf::FloatRect b = font.getGlyph(glyph, px, false).bounds;
    sf::Text icon{sf::String{glyph}, font, px};
    icon.setFillColor(toSfColor(text.color));
    icon.setPosition(
        std::round(text.box.x + (text.box.w - b.width) / 2 - b.left),
        std::round(text.box.y + (text.box.h - b.height) / 2 - b.top - static_cast<float>(px)));
    m_items.emplace_back(std::move(icon));
}

void SceneDrawer::add(const SceneRect& rect) {
    m_items.emplace_back(roundedRect(rect.box, rect.radius, toSfColor(rect.color)));
}

void SceneDrawer::add(const SceneImage& image, const std::string& mediaDir) {
    const auto path = std::filesystem::path(mediaDir) / image.source;
    auto texture = std::make_unique<sf::Texture>();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec) || !texture->loadFromFile(path.string())) {
        spdlog::warn("render: image '{}' not found or unreadable; drawing a placeholder",
                     path.string());
        ++m_missingImages;
        m_items.emplace_back(roundedRect(image.box, 0, kMissingImageColor));
        return;
    }
    texture->setSmooth(true);
    sf::Sprite sprite(*texture);
    const auto size = sf::Vector2f(texture->getSize());
    const float scale = std::min(image.box.w / size.x, image.box.h / size.y);
    sprite.setScale(scale, scale);
    sprite.setPosition(image.box.x + (image.box.w - size.x * scale) / 2,
                       image.box.y + (image.box.h - size.y * scale) / 2);
    m_textures.push_back(std::move(texture));
    m_items.emplace_back(std::move(sprite));
}

} // namespace lantern::render
