// Grade progress board: a header (title and what a cell means), then one table panel: a row of
// domain titles, one row per grade with its title and a cell per domain (the share in words, a
// thin bar under it showing the same share), and the legend of markers under the table. Rows
// alternate with a quieter panel colour so a row reads across; shares are never coloured by
// value, and the order is the grades', never the scores'.
#include "core/layout/LayoutPanels.hpp"
#include "core/layout/SlideLayout.hpp"

#include <algorithm>
#include <cmath>

namespace lantern::layout {
namespace {

struct Table {
    Box box;
    float gradeW = 0, cellW = 0, headH = 0, rowH = 0;
};

float legendHeight(const GradeBoardSlideData& data, float w, const Frame& f) {
    float h = 0;
    for (const auto& l : data.legend)
        h += fitStacked(l, Box{0, 0, w, f.len(200)}, panelStyle(f.theme, 28), f).height + f.len(6);
    return h;
}

void addCell(const GradeBoardCell& cell, const Box& box, Color background, Frame& f) {
    float barH = std::round(f.len(10)), gap = f.len(6);
    Box textBox{box.x + f.len(8), box.y, box.w - f.len(16), box.h - barH - gap};
    TextStyle style = panelStyle(f.theme, 36, Weight::Bold, Align::Center);
    style.background = background;
    addCentred(f.scene, fitStacked(cell.text, textBox, style, f), textBox.h);
    if (!cell.percent) return;
    Box track{box.x + f.len(20), box.bottom() - barH - f.len(4), box.w - f.len(40), barH};
    addRect(f.scene, track, f.theme.track, barH / 2);
    float w = std::round(track.w * static_cast<float>(std::clamp(*cell.percent, 0, 100)) / 100.f);
    if (w >= 1) addRect(f.scene, Box{track.x, track.y, w, barH}, f.theme.accent, barH / 2);
}

void addRow(const GradeBoardRow& row, const Table& t, float y, Color background, Frame& f) {
    Box rowBox{t.box.x + f.len(12), y, t.box.w - f.len(24), t.rowH};
    addRect(f.scene, rowBox, background, f.len(10));
    TextStyle style = panelStyle(f.theme, 36, Weight::Bold);
    style.background = background;
    Box title{rowBox.x + f.len(16), y, t.gradeW - f.len(24), t.rowH};
    addCentred(f.scene, fitStacked(row.title, title, style, f), t.rowH);
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        Box cell{t.box.x + t.gradeW + static_cast<float>(i) * t.cellW, y + f.len(4), t.cellW,
                 t.rowH - f.len(8)};
        addCell(row.cells[i], cell, background, f);
    }
}

} // namespace

void layoutGradeBoard(const GradeBoardSlideData& data, Frame& frame) {
    Frame& f = frame;
    Box c = f.content();
    float top = addHeaderPanel(data.title, data.caption, c, HeaderSpacing{20, 110, 8}, f) +
                f.len(f.theme.gap);
    Table t;
    t.box = Box{c.x, top, c.w, c.bottom() - top};
    t.box.h -= addFootnote(data.note, t.box, f);
    float padY = f.len(16);
    float legendH = legendHeight(data, t.box.w - f.len(56), f);
    std::size_t cols = std::max<std::size_t>(1, data.domainTitles.size());
    t.gradeW = std::round(t.box.w * (f.portrait() ? 0.2f : 0.18f));
    t.cellW = std::floor((t.box.w - t.gradeW - f.len(12)) / static_cast<float>(cols));
    float headMax = f.len(f.portrait() ? 200 : 150);
    for (const auto& d : data.domainTitles)
        t.headH = std::max(t.headH, fitStacked(d, Box{0, 0, t.cellW - f.len(16), headMax},
                                               panelStyle(f.theme, 32, Weight::Bold), f)
                                        .height);
    float rows = static_cast<float>(std::max<std::size_t>(1, data.rows.size()));
    float avail = t.box.h - 2 * padY - t.headH - f.len(12) - legendH - f.len(8);
    t.rowH = std::min(std::floor((avail - (rows - 1) * f.len(6)) / rows), f.len(150));
    t.box.h =
        2 * padY + t.headH + f.len(12) + rows * t.rowH + (rows - 1) * f.len(6) + legendH + f.len(8);
    addRect(f.scene, t.box, f.theme.panel, f.len(f.theme.radius));
    for (std::size_t i = 0; i < data.domainTitles.size(); ++i) {
        Box head{t.box.x + t.gradeW + static_cast<float>(i) * t.cellW + f.len(8), t.box.y + padY,
                 t.cellW - f.len(16), t.headH};
        addBlock(f.scene, fitStacked(data.domainTitles[i], head,
                                     panelStyle(f.theme, 32, Weight::Bold, Align::Center), f));
    }
    float y = t.box.y + padY + t.headH + f.len(12);
    for (std::size_t r = 0; r < data.rows.size(); ++r) {
        addRow(data.rows[r], t, y, r % 2 ? f.theme.panel : f.theme.panelAlt, f);
        y += t.rowH + f.len(6);
    }
    y += f.len(2);
    for (const auto& l : data.legend) {
        TextBlock block =
            fitStacked(l, Box{t.box.x + f.len(28), y, t.box.w - f.len(56), f.len(200)},
                       panelStyle(f.theme, 28), f);
        y += block.height + f.len(6);
        addBlock(f.scene, std::move(block));
    }
}

} // namespace lantern::layout
