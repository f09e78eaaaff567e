#include "core/Readability.hpp"

#include <doctest/doctest.h>

using namespace lantern;

namespace {

class FixedMeasurer final : public TextMeasurer {
public:
    float width(std::string_view s, int px, Weight) const override {
        return static_cast<float>(s.size()) * static_cast<float>(px) * 0.5f;
    }
    float lineHeight(int px) const override { return 1.25f * static_cast<float>(px); }
};

const Color kPanel{250, 246, 238};
const Color kInk{27, 36, 51};

Scene goodScene() {
    Scene s;
    s.items.push_back(SceneRect{{100, 100, 800, 200}, kPanel, 10});
    SceneText t;
    t.text = "Hello";
    t.lang = "en";
    t.fontPx = 40;
    t.lineHeight = 50;
    t.box = {120, 120, 400, 100};
    t.color = kInk;
    t.background = kPanel;
    t.lines = {"Hello"};
    s.items.push_back(t);
    return s;
}

SceneText& text(Scene& s) {
    return std::get<SceneText>(s.items[1]);
}

bool mentions(const std::vector<std::string>& v, const std::string& what) {
    for (const auto& s : v)
        if (s.find(what) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("Readability: a text on its panel with good contrast passes") {
    FixedMeasurer m;
    CHECK(checkReadability(goodScene(), 28.f, m).empty());
}

TEST_CASE("Readability: each rule reports its violation") {
    FixedMeasurer m;
    Scene s = goodScene();
    SUBCASE("low contrast") {
        text(s).color = Color{200, 200, 200};
        CHECK(mentions(checkReadability(s, 28.f), "contrast"));
    }
    SUBCASE("too small for the screen") {
        text(s).fontPx = 24;
        CHECK(mentions(checkReadability(s, 28.f), "below 28"));
    }
    SUBCASE("the minimum scales with the screen") {
        s.width = 3840;
        s.height = 2160;
        CHECK(mentions(checkReadability(s, 28.f), "below 56"));
    }
    SUBCASE("off screen") {
        std::get<SceneRect>(s.items[0]).box.x = 1500;
        CHECK(mentions(checkReadability(s, 28.f), "off screen"));
    }
    SUBCASE("line wider than its box, measured") {
        text(s).lines = {"Hello Hello Hello Hello"};
        CHECK(checkReadability(s, 28.f).empty());
        CHECK(mentions(checkReadability(s, 28.f, m), "wider"));
    }
    SUBCASE("more lines than the box holds") {
        text(s).lines = {"a", "b", "c"};
        CHECK(mentions(checkReadability(s, 28.f), "more lines"));
    }
    SUBCASE("text not on a panel of its background colour") {
        text(s).background = Color{255, 255, 255};
        CHECK(mentions(checkReadability(s, 28.f), "panel"));
    }
    SUBCASE("a shape drawn over part of the panel under the text") {
        s.items.insert(s.items.begin() + 1, SceneRect{{110, 110, 50, 50}, Color{0, 0, 0}, 0});
        CHECK(mentions(checkReadability(s, 28.f), "panel"));
    }
    SUBCASE("missing language") {
        text(s).lang.clear();
        CHECK(mentions(checkReadability(s, 28.f), "no lang"));
    }
}
