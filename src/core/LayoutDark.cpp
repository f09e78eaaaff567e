#include "core/LayoutDark.hpp"

#include <cmath>

namespace lantern {

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
    clock.box = {0, std::round((screen.h - boxH) / 2), screen.w, boxH};
    clock.color = Color{0x8c, 0x8c, 0x8c}; // 6.2:1 on black: dim, still legible
    clock.background = black;
    clock.align = Align::Center;
    scene.items.push_back(std::move(clock));
    return scene;
}

} // namespace lantern
