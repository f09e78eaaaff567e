// A notice panel for a progress slide without bars ("Not shown: fewer than 10 learners"): sized
// to its words and centred, the message large, a short accent rule, then (for a suppressed group)
// a softer line telling families that small groups are left out to protect them.
#include "core/layout/SlideLayout.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <cmath>

namespace lantern::layout {

void layoutNotice(const LangText& message, bool explain, const Box& area, Frame& frame) {
    Frame& f = frame;
    float padX = f.len(64), padY = f.len(56), ruleW = std::round(f.len(96));
    float rule = std::round(f.len(6)), ruleGap = f.len(32);
    float w = f.portrait() ? area.w : std::min(area.w, std::round(f.len(1520)));
    float innerW = w - 2 * padX;
    auto messageStyle = panelStyle(f.theme, 52, Weight::Regular, Align::Center);
    auto whyStyle = panelStyle(f.theme, 34, Weight::Regular, Align::Center);
    TextBlock msg =
        fitStacked(message, Box{0, 0, innerW, std::floor(area.h * 0.45f)}, messageStyle, f);
    TextBlock why;
    if (explain)
        why = fitStacked(phraseInEvery(Phrase::SmallGroupsWhy),
                         Box{0, 0, innerW, std::floor(area.h * 0.3f)}, whyStyle, f);
    float whyH = why.texts.empty() ? 0.f : 2 * ruleGap + rule + why.height;
    float h = std::min(area.h, 2 * padY + msg.height + whyH);
    Box panel{area.x + std::floor((area.w - w) / 2), area.y + std::floor((area.h - h) / 2), w, h};
    addRect(f.scene, panel, f.theme.panel, f.len(f.theme.radius));
    float x = panel.x + padX, y = panel.y + padY + msg.height + ruleGap;
    shiftBlock(msg, panel.y + padY, x);
    addBlock(f.scene, std::move(msg));
    if (why.texts.empty()) return;
    addRect(f.scene, Box{panel.x + std::floor((w - ruleW) / 2), y, ruleW, rule}, f.theme.accent,
            rule / 2);
    shiftBlock(why, y + rule + ruleGap, x);
    addBlock(f.scene, std::move(why));
}

} // namespace lantern::layout
