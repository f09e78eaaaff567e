// Celebrations slide: a title panel (with "Page 1 of 2" when the wall has pages) over a grid of
// cards, 3x2 in landscape and 2x3 in portrait. Each card: the habit colour as a stripe, the
// celebration text top-aligned, then a compact footer: who it celebrates and the habit tag
// (swatch + habit name), each with its languages side by side when they fit, on one row when
// both fit. The celebration texts of a wall share one size, the largest that fits every card,
// so the wall reads evenly; only a card that does not fit at the legible floor is ellipsized.
// The cards enter one after another (SceneEnter); the title panel is static.
#include "core/layout/LayoutPanels.hpp"
#include "core/layout/SlideLayout.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace lantern::layout {
namespace {

Grid gridFor(std::size_t n, bool portrait) {
    int count = static_cast<int>(std::max<std::size_t>(1, n));
    return gridOf(n, portrait ? (count <= 3 ? 1 : 2) : (count <= 3 ? count : (count == 4 ? 2 : 3)));
}

float addTitle(const CelebrationSlideData& data, Frame& f) {
    LangText page;
    if (data.pageCount > 1)
        page = phraseInEvery(Phrase::PageOf,
                             {std::to_string(data.page), std::to_string(data.pageCount)});
    return addTitleBar(phraseInEvery(Phrase::Celebrations), page, f);
}

// ---- Footer -------------------------------------------------------------------------------

// Texts and separator dots laid out from (0, 0); placed later by moving it.
struct Part {
    TextBlock block;
    std::vector<Box> dots;
    Box firstLine; // where a swatch beside the part centres itself
    float width = 0, height = 0;
};

void movePart(Part& p, float dx, float dy) {
    shiftBlock(p.block, dy, dx);
    p.firstLine.x += dx;
    p.firstLine.y += dy;
    for (auto& d : p.dots) {
        d.x += dx;
        d.y += dy;
    }
}

// The shown languages of `text` on one line, the first in ink, the others soft and separated by
// a dot, all vertically centred on the first; std::nullopt when wider than `maxW`.
std::optional<Part> inlinePart(const LangText& text, float maxW, const TextStyle& style,
                               const Frame& f) {
    auto shown = f.shown(text);
    if (shown.empty()) return std::nullopt;
    int px0 = f.font(style.maxPx);
    float lh0 = wholeLineHeight(f.ctx.measurer, px0, shown.front().first);
    float sep = f.len(14), dot = std::max(4.f, std::round(f.len(7)));
    Part p;
    float x = 0;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const auto& [lang, s] = shown[i];
        int px = i == 0 ? px0 : f.secondaryPx(px0);
        float lh = wholeLineHeight(f.ctx.measurer, px, lang);
        if (i > 0) {
            p.dots.push_back(Box{x + sep, std::round((lh0 - dot) / 2), dot, dot});
            x += 2 * sep + dot;
        }
        SceneText t;
        t.text = s;
        t.lang = lang;
        t.fontPx = px;
        t.lineHeight = lh;
        t.box = Box{x, std::floor((lh0 - lh) / 2), lineBoxWidth(s, px, style.weight, f, lang), lh};
        t.color = i == 0 ? style.color : style.softColor;
        t.background = style.background;
        t.weight = style.weight;
        t.lines = {s};
        x = t.box.right();
        p.block.texts.push_back(std::move(t));
    }
    p.width = x;
    p.height = lh0;
    p.block.height = lh0;
    p.firstLine = Box{0, 0, x, lh0};
    if (x > maxW) return std::nullopt;
    return p;
}

// The languages stacked (and wrapped if need be) in a column `w` wide.
Part stackedPart(const LangText& text, float w, float maxH, const TextStyle& style,
                 const Frame& f) {
    Part p;
    p.block = fitStacked(text, Box{0, 0, w, maxH}, style, f);
    p.width = w;
    p.height = p.block.height;
    float lh = p.block.texts.empty() ? 0.f : p.block.texts.front().lineHeight;
    p.firstLine = Box{0, 0, w, lh};
    return p;
}

struct Footer {
    std::optional<Part> who, habit;
    Box swatch;
    float height = 0;
};

// Who (left) and the habit tag (right) on one row when both fit inline, else who above the tag.
Footer planFooter(const CelebrationCard& card, const Box& inner, const Frame& f) {
    TextStyle whoStyle = panelStyle(f.theme, 30, Weight::Bold);
    TextStyle habitStyle = panelStyle(f.theme, 28);
    float swatch = std::round(f.len(26)), lead = swatch + f.len(12);
    bool hasHabit = !f.shown(card.habitName).empty();
    Footer ft;
    ft.who = inlinePart(card.who, inner.w, whoStyle, f);
    if (hasHabit) ft.habit = inlinePart(card.habitName, inner.w - lead, habitStyle, f);
    if (ft.who && ft.habit && ft.who->width + f.len(32) + lead + ft.habit->width <= inner.w) {
        ft.height = std::max(ft.who->height, ft.habit->height);
        float top = inner.bottom() - ft.height;
        movePart(*ft.who, inner.x, top + std::floor((ft.height - ft.who->height) / 2));
        float hx = inner.right() - ft.habit->width;
        movePart(*ft.habit, hx, top + std::floor((ft.height - ft.habit->height) / 2));
    } else {
        if (!ft.who) ft.who = stackedPart(card.who, inner.w, inner.h / 3, whoStyle, f);
        if (hasHabit && !ft.habit)
            ft.habit = stackedPart(card.habitName, inner.w - lead, inner.h / 3, habitStyle, f);
        float y = inner.bottom();
        if (ft.habit) {
            y -= ft.habit->height;
            movePart(*ft.habit, inner.x + lead, y);
            y -= f.len(4);
        }
        y -= ft.who->height;
        movePart(*ft.who, inner.x, y);
        ft.height = inner.bottom() - y;
    }
    if (ft.habit) {
        const Box& line = ft.habit->firstLine;
        ft.swatch = Box{line.x - lead, line.y + std::round((line.h - swatch) / 2), swatch, swatch};
    }
    return ft;
}

void addPart(Part part, Frame& f) {
    for (const auto& d : part.dots)
        addRect(f.scene, d, f.theme.inkSoft, d.w / 2);
    addBlock(f.scene, std::move(part.block));
}

void addFooter(Footer ft, Color tag, Frame& f) {
    if (ft.habit) {
        addRect(f.scene, ft.swatch, tag, f.len(4));
        addPart(std::move(*ft.habit), f);
    }
    if (ft.who) addPart(std::move(*ft.who), f);
}

// ---- Cards --------------------------------------------------------------------------------

struct CardPlan {
    Box box, stripe, text;
    Footer footer;
};

CardPlan planCard(const CelebrationCard& card, const Box& box, const Frame& f) {
    float pad = f.len(22), stripeGap = f.len(14);
    float stripe = f.len(f.theme.stripe * 0.7f);
    CardPlan p;
    p.box = box;
    p.stripe = Box{box.x + pad, box.y + stripeGap, box.w - 2 * pad, stripe};
    float top = p.stripe.bottom() + f.len(14);
    Box inner{box.x + pad, top, box.w - 2 * pad, box.bottom() - pad - top};
    p.footer = planFooter(card, inner, f);
    p.text = Box{inner.x, inner.y, inner.w, inner.h - p.footer.height - f.len(12)};
    return p;
}

void addCard(const CelebrationCard& card, CardPlan plan, int px, Frame& f) {
    const Theme& t = f.theme;
    addRect(f.scene, plan.box, t.panel, f.len(t.radius));
    Color tag = colorOr(card.habitColor, t.accent);
    addRect(f.scene, plan.stripe, tag, plan.stripe.h / 2);
    addFooter(std::move(plan.footer), tag, f);
    TextStyle style = panelStyle(t, 44);
    style.pxCap = px;
    addBlock(f.scene, fitStacked(card.text, plan.text, style, f));
}

// ---- Entrance ----------------------------------------------------------------------------

// Cards enter one after another: each fades in and rises kEnterRise (at 1080) over
// kEnterMs, kEnterStaggerMs after the one before; the stagger shrinks so the whole wall has
// entered within kEnterTotalMs.
constexpr int kEnterMs = 400;
constexpr int kEnterStaggerMs = 120;
constexpr int kEnterTotalMs = 1400;
constexpr float kEnterRise = 24;

SceneEnter cardEnter(std::size_t index, std::size_t count, const Frame& f) {
    const int steps = std::max(1, static_cast<int>(count) - 1);
    const int stagger = std::min(kEnterStaggerMs, (kEnterTotalMs - kEnterMs) / steps);
    return SceneEnter{static_cast<int>(index) * stagger, kEnterMs, std::round(f.len(kEnterRise))};
}

void setEnter(Scene& scene, std::size_t from, const SceneEnter& enter) {
    for (std::size_t i = from; i < scene.items.size(); ++i)
        std::visit([&](auto& item) { item.enter = enter; }, scene.items[i]);
}

} // namespace

void layoutCelebrations(const CelebrationSlideData& data, Frame& frame) {
    Frame& f = frame;
    float top = addTitle(data, f) + f.len(f.theme.gap);
    std::size_t n = std::min(data.cards.size(), kMaxCardsPerWall);
    if (n == 0) return;
    Grid g = gridFor(n, f.portrait());
    Box c = f.content();
    const auto boxes =
        gridCells(Box{c.x, top, c.w, c.bottom() - top}, n, g, f.len(f.theme.gap), CellSnap::None);
    std::vector<CardPlan> plans;
    std::vector<std::pair<const LangText*, Box>> texts;
    for (std::size_t i = 0; i < n; ++i) {
        plans.push_back(planCard(data.cards[i], boxes[i], f));
        texts.emplace_back(&data.cards[i].text, plans.back().text);
    }
    int px = commonPx(texts, panelStyle(f.theme, 44), f);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t first = f.scene.items.size();
        addCard(data.cards[i], std::move(plans[i]), px, f);
        setEnter(f.scene, first, cardEnter(i, n, f));
    }
}

} // namespace lantern::layout
