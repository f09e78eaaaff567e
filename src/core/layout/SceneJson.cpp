#include "core/layout/SceneJson.hpp"

#include <cmath>

namespace lantern {
namespace {

using Json = nlohmann::ordered_json;

Json number(float v) {
    float whole = std::round(v);
    if (std::fabs(v - whole) < 0.001f) return static_cast<long>(whole);
    return std::round(v * 10.0f) / 10.0;
}

Json box(const Box& b) {
    return Json::array({number(b.x), number(b.y), number(b.w), number(b.h)});
}

const char* alignName(Align a) {
    switch (a) {
    case Align::Left:
        return "left";
    case Align::Center:
        return "center";
    case Align::Right:
        return "right";
    }
    return "left";
}

// Glyph positions are multiples of 1/64 px (TextEngine), which print exactly.
Json glyphNumber(float v) {
    const float whole = std::round(v);
    if (v == whole) return static_cast<long>(whole);
    return static_cast<double>(v);
}

Json runs(const std::vector<GlyphRun>& list) {
    Json out = Json::array();
    for (const auto& r : list) {
        Json glyphs = Json::array();
        for (const auto& g : r.glyphs)
            glyphs.push_back(Json::array({g.id, glyphNumber(g.x), glyphNumber(g.y)}));
        out.push_back(Json{{"font", r.font},
                           {"face", r.face},
                           {"px", r.px},
                           {"dir", r.rtl ? "rtl" : "ltr"},
                           {"glyphs", std::move(glyphs)}});
    }
    return out;
}

// Absent for a static item, so Scenes without animation keep their JSON.
void addEnter(Json& j, const SceneEnter& e) {
    if (!e.animated()) return;
    j["enter"] =
        Json{{"delay_ms", e.delayMs}, {"duration_ms", e.durationMs}, {"rise", number(e.rise)}};
}

Json item(const SceneText& t) {
    Json j{{"type", "text"},
           {"text", t.text},
           {"lang", t.lang},
           {"font_px", t.fontPx},
           {"line_height", number(t.lineHeight)},
           {"weight", t.weight == Weight::Bold ? "bold" : "regular"},
           {"align", alignName(t.align)},
           {"box", box(t.box)},
           {"color", t.color.hex()},
           {"background", t.background.hex()},
           {"lines", t.lines}};
    if (t.font == FontFamily::Icons) j["font"] = "icons"; // absent for text: older JSON unchanged
    if (!t.runs.empty()) j["runs"] = runs(t.runs);
    addEnter(j, t.enter);
    return j;
}

Json item(const SceneRect& r) {
    Json j{{"type", "rect"}, {"box", box(r.box)}, {"color", r.color.hex()}};
    if (r.radius > 0) j["radius"] = number(r.radius);
    addEnter(j, r.enter);
    return j;
}

Json item(const SceneImage& i) {
    Json j{{"type", "image"}, {"source", i.source}, {"box", box(i.box)}};
    addEnter(j, i.enter);
    return j;
}

} // namespace

nlohmann::ordered_json sceneToJson(const Scene& scene) {
    Json items = Json::array();
    for (const auto& it : scene.items)
        items.push_back(std::visit([](const auto& v) { return item(v); }, it));
    return Json{
        {"size", Json::array({scene.width, scene.height})},
        {"slide", {{"id", scene.slide.id}, {"kind", scene.slide.kind}, {"why", scene.slide.why}}},
        {"background", scene.background.hex()},
        {"items", std::move(items)}};
}

std::string sceneToJsonText(const Scene& scene) {
    return sceneToJson(scene).dump(2) + "\n";
}

} // namespace lantern
