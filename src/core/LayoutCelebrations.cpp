// Celebrations slide: a title panel (with "Page 1 of 2" when the wall has pages) over a grid of
// cards, 3x2 in landscape and 2x3 in portrait. Each card: the habit colour as a stripe, the
// celebration text fitted, then who it celebrates and the habit tag (swatch + habit name).
#include "core/LayoutStrings.hpp"
#include "core/SlideLayout.hpp"

#include <algorithm>
#include <cmath>

namespace lantern::layout {
namespace {

struct Grid {
    int cols = 1, rows = 1;
};

Grid gridFor(std::size_t n, bool portrait) {
    int count = static_cast<int>(std::max<std::size_t>(1, n));
    int cols = portrait ? (count <= 3 ? 1 : 2) : (count <= 3 ? count : (count == 4 ? 2 : 3));
    return Grid{cols, (count + cols - 1) / cols};
}

float addTitle(const CelebrationSlideData& data, Frame& f) {
    Box c = f.content();
    float pad = f.len(16), titleH = f.len(98);
    Box panel{c.x, c.y, c.w, titleH + 2 * pad};
    addRect(f.scene, panel, f.theme.panel, f.len(f.theme.radius));
    Box inner = inset(panel, pad);
    inner.x += f.len(8);
    inner.w -= f.len(16);
    float pageW = data.pageCount > 1 ? std::round(inner.w * (f.portrait() ? 0.36f : 0.24f)) : 0;
    Box title{inner.x, inner.y, inner.w - pageW, inner.h};
    addCentred(f.scene,
               fitStacked(layoutString(LayoutString::Celebrations), title,
                          panelStyle(f.theme, 44, Weight::Bold), f),
               inner.h);
    if (pageW > 0) {
        Box page{inner.right() - pageW, inner.y, pageW, inner.h};
        auto style = panelStyle(f.theme, 30, Weight::Regular, Align::Right);
        addCentred(f.scene, fitStacked(pageIndicator(data.page, data.pageCount), page, style, f),
                   inner.h);
    }
    return panel.bottom();
}

// True when every shown language of `text` sits whole on one line of `block`.
bool onOneLineEach(const TextBlock& block, const LangText& text, const Frame& f) {
    if (block.texts.size() != shownTexts(text, f.languages).size()) return false;
    return std::all_of(block.texts.begin(), block.texts.end(), [](const SceneText& t) {
        return t.lines.size() == 1 && t.lines[0] == t.text;
    });
}

struct Footer {
    TextBlock who, habit;
    float habitX = 0;
};

// Who (left) and the habit tag (right) side by side when both fit whole, else stacked.
Footer fitFooter(const CelebrationCard& card, const Box& inner, bool side, const Frame& f) {
    float swatchW = std::round(f.len(26)) + f.len(12);
    float colW = side ? std::floor((inner.w - f.len(24)) / 2) : inner.w;
    Footer out;
    out.who = fitStacked(card.who, Box{inner.x, 0, colW, inner.h / 3},
                         panelStyle(f.theme, 30, Weight::Bold), f);
    out.habitX = (side ? inner.right() - colW : inner.x) + swatchW;
    if (!shownTexts(card.habitName, f.languages).empty())
        out.habit =
            fitStacked(card.habitName, Box{out.habitX, 0, inner.right() - out.habitX, inner.h / 3},
                       panelStyle(f.theme, 28), f);
    return out;
}

// Sets the footer at the bottom of `inner`; returns its height.
float addFooter(const CelebrationCard& card, const Box& inner, Color tag, Frame& f) {
    Footer ft = fitFooter(card, inner, true, f);
    bool side = !ft.habit.texts.empty() && onOneLineEach(ft.who, card.who, f) &&
                onOneLineEach(ft.habit, card.habitName, f);
    if (!side) ft = fitFooter(card, inner, false, f);
    float gap = f.len(10), swatch = std::round(f.len(26));
    float habitTop = inner.bottom() - ft.habit.height;
    if (!ft.habit.texts.empty()) {
        float lh = ft.habit.texts.front().lineHeight;
        float swatchX = ft.habitX - f.len(12) - swatch;
        addRect(f.scene, Box{swatchX, habitTop + std::round((lh - swatch) / 2), swatch, swatch},
                tag, f.len(4));
        shiftBlock(ft.habit, habitTop);
        addBlock(f.scene, std::move(ft.habit));
    }
    float whoBottom = side || habitTop >= inner.bottom() ? inner.bottom() : habitTop - gap;
    float whoTop = whoBottom - ft.who.height;
    shiftBlock(ft.who, whoTop);
    addBlock(f.scene, std::move(ft.who));
    return inner.bottom() - std::min(whoTop, habitTop);
}

void addCard(const CelebrationCard& card, const Box& box, Frame& f) {
    const Theme& t = f.theme;
    addRect(f.scene, box, t.panel, f.len(t.radius));
    Color tag = colorOr(card.habitColor, t.accent);
    float pad = f.len(24), stripeGap = f.len(16);
    float stripe = f.len(t.stripe * 0.7f);
    addRect(f.scene, Box{box.x + pad, box.y + stripeGap, box.w - 2 * pad, stripe}, tag, stripe / 2);
    float top = box.y + 2 * stripeGap + stripe;
    Box inner{box.x + pad, top, box.w - 2 * pad, box.bottom() - pad - top};
    float footerH = addFooter(card, inner, tag, f);
    Box text{inner.x, inner.y, inner.w, inner.h - footerH - f.len(16)};
    addCentred(f.scene, fitStacked(card.text, text, panelStyle(t, 40), f), text.h);
}

} // namespace

void layoutCelebrations(const CelebrationSlideData& data, Frame& frame) {
    Frame& f = frame;
    float top = addTitle(data, f) + f.len(f.theme.gap);
    std::size_t n = std::min(data.cards.size(), kMaxCelebrationCards);
    if (n == 0) return;
    Grid g = gridFor(n, f.portrait());
    Box c = f.content();
    float gap = f.len(f.theme.gap);
    float w = (c.w - gap * static_cast<float>(g.cols - 1)) / static_cast<float>(g.cols);
    float h =
        (c.bottom() - top - gap * static_cast<float>(g.rows - 1)) / static_cast<float>(g.rows);
    for (std::size_t i = 0; i < n; ++i) {
        auto col = static_cast<float>(static_cast<int>(i) % g.cols);
        auto row = static_cast<float>(static_cast<int>(i) / g.cols);
        addCard(data.cards[i], Box{c.x + col * (w + gap), top + row * (h + gap), w, h}, f);
    }
}

} // namespace lantern::layout
