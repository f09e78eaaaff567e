#include "render/SceneDrawer.hpp"

#include "render/Offscreen.hpp"

#include "RenderTestSupport.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace lantern;
using namespace lantern::render;
using namespace lantern::render::test;

namespace {

Scene blankScene() {
    Scene scene;
    scene.width = 400;
    scene.height = 200;
    scene.background = {255, 255, 255};
    return scene;
}

// Leftmost and rightmost columns in `box` holding a pixel near `colour`; {-1, -1} if none.
std::pair<int, int> inkColumns(const sf::Image& image, Box box, Color colour) {
    std::pair<int, int> span{-1, -1};
    for (auto x = static_cast<int>(box.x); x < static_cast<int>(box.right()); ++x) {
        if (countNear(image, {static_cast<float>(x), box.y, 1, box.h}, colour, 60) == 0) continue;
        if (span.first < 0) span.first = x;
        span.second = x;
    }
    return span;
}

} // namespace

TEST_CASE("SceneDrawer: roundedRect keeps the box and rounds only with a radius") {
    const Box box{10, 20, 100, 50};
    const auto square = roundedRect(box, 0, sf::Color::Red);
    CHECK(square.getPointCount() == 4);
    const auto rounded = roundedRect(box, 500, sf::Color::Red); // clamped to 25
    CHECK(rounded.getPointCount() > 4);
    const auto bounds = rounded.getLocalBounds();
    CHECK(bounds.left == doctest::Approx(10).epsilon(0.001));
    CHECK(bounds.top == doctest::Approx(20).epsilon(0.001));
    CHECK(bounds.width == doctest::Approx(100).epsilon(0.001));
    CHECK(bounds.height == doctest::Approx(50).epsilon(0.001));
}

TEST_CASE("SceneDrawer: lines are aligned within the box by their width") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    const Box box{50, 40, 300, 60};
    const Color black{0, 0, 0};
    auto render = [&](Align align) {
        Scene scene = blankScene();
        scene.items.push_back(textRun({"Inquiry"}, box, 40, black, align));
        return inkColumns(renderSceneToImage(scene, fonts, noShaderPaths()), box, black);
    };
    const auto left = render(Align::Left);
    const auto centre = render(Align::Center);
    const auto right = render(Align::Right);
    REQUIRE(left.first >= 0);
    CHECK(left.first <= box.x + 6);
    CHECK(right.second >= box.right() - 6);
    CHECK(right.second <= box.right());
    CHECK((centre.first + centre.second) / 2.0 == doctest::Approx(box.x + box.w / 2).epsilon(0.02));
}

TEST_CASE("SceneDrawer: each line sits in its own slot of lineHeight below box.y") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    const Color black{0, 0, 0};
    Scene scene = blankScene();
    SceneText text = textRun({"HHHH", "HHHH"}, {20, 20, 300, 120}, 30, black);
    text.lineHeight = 60;
    scene.items.push_back(text);
    const sf::Image image = renderSceneToImage(scene, fonts, noShaderPaths());
    CHECK(countNear(image, {20, 20, 300, 60}, black, 10) > 50);
    CHECK(countNear(image, {20, 80, 300, 60}, black, 10) > 50);
    CHECK(countNear(image, {20, 20, 300, 12}, black, 10) == 0); // cap height centred: margin
    CHECK(countNear(image, {20, 140, 300, 60}, black, 10) == 0);
}

TEST_CASE("SceneDrawer: images come from the media folder; a missing one is a placeholder") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    const auto media = std::filesystem::temp_directory_path() / "lantern-render-media";
    std::filesystem::create_directories(media);
    sf::Image green;
    green.create(8, 4, sf::Color(0, 200, 0));
    REQUIRE(green.saveToFile((media / "green.png").string()));

    Scene scene = blankScene();
    scene.items.push_back(SceneImage{"green.png", {20, 20, 160, 160}});
    scene.items.push_back(SceneImage{"missing.png", {220, 20, 160, 160}});
    const SceneDrawer drawer(scene, fonts, media.string());
    CHECK(drawer.missingImages() == 1);

    const sf::Image image =
        renderSceneToImage(scene, fonts, RenderPaths{"/nonexistent", media.string()});
    CHECK(near(image.getPixel(100, 100), {0, 200, 0}, 0));
    CHECK(near(image.getPixel(100, 30), {255, 255, 255}, 0)); // fitted 2:1, letterboxed
    const sf::Color placeholder = image.getPixel(300, 100);
    CHECK(placeholder != sf::Color::White);
    CHECK(placeholder.r == placeholder.g);
    std::filesystem::remove_all(media);
}

TEST_CASE("SceneDrawer: an icon is drawn with the icon font, centred in its box") {
    LANTERN_REQUIRE_DISPLAY();
    const std::string iconPath =
        "/usr/share/fonts/truetype/material-design-icons-iconfont/MaterialIcons-Regular.ttf";
    if (!std::filesystem::exists(iconPath)) {
        MESSAGE("skipped: fonts-material-design-icons-iconfont is not installed");
        return;
    }
    FontSet fonts({kNotoRegular, kNotoBold});
    REQUIRE(fonts.loadIcons(iconPath));
    const Color black{0, 0, 0};
    const Box box{100, 50, 100, 100};
    Scene scene = blankScene();
    SceneText icon = textRun({"\xEE\xA2\xB6"}, box, 100, black); // U+E8B6 "search"
    icon.font = FontFamily::Icons;
    scene.items.push_back(icon);
    const sf::Image image = renderSceneToImage(scene, fonts, noShaderPaths());
    CHECK(countNear(image, box, black, 10) > 500);
    CHECK(countNear(image, {0, 0, 400, 200}, black, 10) == countNear(image, box, black, 10));
    const auto span = inkColumns(image, box, black);
    REQUIRE(span.first >= 0);
    CHECK((span.first + span.second) / 2.0 == doctest::Approx(150).epsilon(0.04));
}

TEST_CASE("SceneDrawer: without an icon font an icon is not drawn, not even as a box") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    CHECK(fonts.icons() == nullptr);
    const Color black{0, 0, 0};
    Scene scene = blankScene();
    SceneText icon = textRun({"\xEE\xA2\xB6"}, {100, 50, 100, 100}, 100, black);
    icon.font = FontFamily::Icons;
    scene.items.push_back(icon);
    const sf::Image image = renderSceneToImage(scene, fonts, noShaderPaths());
    CHECK(countNear(image, {0, 0, 400, 200}, black, 60) == 0);
}
