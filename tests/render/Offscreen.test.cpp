#include "render/Offscreen.hpp"

#include "RenderTestSupport.hpp"

#include <SFML/Graphics/Shader.hpp>

#include <doctest/doctest.h>

#include <filesystem>

using namespace lantern;
using namespace lantern::render;
using namespace lantern::render::test;

TEST_CASE("Offscreen: a hand-made Scene renders to a non-blank image at its own size") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    const Scene scene = sampleScene();
    const sf::Image image = renderSceneToImage(scene, fonts, sourcePaths());
    REQUIRE(image.getSize() == sf::Vector2u(960, 540));
    CHECK(distinctColours(image) > 50);

    SUBCASE("the text area holds pixels of the text colour") {
        CHECK(countNear(image, {100, 90, 760, 80}, kInk) > 200);
        CHECK(countNear(image, {100, 200, 760, 100}, kInk) > 200);
    }
    SUBCASE("the pixels at a rect's centre have the rect's colour") {
        CHECK(near(image.getPixel(820, 410), kAccent, 0));
        CHECK(near(image.getPixel(480, 440), kPanel, 0));
    }
    SUBCASE("rounded corners leave the background showing at the panel's corner") {
        CHECK_FALSE(near(image.getPixel(61, 61), kPanel, 8));
        CHECK(near(image.getPixel(61 + 24, 61), kPanel, 0));
    }
}

TEST_CASE("Offscreen: rendering the same Scene twice gives identical pixels") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    const sf::Image first = renderSceneToImage(sampleScene(), fonts, sourcePaths());
    const sf::Image second = renderSceneToImage(sampleScene(), fonts, sourcePaths());
    REQUIRE(first.getSize().x > 0);
    CHECK(samePixels(first, second));
}

TEST_CASE("Offscreen: a missing font path falls back and text is still drawn") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({"/nonexistent/Regular.ttf", "/nonexistent/Bold.ttf"});
    REQUIRE(fonts.degraded());
    const sf::Image image = renderSceneToImage(sampleScene(), fonts, sourcePaths());
    CHECK(countNear(image, {100, 200, 760, 100}, kInk) > 200);
    CHECK(countNear(image, {100, 90, 760, 80}, kInk) > 200);
}

TEST_CASE("Offscreen: a missing shader folder gives a solid background, not a blank frame") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    const sf::Image image = renderSceneToImage(sampleScene(), fonts, noShaderPaths());
    REQUIRE(image.getSize() == sf::Vector2u(960, 540));
    CHECK(near(image.getPixel(5, 5), kBackground, 0));
    CHECK(near(image.getPixel(950, 530), kBackground, 0));
    CHECK(near(image.getPixel(820, 410), kAccent, 0));
    CHECK(countNear(image, {100, 200, 760, 100}, kInk) > 200);
    CHECK(distinctColours(image) > 20);
}

TEST_CASE("Offscreen: with shaders the background varies around the base colour") {
    LANTERN_REQUIRE_DISPLAY();
    if (!sf::Shader::isAvailable()) {
        MESSAGE("skipped: no GLSL support");
        return;
    }
    const FontSet fonts({kNotoRegular, kNotoBold});
    const sf::Image image = renderSceneToImage(sampleScene(), fonts, sourcePaths());
    const sf::Color corner = image.getPixel(5, 5);
    const sf::Color other = image.getPixel(950, 530);
    CHECK(corner != other);
    CHECK(near(corner, kBackground, 40));
    CHECK(near(other, kBackground, 40));
}

TEST_CASE("Offscreen: saveScenePng writes a PNG that loads back at the Scene's size") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    const auto path = std::filesystem::temp_directory_path() / "lantern-render-test.png";
    REQUIRE(saveScenePng(sampleScene(), fonts, path.string(), sourcePaths()));
    sf::Image loaded;
    REQUIRE(loaded.loadFromFile(path.string()));
    CHECK(loaded.getSize() == sf::Vector2u(960, 540));
    std::filesystem::remove(path);
}
