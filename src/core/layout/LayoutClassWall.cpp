// Classroom progress wall: a header (the section and what the bars mean), then one panel per
// competency: its code and title, and two labelled bars, the share at or above mastery now
// (thick, the theme's accent) and at the start of term (thinner, a quiet grey). The words sit on
// the bars: inside the filled part when they fit, else on the track beside it, so the figure
// never depends on colour. A section with nothing to show gets the calm notice panel.
#include "core/layout/LayoutPanels.hpp"
#include "core/layout/SlideLayout.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace lantern::layout {
namespace {

// Whether every shown language of `block` sits on one whole line (nothing wrapped or cut).
bool fitsWhole(const TextBlock& block, const LangText& text, const Frame& f) {
    if (block.texts.size() != f.shown(text).size()) return false;
    return std::all_of(block.texts.begin(), block.texts.end(), [](const SceneText& t) {
        return t.lines.size() == 1 && t.lines[0] == t.text;
    });
}

std::optional<TextBlock> wholeIn(const LangText& text, const Box& box, const TextStyle& style,
                                 const Frame& f) {
    if (box.w < f.len(24)) return std::nullopt;
    TextBlock block = fitStacked(text, box, style, f);
    if (!fitsWhole(block, text, f) || block.height > box.h) return std::nullopt;
    return block;
}

// The height a bar needs for its label: every language on one line at the floor, padded.
float barHeight(float labelPx, const Frame& f) {
    return std::ceil(stackedLinesHeight(f, f.font(labelPx)) + f.len(12));
}

} // namespace

void addLabelledBar(const Box& bar, std::optional<int> percent, const LangText& text, Color fill,
                    float labelPx, Frame& f) {
    addRect(f.scene, bar, f.theme.track, f.len(8));
    float fillW =
        percent ? std::round(bar.w * static_cast<float>(std::clamp(*percent, 0, 100)) / 100.f) : 0;
    if (fillW >= 1) addRect(f.scene, Box{bar.x, bar.y, fillW, bar.h}, fill, f.len(8));
    float pad = f.len(14);
    Color ink = labelColorOn(fill, f.theme);
    TextStyle on{labelPx, Weight::Bold, Align::Left, ink, ink, fill};
    TextStyle beside{labelPx, Weight::Bold, Align::Left, f.theme.ink, f.theme.ink, f.theme.track};
    Box inside{bar.x + pad, bar.y, fillW - 2 * pad, bar.h};
    Box outside{bar.x + fillW + pad, bar.y, bar.right() - fillW - bar.x - 2 * pad, bar.h};
    std::optional<TextBlock> block;
    if (fillW >= 1) block = wholeIn(text, inside, on, f);
    if (!block) block = wholeIn(text, outside, beside, f);
    if (!block) { // neither fits whole: the wider side, shrunk and cut by fitStacked
        bool in = fillW >= 1 && inside.w > outside.w;
        block = fitStacked(text, in ? inside : outside, in ? on : beside, f);
    }
    addCentred(f.scene, std::move(*block), bar.h);
}

void layoutClassWall(const ClassWallSlideData& data, Frame& frame) {
    Frame& f = frame;
    Box c = f.content();
    float top = addHeaderPanel(data.sectionTitle, data.caption, c, HeaderSpacing{22, 120, 10}, f) +
                f.len(f.theme.gap);
    Box area{c.x, top, c.w, c.bottom() - top};
    if (data.suppressed || data.rows.empty()) {
        bool has = !f.shown(data.suppressedText).empty();
        layoutNotice(has ? data.suppressedText : phraseInEvery(Phrase::NoProgress), has, area, f);
        return;
    }
    auto rows = std::min<std::size_t>(data.rows.size(), kMaxRowsPerClassWall);
    float n = static_cast<float>(rows), gap = f.len(18);
    float nowH = barHeight(30, f), startH = barHeight(28, f), barGap = f.len(10);
    float barsH = nowH + barGap + startH;
    float pad = f.len(22), padX = f.len(28);
    float maxRowH = std::floor((area.h - (n - 1) * gap) / n);
    // Portrait rows put the title over the bars; landscape rows put it beside them.
    float titleRoom = f.portrait() ? std::max(0.f, maxRowH - 2 * pad - barsH - f.len(12)) : 0;
    float rowH = f.portrait() ? maxRowH : std::min(maxRowH, barsH + 2 * pad + f.len(40));
    if (f.portrait()) {
        float needed = 0;
        for (std::size_t i = 0; i < rows; ++i)
            needed =
                std::max(needed, fitStacked(codeAndTitle(data.rows[i].code, data.rows[i].title, f),
                                            Box{0, 0, area.w - 2 * padX, titleRoom},
                                            panelStyle(f.theme, 36, Weight::Bold), f)
                                     .height);
        rowH = std::min(maxRowH, needed + f.len(12) + barsH + 2 * pad + f.len(16));
    }
    float y0 = area.y + std::floor(std::max(0.f, area.h - n * rowH - (n - 1) * gap) / 2);
    Color now = f.theme.accent, start{0x6b, 0x72, 0x80};
    for (std::size_t i = 0; i < rows; ++i) {
        const ClassWallRow& row = data.rows[i];
        Box panel{area.x, y0 + static_cast<float>(i) * (rowH + gap), area.w, rowH};
        addRect(f.scene, panel, f.theme.panel, f.len(f.theme.radius * 0.6f));
        Box in{panel.x + padX, panel.y + pad, panel.w - 2 * padX, panel.h - 2 * pad};
        Box bars{in.x, in.y + std::floor((in.h - barsH) / 2), in.w, barsH};
        Box title{in.x, in.y, in.w, in.h};
        if (f.portrait()) {
            bars.y = in.bottom() - barsH;
            title.h = bars.y - in.y - f.len(12);
        } else {
            title.w = std::round(in.w * 0.34f);
            bars.x = title.right() + f.len(28);
            bars.w = in.right() - bars.x;
        }
        TextBlock t = fitStacked(codeAndTitle(row.code, row.title, f), title,
                                 panelStyle(f.theme, 36, Weight::Bold), f);
        if (f.portrait())
            addBlock(f.scene, std::move(t));
        else
            addCentred(f.scene, std::move(t), title.h);
        addLabelledBar(Box{bars.x, bars.y, bars.w, nowH}, row.nowPercent, row.nowText, now, 30, f);
        addLabelledBar(Box{bars.x, bars.y + nowH + barGap, bars.w, startH}, row.startPercent,
                       row.startText, start, 28, f);
    }
}

} // namespace lantern::layout
