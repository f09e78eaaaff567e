// The habit slide's indicator panel: "looks like" and "sounds like" sections of cards, and the
// choice of cards in far rooms (LayoutHabit.cpp's header comment states the rules).
//
// Index of this file:
// - [indicator sections] the looks-like and sounds-like lines, grouped under their headings
// - [headings]           a section's heading: languages on one row when they fit, else stacked
// - [cards]              the cards' boxes in each section, and drawing one card
// - [plans]              which cards to show: the most that all fit whole, within the caps
// - [entry]              addIndicators, and stackedHeight, which LayoutHabit.cpp shares
//
// Call flow:
//   addIndicators
//   ├─ soundsLines ─ quoted
//   ├─ wholePlan ─ soundsOrder, allWhole, planCards (the original layout: planCards alone)
//   │  └─ planCards ─ makeSections, sectionBoxes ─ headingHeight, cardBoxes
//   └─ addHeading, addIndicator
#include "core/layout/LayoutHabitDetail.hpp"
#include "core/model/TextClean.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

namespace lantern::layout::habit {
namespace {

constexpr std::size_t kMaxLooks = 3, kMaxSounds = 2;       // near rooms
constexpr std::size_t kFarMaxLooks = 2, kFarMaxSounds = 1; // far rooms
constexpr float kHeadingPx = 36, kIndicatorPx = 40;

// ---- [indicator sections] --------------------------------------------------------------------

struct Section {
    LangText heading;
    std::vector<LangText> items;
};

struct SectionBoxes {
    Box heading;
    std::vector<Box> cards;
};

// The phrase in each frame language that has one (English when none has).
LangText phraseText(Phrase key, const Frame& f) {
    LangText out;
    for (const auto& lang : f.languages)
        if (hasPhrases(lang)) out[lang] = phrase(key, lang);
    if (out.empty()) out["en"] = phrase(key, "en");
    return out;
}

// "“…”" in every language that has some text to show.
LangText quoted(const LangText& line) {
    LangText out;
    for (const auto& [lang, s] : line)
        if (!withoutEmoji(s).empty() && s.find_first_not_of(" \t\r\n") != std::string::npos)
            out[lang] = "\u201C" + s + "\u201D";
    return out;
}

} // namespace

// Sounds-like lines with some text, quoted.
std::vector<LangText> soundsLines(const HabitSlideData& data, const Frame& f) {
    std::vector<LangText> out;
    for (const auto& line : data.soundsLike)
        if (LangText q = quoted(line); !q.empty() && !f.shown(q).empty())
            out.push_back(std::move(q));
    return out;
}

namespace {

std::vector<Section> makeSections(const HabitSlideData& data, const std::vector<LangText>& sounds,
                                  std::size_t looks, std::size_t nSounds, const Frame& f) {
    std::vector<Section> out;
    if (looks > 0 || sounds.empty()) { // the original layout keeps its heading over no cards
        LangText heading = sounds.empty() ? phraseInEvery(Phrase::WhatItLooksLike)
                                          : phraseText(Phrase::HabitLooksLike, f);
        out.push_back({heading, {data.indicators.begin(), data.indicators.begin() + looks}});
    }
    if (nSounds > 0)
        out.push_back(
            {phraseText(Phrase::HabitSoundsLike, f), {sounds.begin(), sounds.begin() + nSounds}});
    return out;
}

// ---- [headings] ------------------------------------------------------------------------------

TextStyle headingStyle(const Frame& f) {
    return panelStyle(f.theme, kHeadingPx, Weight::Bold);
}

// Widths of the heading's languages side by side, gaps included.
float inlineWidth(const LangText& heading, const Frame& f) {
    auto shown = f.shown(heading);
    int px = f.font(kHeadingPx);
    float w = 0;
    for (std::size_t i = 0; i < shown.size(); ++i)
        w += lineBoxWidth(shown[i].second, i == 0 ? px : f.secondaryPx(px), Weight::Bold, f,
                          shown[i].first) +
             (i ? f.len(f.theme.padding) : 0.f);
    return w;
}

// The original layout keeps its tall stacked heading; sections put languages on one row.
float headingHeight(const LangText& heading, float width, bool original, const Frame& f) {
    if (original) return f.len(104);
    float gap = f.len(12);
    int px = f.font(kHeadingPx);
    if (inlineWidth(heading, f) <= width) return wholeLineHeight(f.ctx.measurer, px) + gap;
    return stackedHeight(heading, width, px, Weight::Bold, f) + gap;
}

void addHeading(const LangText& heading, const Box& box, bool original, Frame& f) {
    TextStyle style = headingStyle(f);
    if (original || inlineWidth(heading, f) > box.w) {
        addBlock(f.scene, fitStacked(heading, box, style, f));
        return;
    }
    float x = box.x;
    auto shown = f.shown(heading);
    for (std::size_t i = 0; i < shown.size(); ++i) {
        SceneText t;
        t.text = shown[i].second;
        t.lang = shown[i].first;
        t.fontPx = i == 0 ? f.font(kHeadingPx) : f.secondaryPx(f.font(kHeadingPx));
        t.lineHeight = wholeLineHeight(f.ctx.measurer, t.fontPx);
        float w = lineBoxWidth(t.text, t.fontPx, Weight::Bold, f, t.lang);
        float dy = std::floor(wholeLineHeight(f.ctx.measurer, f.font(kHeadingPx)) - t.lineHeight);
        t.box = Box{x, box.y + dy, w, t.lineHeight};
        t.color = i == 0 ? style.color : style.softColor;
        t.background = style.background;
        t.weight = Weight::Bold;
        t.lines = {t.text};
        x += w + f.len(f.theme.padding);
        f.scene.items.emplace_back(std::move(t));
    }
}

// ---- [cards] ---------------------------------------------------------------------------------

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

// Stacked: all cards one height across sections. Side by side: sections share the height.
std::vector<SectionBoxes> sectionBoxes(const std::vector<Section>& sections, const Box& inner,
                                       bool stacked, bool original, const Frame& f) {
    float gap = f.len(f.theme.gap), sectionGap = f.len(f.theme.gap * 1.5f);
    float headings = 0, cards = 0;
    for (const auto& s : sections) {
        headings += headingHeight(s.heading, inner.w, original, f);
        cards += static_cast<float>(s.items.size());
    }
    float count = static_cast<float>(sections.size());
    float spare = inner.h - headings - sectionGap * (count - 1);
    std::vector<SectionBoxes> out;
    float y = inner.y;
    for (const auto& s : sections) {
        float n = static_cast<float>(s.items.size());
        float hh = headingHeight(s.heading, inner.w, original, f);
        float cardsH = !stacked || cards == 0
                           ? spare / count
                           : (spare - gap * (cards - count)) * n / cards + gap * (n - 1);
        Box area{inner.x, y + hh, inner.w, cardsH};
        out.push_back(
            {Box{inner.x, y, inner.w, hh}, cardBoxes(area, s.items.size(), stacked, gap)});
        y = area.bottom() + sectionGap;
    }
    return out;
}

Box indicatorTextBox(const Box& card, const Frame& f) {
    float stripe = f.len(f.theme.stripe * 0.6f), pad = f.len(f.theme.padding * 0.8f);
    return Box{card.x + pad, card.y + 2 * pad + stripe, card.w - 2 * pad,
               card.h - 3 * pad - stripe};
}

TextStyle indicatorStyle(const Frame& f) {
    TextStyle style = panelStyle(f.theme, kIndicatorPx);
    style.background = f.theme.panelAlt;
    return style;
}

using CardTexts = std::vector<std::pair<const LangText*, Box>>;

CardTexts cardTexts(const std::vector<Section>& sections, const std::vector<SectionBoxes>& boxes,
                    const Frame& f) {
    CardTexts out;
    for (std::size_t s = 0; s < sections.size(); ++s)
        for (std::size_t i = 0; i < sections[s].items.size(); ++i)
            out.emplace_back(&sections[s].items[i], indicatorTextBox(boxes[s].cards[i], f));
    return out;
}

bool allWhole(const CardTexts& texts, int px, const Frame& f) {
    return std::all_of(texts.begin(), texts.end(), [&](const auto& t) {
        return t.second.h > 0 &&
               stackedHeight(*t.first, t.second.w, px, Weight::Regular, f) <= t.second.h;
    });
}

// Stacked cards centre their text; side by side, texts start under their stripes.
void addIndicator(const LangText& text, const Box& card, Color accent, int px, bool stacked,
                  Frame& f) {
    const Theme& t = f.theme;
    addRect(f.scene, card, t.panelAlt, f.len(t.radius * 0.6f));
    float stripe = f.len(t.stripe * 0.6f);
    float pad = f.len(t.padding * 0.8f);
    addRect(f.scene, Box{card.x + pad, card.y + pad, card.w - 2 * pad, stripe}, accent, stripe / 2);
    Box inner = indicatorTextBox(card, f);
    TextStyle style = indicatorStyle(f);
    style.pxCap = px;
    TextBlock block = fitStacked(text, inner, style, f);
    if (stacked)
        addCentred(f.scene, std::move(block), inner.h);
    else
        addBlock(f.scene, std::move(block));
}

// ---- [plans] ---------------------------------------------------------------------------------

struct CardPlan {
    std::vector<Section> sections;
    std::vector<SectionBoxes> boxes;
    int px = 0;
};

CardPlan planCards(std::vector<Section> sections, const Box& inner, bool stacked, bool original,
                   const Frame& f) {
    CardPlan plan{std::move(sections), {}, 0};
    plan.boxes = sectionBoxes(plan.sections, inner, stacked, original, f);
    plan.px = commonPx(cardTexts(plan.sections, plan.boxes, f), indicatorStyle(f), f);
    return plan;
}

// Far rooms: the first (looks, sounds) choice whose cards all fit whole; nullopt when none does.
// Sounds-like counts to try for one total: one line first, then none (far rooms only, or when
// there are none), then more.
std::vector<std::size_t> soundsOrder(std::size_t most, bool allowNone) {
    std::vector<std::size_t> out;
    if (most >= 1) out.push_back(1);
    if (allowNone || most == 0) out.push_back(0);
    for (std::size_t s = 2; s <= most; ++s)
        out.push_back(s);
    return out;
}

// The first (looks, sounds) choice within the caps whose cards all fit whole: more cards first,
// then one sounds-like line before none or more; nullopt when none does.
std::optional<CardPlan> wholePlan(const HabitSlideData& data, const std::vector<LangText>& sounds,
                                  const Box& inner, bool stacked, std::size_t capL,
                                  std::size_t capS, const Frame& f) {
    std::size_t maxL = std::min(data.indicators.size(), capL);
    std::size_t maxS = std::min(sounds.size(), capS);
    for (std::size_t total = maxL + maxS; total > 0; --total)
        for (std::size_t s : soundsOrder(std::min(total, maxS), farRoom(f))) {
            std::size_t l = total - s;
            if (l > maxL || (l == 0 && maxL > 0)) continue; // a looks-like card comes first
            CardPlan plan =
                planCards(makeSections(data, sounds, l, s, f), inner, stacked, false, f);
            if (allWhole(cardTexts(plan.sections, plan.boxes, f), plan.px, f)) return plan;
        }
    return std::nullopt;
}

} // namespace

// ---- [entry] ---------------------------------------------------------------------------------

void addIndicators(const HabitSlideData& data, const Box& panel, Color accent, Frame& f) {
    const Theme& t = f.theme;
    Box inner = inset(panel, f.len(t.padding));
    auto sounds = soundsLines(data, f);
    std::optional<CardPlan> plan;
    bool original = sounds.empty() && !farRoom(f);
    bool stacked = f.portrait() || farRoom(f);
    if (farRoom(f)) {
        plan = wholePlan(data, sounds, inner, stacked, kFarMaxLooks, kFarMaxSounds, f);
    } else if (original) {
        std::size_t looks = std::min(data.indicators.size(), kMaxLooks);
        plan = planCards(makeSections(data, sounds, looks, 0, f), inner, stacked, true, f);
    } else {
        plan = wholePlan(data, sounds, inner, stacked, kMaxLooks, kMaxSounds, f);
        if (!plan) // as little as can be shown, cut at the floor size as a last resort
            plan = planCards(
                makeSections(data, sounds, std::min<std::size_t>(data.indicators.size(), 1), 1, f),
                inner, stacked, false, f);
    }
    if (!plan) return;
    addRect(f.scene, panel, t.panel, f.len(t.radius));
    for (std::size_t s = 0; s < plan->sections.size(); ++s) {
        addHeading(plan->sections[s].heading, plan->boxes[s].heading, original, f);
        for (std::size_t i = 0; i < plan->sections[s].items.size(); ++i)
            addIndicator(plan->sections[s].items[i], plan->boxes[s].cards[i], accent, plan->px,
                         stacked, f);
    }
}

// Height of `text` stacked as fitStacked lays it out at first-language size `px`, unshrunk.
float stackedHeight(const LangText& text, float width, int px, Weight weight, const Frame& f) {
    auto shown = f.shown(text);
    float total = 0;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        int p = i == 0 ? px : f.secondaryPx(px);
        const auto& [lang, s] = shown[i];
        auto lines = wrapText(s, usableWidth(width), p, weight, f.ctx.measurer, lang);
        total += wholeLineHeight(f.ctx.measurer, p, lang) * static_cast<float>(lines.size());
        if (i > 0) total += std::round(f.len(4));
    }
    return total;
}

} // namespace lantern::layout::habit
