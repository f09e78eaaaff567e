#include "core/layout/Readability.hpp"
#include "core/layout/SlideLayout.hpp"

#include "support/LayoutTestSupport.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace lantern;
using lantern::testing::notoMeasurer;
using lantern::testing::WideMeasurer;

namespace {

const std::vector<std::pair<int, int>> kScreens{
    {1920, 1080}, {1080, 1920}, {1280, 720}, {3840, 2160}};

Slide quoteSlide(std::string en, std::string es) {
    QuoteSlideData q{
        "q1",
        {{"en", std::move(en)}, {"es", std::move(es)}},
        {{"en", "— Maya R., 8th grader"}, {"es", "— Maya R., estudiante de 8.º grado"}}};
    return Slide{"quote/q1", SlideKind::Quote, "rule: item 1 of 1", {}, q};
}

Slide shortQuote() {
    return quoteSlide("I used to erase my mistakes. Now I keep them so I can see how I got better.",
                      "Antes borraba mis errores. Ahora los guardo para ver cómo mejoré.");
}

Slide longQuote() {
    std::string en, es;
    for (int i = 0; i < 30; ++i) {
        en += "Revising my essay three times taught me more than getting it right once. ";
        es += "Revisar mi ensayo tres veces me enseñó más que hacerlo bien una vez. ";
    }
    return quoteSlide(en, es);
}

const SceneText* findText(const Scene& scene, const std::string& s) {
    for (const auto& item : scene.items)
        if (auto* t = std::get_if<SceneText>(&item); t && t->text == s) return t;
    return nullptr;
}

void checkReadable(const Slide& slide, const TextMeasurer& m) {
    for (auto [w, h] : kScreens) {
        CAPTURE(w);
        CAPTURE(h);
        Scene scene = layoutSlide(slide, LayoutContext{w, h, {"en", "es"}, m});
        CHECK(scene.slide.kind == "quote");
        CHECK(scene.slide.id == "quote/q1");
        auto violations = checkReadability(scene, 28.f, m);
        for (const auto& v : violations)
            MESSAGE(v);
        CHECK(violations.empty());
    }
}

} // namespace

TEST_CASE("LayoutQuote: short and very long quotes are readable on every screen") {
    WideMeasurer wide;
    auto noto = notoMeasurer();
    for (const Slide& s : {shortQuote(), longQuote()}) {
        checkReadable(s, wide);
        if (noto) checkReadable(s, *noto);
    }
}

TEST_CASE("LayoutQuote: every language is stacked, the attribution below, smaller") {
    WideMeasurer m;
    for (auto [w, h] : kScreens) {
        CAPTURE(w);
        Scene scene = layoutSlide(shortQuote(), LayoutContext{w, h, {"en", "es"}, m});
        const SceneText* en = nullptr;
        const SceneText* es = nullptr;
        for (const auto& item : scene.items)
            if (auto* t = std::get_if<SceneText>(&item)) {
                if (t->text.starts_with("I used to")) en = t;
                if (t->text.starts_with("Antes")) es = t;
            }
        const SceneText* byEn = findText(scene, "— Maya R., 8th grader");
        const SceneText* byEs = findText(scene, "— Maya R., estudiante de 8.º grado");
        REQUIRE(en);
        REQUIRE(es);
        REQUIRE(byEn);
        REQUIRE(byEs);
        CHECK(es->box.y >= en->box.bottom());
        CHECK(byEn->box.y >= es->box.bottom());
        CHECK(byEs->box.y >= byEn->box.bottom());
        CHECK(byEn->fontPx < en->fontPx);
        CHECK(findText(scene, "\u201C") != nullptr);
    }
}

TEST_CASE("LayoutQuote: a quote without attribution still shows its text") {
    Slide s = shortQuote();
    std::get<QuoteSlideData>(s.data).attribution.clear();
    WideMeasurer m;
    for (auto [w, h] : kScreens) {
        Scene scene = layoutSlide(s, LayoutContext{w, h, {"en", "es"}, m});
        CHECK(checkReadability(scene, 28.f, m).empty());
        CHECK(findText(scene, "Antes borraba mis errores. Ahora los guardo para ver cómo mejoré."));
    }
}
