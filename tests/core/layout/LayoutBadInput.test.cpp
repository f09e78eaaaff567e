// What people type is not always what a screen can show: emoji, very long texts, a language
// missing. The screen shows something sensible, readable, and never a box for a missing glyph.
#include "core/layout/Readability.hpp"
#include "core/layout/SlideLayout.hpp"

#include "support/LayoutTestSupport.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace lantern;
using lantern::testing::notoMeasurer;

namespace {

Slide wallWith(const std::string& en, const std::string& es) {
    CelebrationSlideData wall;
    for (int i = 0; i < 3; ++i) {
        CelebrationCard card;
        card.id = "c" + std::to_string(i);
        card.kind = "growth";
        card.text = {{"en", i == 0 ? en : "Revised the essay twice."}, {"es", es}};
        card.who = {{"en", "a 7th grader"}, {"es", "estudiante de 7.º grado"}};
        wall.cards.push_back(card);
    }
    return Slide{"celebrations/1", SlideKind::Celebrations, "", std::chrono::seconds(15), wall};
}

std::string allText(const Scene& scene) {
    std::string out;
    for (const auto& item : scene.items)
        if (const auto* t = std::get_if<SceneText>(&item))
            for (const auto& line : t->lines)
                out += line + "\n";
    return out;
}

} // namespace

TEST_CASE("LayoutBadInput: emoji are left out of a card and the words around them stay") {
    auto m = notoMeasurer();
    if (!m) return;
    auto scene = layoutSlide(wallWith("Great revision 🎉🎉 team!", "¡Gran revisión 👏!"),
                             LayoutContext{1920, 1080, {"en", "es"}, *m});
    const auto text = allText(scene);
    CHECK(text.find("🎉") == std::string::npos);
    CHECK(text.find("👏") == std::string::npos);
    CHECK(text.find("Great revision team!") != std::string::npos);
    CHECK(checkReadability(scene, 28, *m).empty());
}

TEST_CASE("LayoutBadInput: a 2,000-character celebration is cut to fit its card, readably") {
    auto m = notoMeasurer();
    if (!m) return;
    std::string longText;
    while (longText.size() < 2000)
        longText += "Kept revising the design after every test. ";
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
        auto scene =
            layoutSlide(wallWith(longText, longText), LayoutContext{w, h, {"en", "es"}, *m});
        INFO(w << "x" << h);
        CHECK(allText(scene).find("…") != std::string::npos);
        CHECK(checkReadability(scene, 28, *m).empty());
    }
}

TEST_CASE("LayoutBadInput: a text made only of emoji falls back to another language, never a "
          "blank") {
    auto m = notoMeasurer();
    if (!m) return;
    auto scene =
        layoutSlide(wallWith("🎉🎉🎉", "¡Felicidades!"), LayoutContext{1920, 1080, {"en", "es"}, *m});
    CHECK(allText(scene).find("¡Felicidades!") != std::string::npos);
}
