#include "core/layout/SceneJson.hpp"

#include <doctest/doctest.h>

using namespace lantern;

namespace {

Scene sample() {
    Scene s;
    s.width = 1920;
    s.height = 1080;
    s.slide = {"habit/inquiry", "habit", "default playlist"};
    s.background = Color{10, 20, 30};
    s.items.push_back(SceneRect{{0, 0, 1920, 200}, Color{255, 250, 240}, 12});
    SceneText t;
    t.text = "Inquiry";
    t.lang = "en";
    t.fontPx = 96;
    t.lineHeight = 120.5f;
    t.box = {80, 40, 1760, 130};
    t.color = Color{20, 30, 60};
    t.background = Color{255, 250, 240};
    t.lines = {"Inquiry"};
    s.items.push_back(t);
    s.items.push_back(SceneImage{"logo.png", {10, 10, 64, 64}});
    return s;
}

} // namespace

TEST_CASE("SceneJson: the documented fields are present with their types") {
    auto j = sceneToJson(sample());
    CHECK(j["size"] == nlohmann::ordered_json::array({1920, 1080}));
    CHECK(j["slide"]["id"] == "habit/inquiry");
    CHECK(j["slide"]["kind"] == "habit");
    CHECK(j["slide"]["why"] == "default playlist");
    REQUIRE(j["items"].size() == 3);
    CHECK(j["items"][0]["type"] == "rect");
    CHECK(j["items"][0]["radius"] == 12);
    const auto& text = j["items"][1];
    CHECK(text["type"] == "text");
    CHECK(text["text"] == "Inquiry");
    CHECK(text["lang"] == "en");
    CHECK(text["font_px"] == 96);
    CHECK(text["box"] == nlohmann::ordered_json::array({80, 40, 1760, 130}));
    CHECK(text["color"] == "#141e3c");
    CHECK(text["background"] == "#fffaf0");
    CHECK(text["line_height"] == doctest::Approx(120.5));
    CHECK(j["items"][2]["type"] == "image");
    CHECK(j["items"][2]["source"] == "logo.png");
}

TEST_CASE("SceneJson: the same scene serialises to the same bytes") {
    CHECK(sceneToJsonText(sample()) == sceneToJsonText(sample()));
    Scene other = sample();
    std::get<SceneText>(other.items[1]).text = "Indagación";
    CHECK(sceneToJsonText(other) != sceneToJsonText(sample()));
}

TEST_CASE("SceneJson: an icon says \"font\": \"icons\"; a plain text has no font key") {
    Scene scene = sample();
    SceneText icon = std::get<SceneText>(scene.items[1]);
    icon.text = "\xEF\x88\xB3"; // U+F233, Material Icons "groups"
    icon.lines = {icon.text};
    icon.lang = "zxx";
    icon.font = FontFamily::Icons;
    scene.items.push_back(icon);
    auto j = sceneToJson(scene);
    CHECK_FALSE(j["items"][1].contains("font"));
    CHECK(j["items"][3]["font"] == "icons");
    CHECK(j["items"][3]["text"] == "\xEF\x88\xB3");
}

TEST_CASE("SceneJson: a scene without icons keeps its exact text form") {
    const std::string text = sceneToJsonText(sample());
    CHECK(text.find("\"font\"") == std::string::npos);
    CHECK(text.find("\"lines\": [\n        \"Inquiry\"\n      ]\n    },") != std::string::npos);
}
