// Shaped text on screen: the glyph runs core lays out are drawn through the atlas, with every
// glyph's ink inside the text's box, in every script Lantern sets.
#include "render/GlyphAtlas.hpp"
#include "render/Offscreen.hpp"

#include "core/layout/SlideLayout.hpp"
#include "core/text/TextEngine.hpp"

#include "RenderTestSupport.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using namespace lantern::render;
using namespace lantern::render::test;

namespace {

const Color kBlack{0, 0, 0};

struct Sample {
    const char* lang;
    const char* text;
};

// A sentence per script family: Latin, Arabic (joined, right to left, with digits), Bengali
// (conjuncts and pre-base vowels), Chinese, Urdu (Nastaliq, tall) and Korean.
const Sample kSamples[] = {
    {"en", "Habits of a Learner"}, {"ar", "عادات المتعلم في غرفة 12"}, {"bn", "শিক্ষার্থীর অভ্যাস"},
    {"zh-Hans", "学习者的习惯"},   {"ur", "سیکھنے والے کی عادات"},     {"ko", "학습자의 습관"},
};

Scene shapedScene(const TextEngine& engine, const Sample& sample, Box box, Align align) {
    Scene scene;
    scene.width = 800;
    scene.height = 300;
    scene.background = {255, 255, 255};
    SceneText text;
    text.text = sample.text;
    text.lang = sample.lang;
    text.fontPx = 48;
    text.lineHeight = engine.lineHeight(48, sample.lang);
    text.box = {box.x, box.y, box.w, text.lineHeight};
    text.color = kBlack;
    text.background = scene.background;
    text.align = align;
    text.lines = {sample.text};
    scene.items.push_back(text);
    layout::shapeTexts(scene, engine);
    return scene;
}

} // namespace

TEST_CASE("GlyphAtlas: a glyph is rasterized once and keeps its slot; a bad font draws nothing") {
    LANTERN_REQUIRE_DISPLAY();
    GlyphAtlas atlas(256);
    const GlyphSlot& a = atlas.glyph(kNotoRegular, 0, 40, 36);
    REQUIRE(a.page != nullptr);
    CHECK(a.rect.width > 0);
    CHECK(a.rect.height > 0);
    const GlyphSlot& again = atlas.glyph(kNotoRegular, 0, 40, 36);
    CHECK(&again == &a);
    CHECK(atlas.glyphCount() == 1);
    // Many large glyphs overflow a small page into new ones; earlier slots stay put.
    const sf::IntRect first = a.rect;
    for (std::uint32_t id = 40; id < 140; ++id)
        (void)atlas.glyph(kNotoRegular, 0, 60, id);
    CHECK(atlas.pageCount() > 1);
    CHECK(atlas.glyph(kNotoRegular, 0, 40, 36).rect == first);
    const GlyphSlot& missing = atlas.glyph("/nonexistent/font.ttf", 0, 40, 36);
    CHECK(missing.page == nullptr);
}

TEST_CASE("GlyphRuns: every script's ink lies inside its box, at the start of its direction") {
    LANTERN_REQUIRE_DISPLAY();
    const auto engine = TextEngine::open();
    REQUIRE(engine);
    const FontSet fonts({kNotoRegular, kNotoBold});
    const Box box{100, 60, 600, 0};
    for (const auto& sample : kSamples) {
        CAPTURE(sample.lang);
        REQUIRE(engine->rendersCleanly(sample.text, sample.lang));
        const Scene scene = shapedScene(*engine, sample, box, Align::Left);
        const auto& text = std::get<SceneText>(scene.items.front());
        REQUIRE_FALSE(text.runs.empty());
        const sf::Image image = renderSceneToImage(scene, fonts, noShaderPaths());
        const Box inside = text.box;
        const int inkInside = countNear(image, inside, kBlack, 80);
        const int inkAll = countNear(image, {0, 0, 800, 300}, kBlack, 80);
        CHECK(inkInside > 300);
        CHECK(inkAll == inkInside);
        // Start of the line: left edge for left-to-right, right edge for right-to-left.
        const Box leftHalf{inside.x, inside.y, inside.w / 2, inside.h};
        const Box rightHalf{inside.x + inside.w / 2, inside.y, inside.w / 2, inside.h};
        if (engine->rightToLeft(sample.lang))
            CHECK(countNear(image, rightHalf, kBlack, 80) > countNear(image, leftHalf, kBlack, 80));
        else
            CHECK(countNear(image, leftHalf, kBlack, 80) > countNear(image, rightHalf, kBlack, 80));
    }
}

TEST_CASE("GlyphRuns: a text's colour and entrance alpha reach its glyphs") {
    LANTERN_REQUIRE_DISPLAY();
    const auto engine = TextEngine::open();
    REQUIRE(engine);
    const FontSet fonts({kNotoRegular, kNotoBold});
    Scene scene = shapedScene(*engine, kSamples[1], {100, 60, 600, 0}, Align::Center);
    std::get<SceneText>(scene.items.front()).color = kAccent;
    const sf::Image image = renderSceneToImage(scene, fonts, noShaderPaths());
    CHECK(countNear(image, {0, 0, 800, 300}, kAccent, 40) > 200);
    CHECK(countNear(image, {0, 0, 800, 300}, kBlack, 80) == 0);
}
