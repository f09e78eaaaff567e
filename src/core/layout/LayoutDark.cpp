#include "core/layout/LayoutDark.hpp"

#include "core/layout/SlideLayout.hpp"

#include <cctype>
#include <cmath>

namespace lantern {
namespace {

// "HH:MM" -> minutes since midnight; 0 for anything else.
int minuteOfDay(const std::string& text) {
    if (text.size() != 5 || text[2] != ':') return 0;
    auto digit = [&](std::size_t i) { return std::isdigit(static_cast<unsigned char>(text[i])); };
    if (!digit(0) || !digit(1) || !digit(3) || !digit(4)) return 0;
    return ((text[0] - '0') * 10 + (text[1] - '0')) * 60 + (text[3] - '0') * 10 + (text[4] - '0');
}

} // namespace

Scene layoutDark(const std::string& timeText, const LayoutContext& ctx) {
    const Color black{0, 0, 0};
    Scene scene;
    scene.width = ctx.width;
    scene.height = ctx.height;
    scene.slide = {timeText.empty() ? "dark" : "dark/clock", "dark",
                   "outside the room's power hours"};
    scene.background = black;
    const Box screen{0, 0, static_cast<float>(ctx.width), static_cast<float>(ctx.height)};
    scene.items.push_back(SceneRect{screen, black, 0});
    if (timeText.empty()) return scene;

    const float scale = static_cast<float>(std::min(ctx.width, ctx.height)) / 1080.f;
    const int px = static_cast<int>(std::round(96 * scale));
    const float boxH = std::round(static_cast<float>(px) * 1.4f);
    SceneText clock;
    clock.text = timeText;
    clock.lines = {timeText};
    clock.lang = "en";
    clock.fontPx = px;
    clock.lineHeight = boxH;
    // The clock moves a little every minute, so a screen dark all night does not burn it in.
    const int minute = minuteOfDay(timeText);
    const float fx = static_cast<float>((minute * 7) % 11) / 10.f; // 0..1
    const float fy = static_cast<float>((minute * 5) % 9) / 8.f;   // 0..1
    const float boxW = std::round(screen.w / 2);
    clock.box = {std::round(fx * (screen.w - boxW)),
                 std::round(screen.h * 0.2f + fy * (screen.h * 0.6f - boxH)), boxW, boxH};
    clock.color = Color{0x8c, 0x8c, 0x8c}; // 6.2:1 on black: dim, still legible
    clock.background = black;
    clock.align = Align::Center;
    scene.items.push_back(std::move(clock));
    layout::shapeTexts(scene, ctx.measurer);
    return scene;
}

} // namespace lantern
