// Habits overview slide: a title panel ("Habits of a learner") over a grid of habit cards, one per
// habit (at most kMaxHabitsPerOverview). Landscape: one row of up to four, else rows of three
// (5-6) or four (7-8); portrait: one column of up to four, else two columns. A last row with
// fewer cards is centred. Each card: the habit's colour as a stripe down its left edge, the name
// in every language, then the one-line meaning. Names share one size across the cards, and so
// do meanings, so the grid reads evenly; fewer habits get larger text.
#include "core/layout/LayoutPanels.hpp"
#include "core/layout/SlideLayout.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <cmath>

namespace lantern::layout {
namespace {

Grid gridFor(std::size_t n, bool portrait) {
    const int count = static_cast<int>(std::max<std::size_t>(1, n));
    return gridOf(n, portrait ? (count <= 4 ? 1 : 2) : (count <= 4 ? count : (count <= 6 ? 3 : 4)));
}

// Where a card's texts may go: the name's most, and the meaning's (its top is set once the
// names are fitted).
struct CardText {
    Box name, meaning;
};

CardText cardText(const Box& card, const Frame& f) {
    const float pad = f.len(f.theme.padding * 0.8f), stripe = f.len(f.theme.stripe);
    const float x = card.x + pad + stripe + pad;
    const Box inner{x, card.y + pad, card.right() - pad - x, card.h - 2 * pad};
    const float nameH = std::round(std::min(inner.h * 0.42f, f.len(230)));
    return CardText{Box{inner.x, inner.y, inner.w, nameH},
                    Box{inner.x, inner.y + nameH, inner.w, inner.h - nameH}};
}

// Text sizes (at 1080) for the name and the meaning: fewer, larger cards get larger text.
std::pair<float, float> cardPx(std::size_t n) {
    if (n <= 2) return {84, 52};
    if (n <= 4) return {64, 42};
    return {52, 36};
}

void addCardFrame(const HabitSlideData& h, const Box& card, Frame& f) {
    const Theme& t = f.theme;
    addRect(f.scene, card, t.panel, f.len(t.radius));
    const float pad = f.len(t.padding * 0.8f), stripe = f.len(t.stripe);
    addRect(f.scene, Box{card.x + pad, card.y + pad, stripe, card.h - 2 * pad},
            colorOr(h.color, t.accent), stripe / 2);
}

TextStyle capped(const Frame& f, Weight weight, int px) {
    TextStyle style = panelStyle(f.theme, 200, weight);
    style.pxCap = px;
    return style;
}

// The names at one size, each fitted in its card's name box; also the tallest block's height.
std::pair<std::vector<TextBlock>, float> nameBlocks(const HabitsOverviewSlideData& data,
                                                    const std::vector<CardText>& texts, float maxPx,
                                                    const Frame& f) {
    std::vector<std::pair<const LangText*, Box>> names;
    for (std::size_t i = 0; i < texts.size(); ++i)
        names.emplace_back(&data.habits[i].name, texts[i].name);
    const TextStyle style =
        capped(f, Weight::Bold, commonPx(names, panelStyle(f.theme, maxPx, Weight::Bold), f));
    std::vector<TextBlock> blocks;
    float tallest = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        blocks.push_back(fitStacked(data.habits[i].name, texts[i].name, style, f));
        tallest = std::max(tallest, blocks.back().height);
    }
    return {std::move(blocks), tallest};
}

} // namespace

// Names first, at one size; the meanings then start under the tallest name, also at one size.
void layoutHabitsOverview(const HabitsOverviewSlideData& data, Frame& frame) {
    Frame& f = frame;
    const float top =
        addTitleBar(phraseInEvery(Phrase::HabitsOfALearner), {}, f) + f.len(f.theme.gap);
    const Box c = f.content();
    const std::size_t n = std::min(data.habits.size(), kMaxHabitsPerOverview);
    if (n == 0) return;
    const auto boxes = gridCells(Box{c.x, top, c.w, c.bottom() - top}, n, gridFor(n, f.portrait()),
                                 f.len(20), CellSnap::FloorSizesRoundPositions, true);
    std::vector<CardText> texts;
    for (const Box& card : boxes)
        texts.push_back(cardText(card, f));
    const auto [namePx, meaningPx] = cardPx(n);
    auto [names, nameH] = nameBlocks(data, texts, namePx, f);
    std::vector<std::pair<const LangText*, Box>> meanings;
    for (std::size_t i = 0; i < n; ++i) {
        Box& m = texts[i].meaning;
        const float y = texts[i].name.y + nameH + std::round(f.len(20));
        m = Box{m.x, y, m.w, m.bottom() - y};
        meanings.emplace_back(&data.habits[i].meaning, m);
    }
    const TextStyle meaning =
        capped(f, Weight::Regular, commonPx(meanings, panelStyle(f.theme, meaningPx), f));
    for (std::size_t i = 0; i < n; ++i) {
        addCardFrame(data.habits[i], boxes[i], f);
        addBlock(f.scene, std::move(names[i]));
        addBlock(f.scene, fitStacked(data.habits[i].meaning, texts[i].meaning, meaning, f));
    }
}

} // namespace lantern::layout
