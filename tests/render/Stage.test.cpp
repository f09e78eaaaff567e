#include "render/Stage.hpp"

#include "RenderTestSupport.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <doctest/doctest.h>

using namespace lantern;
using namespace lantern::render;
using namespace lantern::render::test;

namespace {

const Color kRed{220, 40, 40};
const Color kBlue{40, 40, 220};

Scene colourScene(Color colour) {
    Scene scene;
    scene.width = 320;
    scene.height = 180;
    scene.background = {20, 20, 20};
    scene.items.push_back(SceneRect{{100, 50, 120, 80}, colour, 8});
    return scene;
}

sf::Color centreAfterDraw(Stage& stage, sf::RenderTexture& target, float seconds) {
    stage.draw(target, seconds);
    target.display();
    return target.getTexture().copyToImage().getPixel(160, 90);
}

} // namespace

TEST_CASE("Stage: show() crossfades from the old slide to the new one over fadeSeconds") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    RenderPaths paths = sourcePaths();
    SUBCASE("with shaders") {}
    SUBCASE("without shaders") {
        paths = noShaderPaths();
    }
    Stage stage(fonts, {paths, 1.0f, 0.25f});
    sf::RenderTexture target;
    REQUIRE(target.create(320, 180));

    stage.show(colourScene(kRed));
    CHECK_FALSE(stage.inTransition(0)); // the first slide appears at once
    CHECK(near(centreAfterDraw(stage, target, 0), kRed, 0));

    stage.show(colourScene(kBlue));
    CHECK(stage.inTransition(10)); // pending until the next draw
    CHECK(near(centreAfterDraw(stage, target, 10), kRed, 1));
    CHECK(stage.fadeProgress(10.5f) == doctest::Approx(0.5));
    const sf::Color halfway = centreAfterDraw(stage, target, 10.5f);
    CHECK(halfway.r > 100);
    CHECK(halfway.b > 100);
    CHECK(stage.inTransition(10.9f));
    CHECK(near(centreAfterDraw(stage, target, 11), kBlue, 1));
    CHECK_FALSE(stage.inTransition(11));
}

TEST_CASE("Stage: shaders are active only when the shader files compile") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    const Stage missing(fonts, {noShaderPaths()});
    CHECK_FALSE(missing.shadersActive());
    if (sf::Shader::isAvailable()) {
        const Stage present(fonts, {sourcePaths()});
        CHECK(present.shadersActive());
    }
}

TEST_CASE("Stage: the slide is scaled to fit a larger target, keeping its aspect") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    Stage stage(fonts, {noShaderPaths()});
    stage.cut(colourScene(kRed));
    sf::RenderTexture target;
    REQUIRE(target.create(640, 480)); // 2x wide; 60 px bars above and below
    stage.draw(target, 0);
    target.display();
    const sf::Image image = target.getTexture().copyToImage();
    CHECK(near(image.getPixel(320, 240), kRed, 0));
    CHECK(near(image.getPixel(210, 170), kRed, 0));         // rect corner (105, 55) -> (210, 170)
    CHECK(near(image.getPixel(190, 240), {20, 20, 20}, 0)); // left of the rect
}

TEST_CASE("Stage: draw() leaves the target's view as it was") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    Stage stage(fonts, {noShaderPaths()});
    stage.cut(colourScene(kRed));
    sf::RenderTexture target;
    REQUIRE(target.create(320, 180));
    const sf::View zoomed(sf::FloatRect(0, 0, 100, 50));
    target.setView(zoomed);
    stage.draw(target, 0);
    CHECK(target.getView().getSize() == zoomed.getSize());
}

namespace {

// Same size as sampleScene(), another colour scheme and layout.
Scene otherScene() {
    Scene scene = sampleScene();
    scene.background = {90, 40, 60};
    scene.items.push_back(SceneRect{{200, 150, 300, 260}, {40, 160, 90, 180}, 30});
    scene.items.push_back(textRun({"Revision"}, {520, 300, 400, 80}, 48, kAccent));
    return scene;
}

sf::Image frameAt(Stage& stage, sf::RenderTexture& target, float seconds) {
    stage.draw(target, seconds);
    target.display();
    return target.getTexture().copyToImage();
}

int maxChannelDifference(const sf::Image& a, const sf::Image& b) {
    const auto bytes = std::size_t{a.getSize().x} * a.getSize().y * 4;
    int worst = 0;
    for (std::size_t i = 0; i < bytes; ++i)
        worst = std::max(worst, std::abs(a.getPixelsPtr()[i] - b.getPixelsPtr()[i]));
    return worst;
}

} // namespace

TEST_CASE("Stage: the single-pass frame matches the multi-pass frame within 2 levels") {
    LANTERN_REQUIRE_DISPLAY();
    if (!sf::Shader::isAvailable()) return;
    const FontSet fonts({kNotoRegular, kNotoBold});
    Stage onePass(fonts, {sourcePaths(), 1.0f, 0.25f, true});
    Stage multiPass(fonts, {sourcePaths(), 1.0f, 0.25f, false});
    sf::RenderTexture a;
    sf::RenderTexture b;
    REQUIRE(a.create(960, 540));
    REQUIRE(b.create(960, 540));
    for (Stage* stage : {&onePass, &multiPass}) {
        stage->show(sampleScene());
        stage->show(otherScene());
    }
    for (const float seconds : {20.f, 20.25f, 20.5f, 21.f, 30.f}) {
        CAPTURE(seconds);
        const sf::Image single = frameAt(onePass, a, seconds);
        CHECK(onePass.lastDrawSinglePass());
        const sf::Image multi = frameAt(multiPass, b, seconds);
        CHECK_FALSE(multiPass.lastDrawSinglePass());
        CHECK(maxChannelDifference(single, multi) <= 2);
    }
}

TEST_CASE("Stage: a letterboxed slide falls back to separate passes") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    Stage stage(fonts, {sourcePaths()});
    stage.cut(colourScene(kRed));
    sf::RenderTexture target;
    REQUIRE(target.create(640, 480));
    CHECK(near(frameAt(stage, target, 0).getPixel(320, 240), kRed, 0));
    CHECK_FALSE(stage.lastDrawSinglePass());
}

TEST_CASE("Stage: a portrait slide is turned a quarter turn clockwise to fill a landscape signal") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    StageOptions options{sourcePaths(), 1.0f, 0.25f};
    options.quarterTurns = 1;
    Stage stage(fonts, options);
    // A 180x320 portrait slide, red across its top quarter.
    Scene scene;
    scene.width = 180;
    scene.height = 320;
    scene.background = {20, 20, 20};
    scene.items.push_back(SceneRect{{0, 0, 180, 320}, kBlue, 0});
    scene.items.push_back(SceneRect{{0, 0, 180, 80}, kRed, 0});
    sf::RenderTexture target;
    REQUIRE(target.create(320, 180));
    stage.show(scene);
    stage.draw(target, 0);
    target.display();
    const sf::Image image = target.getTexture().copyToImage();
    // Turned clockwise, the slide's top lands on the right edge and fills the whole height.
    CHECK(near(image.getPixel(300, 20), kRed, 2));
    CHECK(near(image.getPixel(300, 160), kRed, 2));
    CHECK(near(image.getPixel(20, 90), kBlue, 2));
    CHECK(near(image.getPixel(160, 90), kBlue, 2));
    CHECK_FALSE(stage.lastDrawSinglePass());
}

TEST_CASE("Stage: items with an entrance fade in and rise after show(), then stay still") {
    LANTERN_REQUIRE_DISPLAY();
    const FontSet fonts({kNotoRegular, kNotoBold});
    RenderPaths paths = sourcePaths();
    SUBCASE("with shaders") {}
    SUBCASE("without shaders") {
        paths = noShaderPaths();
    }
    Stage stage(fonts, {paths, 1.0f, 0.25f});
    sf::RenderTexture target;
    REQUIRE(target.create(320, 180));
    Scene scene = colourScene(kRed);
    std::get<SceneRect>(scene.items[0]).enter = SceneEnter{120, 400, 24};
    const Color background = scene.background;

    SUBCASE("show(): background at first, the card's colour once entered") {
        stage.show(scene);
        CHECK(stage.inTransition(5));
        const sf::Color start = centreAfterDraw(stage, target, 5);
        if (!stage.shadersActive()) CHECK(near(start, background, 2));
        CHECK(start.r < 60); // the shaded background is darker than the card, never red
        const sf::Color midway = centreAfterDraw(stage, target, 5.25f);
        CHECK(midway.r > start.r + 40);
        CHECK(midway.r < kRed.r - 10);
        CHECK(near(centreAfterDraw(stage, target, 7), kRed, 1));
        CHECK_FALSE(stage.inTransition(7));
        // Risen to its place: the row just above the card's top edge is background again.
        target.display();
        const sf::Image image = target.getTexture().copyToImage();
        CHECK(near(image.getPixel(160, 52), kRed, 1));
        CHECK_FALSE(near(image.getPixel(160, 47), kRed, 40));
    }
    SUBCASE("cut(): the final picture at once") {
        stage.cut(scene);
        CHECK_FALSE(stage.inTransition(0));
        CHECK(near(centreAfterDraw(stage, target, 0), kRed, 1));
    }
}
