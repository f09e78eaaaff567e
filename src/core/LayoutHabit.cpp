// Habit slide: a header panel (kicker + habit name, habit colour as an accent stripe, and the
// habit's icon on a badge of that colour when the icon font has it), the one-line meaning, and the
// indicators as cards under "What it looks like".
#include "core/LayoutStrings.hpp"
#include "core/SlideLayout.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

namespace lantern::layout {
namespace {

constexpr std::size_t kMaxIndicators = 3;
constexpr float kBadgeAt1080 = 176;        // icon badge side, designed beside a 96 px name
constexpr float kGlyphShare = 0.68f;       // icon size as a share of the badge side
constexpr const char* kNoLanguage = "zxx"; // BCP 47: no linguistic content (an icon)

struct HabitRegions {
    Box header, meaning, indicators;
};

HabitRegions habitRegions(const Frame& f) {
    Box c = f.content();
    float gap = f.len(f.theme.gap);
    float headerH = std::round(c.h * (f.portrait() ? 0.2f : 0.33f));
    float meaningH = std::round(c.h * (f.portrait() ? 0.13f : 0.17f));
    HabitRegions r;
    r.header = Box{c.x, c.y, c.w, headerH};
    r.meaning = Box{c.x, r.header.bottom() + gap, c.w, meaningH};
    float top = r.meaning.bottom() + gap;
    r.indicators = Box{c.x, top, c.w, c.bottom() - top};
    return r;
}

// The habit's icon as text for the icon font, when the habit names one the font has.
std::optional<std::string> iconGlyph(const HabitSlideData& data, const Frame& f) {
    if (data.icon.empty() || !f.ctx.icons) return std::nullopt;
    return f.ctx.icons->utf8(data.icon);
}

// A square badge in the habit's colour at the right of `area`, the icon in a contrasting ink;
// returns the width it takes, gap included. Decorative: the name beside it says the same.
float addIconBadge(const std::string& glyph, const Box& area, Color accent, Frame& f) {
    float side = std::round(std::min({area.h, f.len(kBadgeAt1080), area.w / 3}));
    Box badge{std::round(area.right() - side), std::round(area.y + (area.h - side) / 2), side,
              side};
    addRect(f.scene, badge, accent, f.len(f.theme.radius));
    SceneText icon;
    icon.text = glyph;
    icon.lang = kNoLanguage;
    icon.fontPx = static_cast<int>(std::round(side * kGlyphShare));
    icon.lineHeight = static_cast<float>(icon.fontPx);
    float px = static_cast<float>(icon.fontPx), offset = std::floor((side - px) / 2);
    icon.box = Box{badge.x + offset, badge.y + offset, px, px};
    icon.color = labelColorOn(accent, f.theme);
    icon.background = accent;
    icon.align = Align::Center;
    icon.lines = {glyph};
    icon.font = FontFamily::Icons;
    f.scene.items.emplace_back(std::move(icon));
    return side + f.len(f.theme.padding);
}

void addHeader(const HabitSlideData& data, const Box& panel, Color accent, Frame& f) {
    const Theme& t = f.theme;
    addRect(f.scene, panel, t.panel, f.len(t.radius));
    float pad = f.len(t.padding);
    Box inner = inset(panel, pad);
    addRect(f.scene, Box{inner.x, inner.y, f.len(t.stripe), inner.h}, accent, f.len(t.stripe / 2));
    float textX = inner.x + f.len(t.stripe) + pad;
    Box text{textX, inner.y, inner.right() - textX, inner.h};
    if (auto glyph = iconGlyph(data, f)) text.w -= addIconBadge(*glyph, text, accent, f);
    float kickerH = std::min(text.h * 0.36f, f.len(100));
    TextStyle kickerStyle = panelStyle(t, 34);
    kickerStyle.color = t.inkSoft;
    addBlock(f.scene, fitStacked(layoutString(LayoutString::HabitsOfALearner),
                                 Box{text.x, text.y, text.w, kickerH}, kickerStyle, f));
    Box name{text.x, text.y + kickerH, text.w, text.h - kickerH};
    TextBlock block = fitStacked(data.name, name, panelStyle(t, 96, Weight::Bold), f);
    addCentred(f.scene, std::move(block), name.h);
}

void addMeaning(const HabitSlideData& data, const Box& panel, Frame& f) {
    addRect(f.scene, panel, f.theme.panel, f.len(f.theme.radius));
    Box inner = inset(panel, f.len(f.theme.padding));
    TextBlock block = fitStacked(data.meaning, inner, panelStyle(f.theme, 46), f);
    addCentred(f.scene, std::move(block), inner.h);
}

std::vector<Box> cardBoxes(const Box& area, std::size_t n, bool stacked, float gap) {
    std::vector<Box> boxes;
    if (n == 0) return boxes;
    float count = static_cast<float>(n);
    for (std::size_t i = 0; i < n; ++i) {
        float k = static_cast<float>(i);
        if (stacked) {
            float h = (area.h - gap * (count - 1)) / count;
            boxes.push_back(Box{area.x, area.y + k * (h + gap), area.w, h});
        } else {
            float w = (area.w - gap * (count - 1)) / count;
            boxes.push_back(Box{area.x + k * (w + gap), area.y, w, area.h});
        }
    }
    return boxes;
}

Box indicatorTextBox(const Box& card, const Frame& f) {
    float stripe = f.len(f.theme.stripe * 0.6f), pad = f.len(f.theme.padding * 0.8f);
    return Box{card.x + pad, card.y + 2 * pad + stripe, card.w - 2 * pad,
               card.h - 3 * pad - stripe};
}

TextStyle indicatorStyle(const Frame& f) {
    TextStyle style = panelStyle(f.theme, 40);
    style.background = f.theme.panelAlt;
    return style;
}

// Side by side, texts start under their stripes; stacked, each is centred in its card.
void addIndicator(const LangText& text, const Box& card, Color accent, int px, Frame& f) {
    const Theme& t = f.theme;
    addRect(f.scene, card, t.panelAlt, f.len(t.radius * 0.6f));
    float stripe = f.len(t.stripe * 0.6f);
    float pad = f.len(t.padding * 0.8f);
    addRect(f.scene, Box{card.x + pad, card.y + pad, card.w - 2 * pad, stripe}, accent, stripe / 2);
    Box inner = indicatorTextBox(card, f);
    TextStyle style = indicatorStyle(f);
    style.pxCap = px;
    TextBlock block = fitStacked(text, inner, style, f);
    if (f.portrait())
        addCentred(f.scene, std::move(block), inner.h);
    else
        addBlock(f.scene, std::move(block));
}

// The indicators share one text size, the largest that fits all of them.
void addIndicators(const HabitSlideData& data, const Box& panel, Color accent, Frame& f) {
    const Theme& t = f.theme;
    addRect(f.scene, panel, t.panel, f.len(t.radius));
    Box inner = inset(panel, f.len(t.padding));
    float headingH = f.len(104);
    addBlock(f.scene, fitStacked(layoutString(LayoutString::WhatItLooksLike),
                                 Box{inner.x, inner.y, inner.w, headingH},
                                 panelStyle(t, 36, Weight::Bold), f));
    Box cards{inner.x, inner.y + headingH, inner.w, inner.h - headingH};
    std::size_t n = std::min(data.indicators.size(), kMaxIndicators);
    auto boxes = cardBoxes(cards, n, f.portrait(), f.len(t.gap));
    std::vector<std::pair<const LangText*, Box>> texts;
    for (std::size_t i = 0; i < n; ++i)
        texts.emplace_back(&data.indicators[i], indicatorTextBox(boxes[i], f));
    int px = commonPx(texts, indicatorStyle(f), f);
    for (std::size_t i = 0; i < n; ++i)
        addIndicator(data.indicators[i], boxes[i], accent, px, f);
}

} // namespace

void layoutHabit(const HabitSlideData& data, Frame& frame) {
    Color accent = colorOr(data.color, frame.theme.accent);
    HabitRegions r = habitRegions(frame);
    addHeader(data, r.header, accent, frame);
    addMeaning(data, r.meaning, frame);
    addIndicators(data, r.indicators, accent, frame);
}

} // namespace lantern::layout
