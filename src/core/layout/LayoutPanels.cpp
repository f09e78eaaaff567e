#include "core/layout/LayoutPanels.hpp"

#include <algorithm>
#include <cmath>

namespace lantern::layout {
namespace {

Box roundEdges(const Box& b) {
    float x0 = std::round(b.x), y0 = std::round(b.y);
    float x1 = std::round(b.right()), y1 = std::round(b.bottom());
    return Box{x0, y0, x1 - x0, y1 - y0};
}

} // namespace

float addTitleBar(const LangText& title, const LangText& aside, Frame& f) {
    const Box c = f.content();
    const float pad = f.len(16);
    const Box panel{c.x, c.y, c.w, f.len(98) + 2 * pad};
    addRect(f.scene, panel, f.theme.panel, f.len(f.theme.radius));
    Box inner = inset(panel, pad);
    inner.x += f.len(8);
    inner.w -= f.len(16);
    const float asideW = aside.empty() ? 0 : std::round(inner.w * (f.portrait() ? 0.36f : 0.24f));
    const Box titleBox{inner.x, inner.y, inner.w - asideW, inner.h};
    addCentred(f.scene, fitStacked(title, titleBox, panelStyle(f.theme, 44, Weight::Bold), f),
               inner.h);
    if (asideW > 0) {
        const Box asideBox{inner.right() - asideW, inner.y, asideW, inner.h};
        const auto style = panelStyle(f.theme, 30, Weight::Regular, Align::Right);
        addCentred(f.scene, fitStacked(aside, asideBox, style, f), inner.h);
    }
    return panel.bottom();
}

float addHeaderPanel(const LangText& title, const LangText& caption, const Box& c,
                     const HeaderSpacing& spacing, Frame& f) {
    const float pad = f.len(spacing.pad), padX = f.len(28), innerW = c.w - 2 * padX;
    TextBlock t = fitStacked(title, Box{0, 0, innerW, f.len(spacing.titleMaxH)},
                             panelStyle(f.theme, 46, Weight::Bold), f);
    TextBlock cap = fitStacked(caption, Box{0, 0, innerW, f.len(130)}, panelStyle(f.theme, 30), f);
    const float h =
        2 * pad + t.height + (cap.texts.empty() ? 0 : f.len(spacing.captionGap) + cap.height);
    addRect(f.scene, Box{c.x, c.y, c.w, h}, f.theme.panel, f.len(f.theme.radius));
    shiftBlock(t, c.y + pad, c.x + padX);
    addBlock(f.scene, std::move(t));
    if (!cap.texts.empty()) {
        shiftBlock(cap, c.y + h - pad - cap.height, c.x + padX);
        addBlock(f.scene, std::move(cap));
    }
    return c.y + h;
}

float addFootnote(const LangText& note, const Box& area, Frame& f) {
    if (f.shown(note).empty()) return 0;
    const float pad = f.len(14), padX = f.len(28);
    TextStyle style = panelStyle(f.theme, 28);
    style.background = f.theme.panelAlt;
    TextBlock text = fitStacked(note, Box{0, 0, area.w - 2 * padX, f.len(150)}, style, f);
    const float h = std::ceil(text.height + 2 * pad);
    const Box panel{area.x, area.bottom() - h, area.w, h};
    addRect(f.scene, panel, f.theme.panelAlt, f.len(f.theme.radius * 0.6f));
    shiftBlock(text, panel.y + pad, panel.x + padX);
    addBlock(f.scene, std::move(text));
    return h + f.len(f.theme.gap);
}

LangText codeAndTitle(const std::string& code, const LangText& title, const Frame& f) {
    LangText out;
    for (const auto& [lang, s] : f.shown(title))
        out[lang] = code.empty() ? s : code + " \u00b7 " + s;
    if (out.empty() && !code.empty()) out[f.languages.front()] = code;
    return out;
}

Grid gridOf(std::size_t n, int cols) {
    const int count = static_cast<int>(std::max<std::size_t>(1, n));
    cols = std::max(1, cols);
    return Grid{cols, (count + cols - 1) / cols};
}

std::vector<Box> gridCells(const Box& area, std::size_t n, const Grid& g, float gap, CellSnap snap,
                           bool centreLastRow) {
    const auto cols = static_cast<float>(g.cols), rows = static_cast<float>(g.rows);
    float w = (area.w - gap * (cols - 1)) / cols;
    float h = (area.h - gap * (rows - 1)) / rows;
    if (snap == CellSnap::FloorSizes) {
        w = std::floor(w);
        h = std::floor(h);
    }
    std::vector<Box> boxes;
    for (std::size_t i = 0; i < n; ++i) {
        const int row = static_cast<int>(i) / g.cols, col = static_cast<int>(i) % g.cols;
        const int inRow = std::min(g.cols, static_cast<int>(n) - row * g.cols);
        const float shift = centreLastRow ? static_cast<float>(g.cols - inRow) * (w + gap) / 2 : 0;
        Box b{area.x + shift + static_cast<float>(col) * (w + gap),
              area.y + static_cast<float>(row) * (h + gap), w, h};
        if (snap == CellSnap::FloorSizesRoundPositions)
            b = Box{std::round(b.x), std::round(b.y), std::floor(w), std::floor(h)};
        boxes.push_back(b);
    }
    return boxes;
}

void roundScene(Scene& scene) {
    for (auto& item : scene.items)
        std::visit(
            [](auto& it) {
                it.box = roundEdges(it.box);
                if constexpr (std::is_same_v<std::decay_t<decltype(it)>, SceneRect>)
                    it.radius = std::round(it.radius);
            },
            item);
}

} // namespace lantern::layout
