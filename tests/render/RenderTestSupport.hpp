#pragma once
// Shared fixtures for the render tests: a hand-made Scene, font paths, pixel helpers, and the
// skip guard for machines without an X display (SFML 2.5 aborts when it cannot open one).
#include "core/model/Scene.hpp"
#include "render/Display.hpp"
#include "render/FontSet.hpp"
#include "render/RenderPaths.hpp"

#include <SFML/Graphics/Image.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string>

#define LANTERN_REQUIRE_DISPLAY()                                                                  \
    do {                                                                                           \
        if (!lantern::render::displayAvailable()) {                                                \
            MESSAGE("skipped: no X display (run under xvfb-run -a)");                              \
            return;                                                                                \
        }                                                                                          \
    } while (false)

namespace lantern::render::test {

inline const std::string kNotoRegular = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
inline const std::string kNotoBold = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";
inline const Color kBackground{30, 60, 90};
inline const Color kPanel{240, 236, 226};
inline const Color kInk{20, 30, 40};
inline const Color kAccent{200, 60, 40};

inline RenderPaths sourcePaths() {
    return {std::string(LANTERN_SOURCE_DIR) + "/shaders",
            std::string(LANTERN_SOURCE_DIR) + "/media"};
}

inline RenderPaths noShaderPaths() {
    return {"/nonexistent/lantern-shaders", "/nonexistent"};
}

inline SceneText textRun(std::vector<std::string> lines, Box box, int px, Color color,
                         Align align = Align::Left, Weight weight = Weight::Regular) {
    SceneText text;
    text.fontPx = px;
    text.lineHeight = static_cast<float>(px) * 1.4f;
    text.box = box;
    text.color = color;
    text.align = align;
    text.weight = weight;
    text.lines = std::move(lines);
    for (const auto& line : text.lines)
        text.text += line + " ";
    return text;
}

// 960x540: a rounded panel with a bold title and two body lines, and an accent square.
inline Scene sampleScene() {
    Scene scene;
    scene.width = 960;
    scene.height = 540;
    scene.slide = {"habit-1", "habit", "test"};
    scene.background = kBackground;
    scene.items.push_back(SceneRect{{60, 60, 840, 420}, kPanel, 24});
    scene.items.push_back(
        textRun({"Perseverance"}, {100, 90, 760, 80}, 56, kInk, Align::Left, Weight::Bold));
    scene.items.push_back(textRun({"We keep going when the work is hard,", "and we revise."},
                                  {100, 200, 760, 100}, 34, kInk));
    scene.items.push_back(SceneRect{{780, 380, 80, 60}, kAccent, 0});
    return scene;
}

inline bool near(sf::Color a, Color b, int tolerance = 2) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

inline std::size_t distinctColours(const sf::Image& image) {
    std::set<unsigned> colours;
    const auto size = image.getSize();
    for (unsigned y = 0; y < size.y; ++y) {
        for (unsigned x = 0; x < size.x; ++x) {
            const sf::Color c = image.getPixel(x, y);
            colours.insert((unsigned{c.r} << 16) | (unsigned{c.g} << 8) | c.b);
        }
    }
    return colours.size();
}

// Pixels within `box` (clipped to the image) close to `colour`.
inline int countNear(const sf::Image& image, Box box, Color colour, int tolerance = 2) {
    int count = 0;
    const auto size = sf::Vector2i(image.getSize());
    const int x1 = std::min(size.x, static_cast<int>(box.right()));
    const int y1 = std::min(size.y, static_cast<int>(box.bottom()));
    for (int y = std::max(0, static_cast<int>(box.y)); y < y1; ++y) {
        for (int x = std::max(0, static_cast<int>(box.x)); x < x1; ++x) {
            const auto pixel = image.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y));
            if (near(pixel, colour, tolerance)) ++count;
        }
    }
    return count;
}

inline bool samePixels(const sf::Image& a, const sf::Image& b) {
    if (a.getSize() != b.getSize()) return false;
    const auto bytes = std::size_t{a.getSize().x} * a.getSize().y * 4;
    return std::equal(a.getPixelsPtr(), a.getPixelsPtr() + bytes, b.getPixelsPtr());
}

} // namespace lantern::render::test
