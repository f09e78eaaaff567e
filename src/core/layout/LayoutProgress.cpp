// Progress slide: a header (group · domain title and the legend of band labels with swatches),
// then one panel per competency: its title, a stacked bar with one segment per band labelled
// with the band's share (inside the segment when it fits, else in a lane below it), and the
// change since the start. A suppressed group gets a calm panel saying why nothing is shown.
//
// Index of this file:
// - [shared]         the metrics, band colours, legend entries and text widths the parts share
// - [legend]         legend entries flowed into rows no wider than allowed
// - [header]         the title, with the legend beside it or below it, whichever is shorter
// - [competency row] title, bar (share labels inside their segments or in a lane) and change
// - [whole slide]    rows sized and stacked in the space under the header; layoutProgress
//
// Call flow:
//   layoutProgress
//   ├─ metrics, legendEntries, addHeader ─ flowLegend, addLegend
//   ├─ layoutNotice, when the group is suppressed or has no rows
//   ├─ rowColumns, changeWidth, needsLane, naturalRowHeight, stackRows
//   └─ addRow ─ addBar ─ segments, insideLabel, placeLane
#include "core/layout/LayoutPanels.hpp"
#include "core/layout/SlideLayout.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace lantern::layout {
namespace {

// ---- [shared] --------------------------------------------------------------------------------

struct LegendEntry {
    LangText label;
    Color color;
};

struct ProgressMetrics {
    float pad, rowGap, barH, barGap, laneGap, laneH, swatch;
    int labelPx;        // share labels and legend, designed at 1080
    float titlePx = 34; // competency titles, designed at 1080
};

Color bandColor(const ProgressBand& band) {
    return colorOr(band.color, Color{0x9a, 0xa3, 0xb2});
}

std::vector<LegendEntry> legendEntries(const std::vector<CompetencyProgress>& rows) {
    std::vector<const ProgressBand*> bands;
    for (const auto& row : rows)
        for (const auto& band : row.bands)
            bands.push_back(&band);
    std::stable_sort(bands.begin(), bands.end(), [](auto* a, auto* b) {
        return std::pair(a->firstRank, a->lastRank) < std::pair(b->firstRank, b->lastRank);
    });
    std::vector<LegendEntry> out;
    for (auto* band : bands) {
        LegendEntry e{band->label, bandColor(*band)};
        bool seen = std::any_of(out.begin(), out.end(), [&](const LegendEntry& o) {
            return o.label == e.label && o.color == e.color;
        });
        if (!seen) out.push_back(std::move(e));
    }
    return out;
}

// Every language at `px` (not the smaller secondary size), one line each, stacked.
float stackedHeight(const Frame& f, int px, std::size_t languages) {
    float h = 0;
    for (std::size_t i = 0; i < std::max<std::size_t>(1, languages); ++i) {
        const std::string lang = i < f.languages.size() ? f.languages[i] : "";
        h += wholeLineHeight(f.ctx.measurer, px, lang) + (i > 0 ? std::round(f.len(4)) : 0.f);
    }
    return h;
}

// The widest shown language of `text` at `px`, plus the fitting margin.
float blockWidth(const LangText& text, int px, Weight weight, const Frame& f) {
    float w = 0;
    for (auto& [lang, s] : f.shown(text))
        w = std::max(w, f.ctx.measurer.width(s, px, weight, lang));
    return std::ceil(w / 0.98f) + 2;
}

// ---- [legend] --------------------------------------------------------------------------------

struct LegendLayout {
    std::vector<Box> boxes; // one per entry, relative to the legend's top-left
    float width = 0, height = 0;
};

LegendLayout flowLegend(const std::vector<LegendEntry>& entries, float maxWidth,
                        const ProgressMetrics& m, const Frame& f) {
    LegendLayout out;
    float entryH = stackedHeight(f, f.font(static_cast<float>(m.labelPx)), f.languages.size());
    float gapX = f.len(36), x = 0, y = 0;
    for (const auto& e : entries) {
        float w = m.swatch + f.len(12) + blockWidth(e.label, f.font(28), Weight::Regular, f);
        w = std::min(w, maxWidth);
        if (x > 0 && x + w > maxWidth) {
            x = 0;
            y += entryH + f.len(10);
        }
        out.boxes.push_back(Box{x, y, w, entryH});
        out.width = std::max(out.width, x + w);
        x += w + gapX;
    }
    out.height = entries.empty() ? 0 : y + entryH;
    return out;
}

void addLegend(const std::vector<LegendEntry>& entries, const LegendLayout& lay, float x0, float y0,
               const ProgressMetrics& m, Frame& f) {
    for (std::size_t i = 0; i < entries.size(); ++i) {
        Box b = lay.boxes[i];
        b.x += x0;
        b.y += y0;
        float sy = b.y + std::round((wholeLineHeight(f.ctx.measurer, f.minPx) - m.swatch) / 2);
        addRect(f.scene, Box{b.x, sy, m.swatch, m.swatch}, entries[i].color, f.len(4));
        float tx = b.x + m.swatch + f.len(12);
        addBlock(f.scene, fitStacked(entries[i].label, Box{tx, b.y, b.right() - tx, b.h},
                                     panelStyle(f.theme, static_cast<float>(m.labelPx)), f));
    }
}

// ---- [header] --------------------------------------------------------------------------------

// The title, with the legend beside it (landscape) or below it, whichever is shorter.
float addHeader(const ProgressSlideData& data, const std::vector<LegendEntry>& legend,
                const ProgressMetrics& m, Frame& f) {
    Box c = f.content();
    float pad = f.len(16), padX = f.len(24), titleH = f.len(108), gap = f.len(16);
    float sideGap = f.len(48), innerW = c.w - 2 * padX;
    LangText text = joinTitles(data.groupTitle, data.domainTitle);
    float titleW = std::min(innerW * 0.4f, blockWidth(text, f.font(44), Weight::Bold, f));
    LegendLayout below = flowLegend(legend, innerW, m, f);
    LegendLayout beside = flowLegend(legend, innerW - titleW - sideGap, m, f);
    float belowH = titleH + (legend.empty() ? 0 : gap + below.height);
    float besideH = std::max(titleH, beside.height);
    bool side = !f.portrait() && !legend.empty() && besideH < belowH;
    const LegendLayout& lay = side ? beside : below;
    float innerH = side ? besideH : belowH;
    Box panel{c.x, c.y, c.w, innerH + 2 * pad};
    addRect(f.scene, panel, f.theme.panel, f.len(f.theme.radius));
    Box title{c.x + padX, c.y + pad, side ? titleW : innerW, side ? innerH : titleH};
    addCentred(f.scene, fitStacked(text, title, panelStyle(f.theme, 44, Weight::Bold), f), title.h);
    float lx = side ? title.right() + sideGap : c.x + padX;
    float ly = side ? c.y + pad + std::floor((innerH - lay.height) / 2) : title.bottom() + gap;
    addLegend(legend, lay, lx, ly, m, f);
    return panel.bottom();
}

// ---- [competency row] ------------------------------------------------------------------------

struct Segment {
    const ProgressBand* band;
    Box box;
};

std::vector<Segment> segments(const CompetencyProgress& row, const Box& bar) {
    std::vector<Segment> out;
    int cum = 0;
    for (const auto& band : row.bands) {
        float x0 = bar.x + bar.w * static_cast<float>(std::clamp(cum, 0, 100)) / 100.f;
        cum += std::max(0, band.percent);
        float x1 = bar.x + bar.w * static_cast<float>(std::clamp(cum, 0, 100)) / 100.f;
        if (x1 - x0 >= 1) out.push_back(Segment{&band, Box{x0, bar.y, x1 - x0, bar.h}});
    }
    return out;
}

// The share label inside its segment, or std::nullopt when it does not fit whole.
std::optional<TextBlock> insideLabel(const Segment& s, const ProgressMetrics& m, const Frame& f) {
    Box inner{s.box.x + f.len(8), s.box.y, s.box.w - f.len(16), s.box.h};
    if (inner.w < f.len(24)) return std::nullopt;
    Color fill = bandColor(*s.band);
    Color ink = labelColorOn(fill, f.theme);
    TextStyle style{static_cast<float>(m.labelPx) + 2, Weight::Bold, Align::Center, ink, ink, fill};
    TextBlock block = fitStacked(s.band->shareText, inner, style, f);
    auto shown = f.shown(s.band->shareText);
    if (block.texts.size() != shown.size()) return std::nullopt;
    for (const auto& t : block.texts)
        if (t.lines.size() != 1 || t.lines[0] != t.text) return std::nullopt;
    shiftBlock(block, std::floor((inner.h - block.height) / 2));
    return block;
}

// Places lane labels left to right under their segments without overlapping, inside the lane.
std::vector<Box> placeLane(const std::vector<std::pair<float, float>>& centreWidths,
                           const Box& lane, float gap) {
    std::vector<Box> boxes;
    float prevRight = lane.x - gap;
    for (auto [centre, w] : centreWidths) {
        w = std::min(w, lane.w);
        float x = std::clamp(centre - w / 2, lane.x, lane.right() - w);
        x = std::max(x, prevRight + gap);
        boxes.push_back(Box{x, lane.y, w, lane.h});
        prevRight = x + w;
    }
    float limit = lane.right();
    for (auto it = boxes.rbegin(); it != boxes.rend(); ++it) {
        it->x = std::max(lane.x, std::min(it->x, limit - it->w));
        it->w = std::min(it->w, limit - it->x);
        limit = it->x - gap;
    }
    return boxes;
}

void addBar(const CompetencyProgress& row, const Box& bar, const ProgressMetrics& m, Frame& f) {
    addRect(f.scene, bar, f.theme.track, f.len(6));
    std::vector<std::pair<float, float>> outside;
    std::vector<const Segment*> outsideSegs;
    auto segs = segments(row, bar);
    for (const auto& s : segs) {
        addRect(f.scene, s.box, bandColor(*s.band), 0);
        if (auto label = insideLabel(s, m, f)) {
            addBlock(f.scene, std::move(*label));
            continue;
        }
        float w =
            blockWidth(s.band->shareText, f.font(static_cast<float>(m.labelPx)), Weight::Bold, f);
        outside.emplace_back(s.box.x + s.box.w / 2, w);
        outsideSegs.push_back(&s);
    }
    Box lane{bar.x, bar.bottom() + m.laneGap, bar.w, m.laneH};
    auto boxes = placeLane(outside, lane, f.len(16));
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const Segment& s = *outsideSegs[i];
        float cx = std::round(s.box.x + s.box.w / 2 - f.len(1.5f));
        addRect(f.scene, Box{cx, bar.bottom(), std::max(2.f, f.len(3)), m.laneGap},
                bandColor(*s.band));
        TextStyle style = panelStyle(f.theme, static_cast<float>(m.labelPx), Weight::Bold);
        style.align = Align::Center;
        addBlock(f.scene, fitStacked(s.band->shareText, boxes[i], style, f));
    }
}

// Row columns: title | bar | change in landscape; title | change over the bar in portrait.
// The change column is as wide as its widest text needs (none when no row has one).
struct RowColumns {
    float titleW, changeW, barW, gap;
};

RowColumns rowColumns(float innerW, float changeW, const Frame& f) {
    RowColumns c{};
    c.gap = f.len(28);
    c.changeW = changeW;
    float changeGap = changeW > 0 ? c.gap : 0.f;
    if (f.portrait()) {
        c.titleW = innerW - changeW - changeGap;
        c.barW = innerW;
    } else {
        c.titleW = std::round(innerW * 0.32f);
        c.barW = innerW - c.titleW - changeW - c.gap - changeGap;
    }
    return c;
}

float rowInnerWidth(float panelW, const Frame& f) {
    return panelW - f.len(48);
}

TextStyle titleStyle(const ProgressMetrics& m, const Frame& f) {
    return panelStyle(f.theme, m.titlePx, Weight::Bold);
}

TextStyle changeStyle(const Frame& f) {
    return panelStyle(f.theme, 30);
}

float changeWidth(const std::vector<CompetencyProgress>& rows, float innerW, const Frame& f) {
    float w = 0;
    for (const auto& row : rows)
        if (!f.shown(row.changeText).empty())
            w = std::max(w, blockWidth(row.changeText, f.font(30), Weight::Regular, f));
    return std::min(w, std::round(innerW * (f.portrait() ? 0.45f : 0.26f)));
}

// Portrait: a block bottom-aligned in the `h` above the bar, so the words sit on their bar.
void addOnBar(TextBlock block, float h, Frame& f) {
    shiftBlock(block, std::floor(std::max(0.f, h - block.height)));
    addBlock(f.scene, std::move(block));
}

void addRow(const CompetencyProgress& row, const Box& panel, const RowColumns& cols,
            const ProgressMetrics& m, Frame& f) {
    addRect(f.scene, panel, f.theme.panel, f.len(f.theme.radius * 0.6f));
    Box in{panel.x + f.len(24), panel.y + m.pad, rowInnerWidth(panel.w, f), panel.h - 2 * m.pad};
    float barBlock = m.barH + (m.laneH > 0 ? m.laneGap + m.laneH : 0);
    if (!f.portrait()) {
        Box title{in.x, in.y, cols.titleW, in.h};
        Box change{in.right() - cols.changeW, in.y, cols.changeW, in.h};
        Box bar{title.right() + cols.gap, in.y + std::floor((in.h - barBlock) / 2), cols.barW,
                m.barH};
        addCentred(f.scene, fitStacked(row.title, title, titleStyle(m, f), f), in.h);
        addBar(row, bar, m, f);
        if (cols.changeW > 0)
            addCentred(f.scene, fitStacked(row.changeText, change, changeStyle(f), f), in.h);
        return;
    }
    float topH = in.h - barBlock - m.barGap;
    Box title{in.x, in.y, cols.titleW, topH};
    Box change{in.right() - cols.changeW, in.y, cols.changeW, topH};
    addOnBar(fitStacked(row.title, title, titleStyle(m, f), f), topH, f);
    if (cols.changeW > 0) addOnBar(fitStacked(row.changeText, change, changeStyle(f), f), topH, f);
    addBar(row, Box{in.x, in.y + topH + m.barGap, in.w, m.barH}, m, f);
}

// ---- [whole slide] ---------------------------------------------------------------------------

bool needsLane(const std::vector<CompetencyProgress>& rows, const ProgressMetrics& m, float barW,
               const Frame& f) {
    for (const auto& row : rows)
        for (const auto& s : segments(row, Box{0, 0, barW, m.barH}))
            if (!insideLabel(s, m, f)) return true;
    return false;
}

ProgressMetrics metrics(const Frame& f) {
    ProgressMetrics m{};
    m.pad = f.len(f.portrait() ? 18 : 6);
    m.rowGap = f.len(10);
    m.labelPx = 28;
    m.barH = std::max(f.len(52), wholeLineHeight(f.ctx.measurer, f.font(30)) + f.len(10));
    m.barGap = f.len(14);
    m.laneGap = f.len(6);
    m.swatch = std::round(f.len(28));
    return m;
}

// The height a row needs: landscape rows keep a calm fixed height; portrait rows measure their
// title and change text, so no space is left between them and the bar.
float naturalRowHeight(const std::vector<CompetencyProgress>& rows, const RowColumns& cols,
                       const ProgressMetrics& m, const Frame& f) {
    if (!f.portrait()) return f.len(200);
    float topH = 0, maxH = f.len(220);
    for (const auto& row : rows) {
        topH = std::max(
            topH, fitStacked(row.title, Box{0, 0, cols.titleW, maxH}, titleStyle(m, f), f).height);
        if (cols.changeW > 0)
            topH = std::max(
                topH, fitStacked(row.changeText, Box{0, 0, cols.changeW, maxH}, changeStyle(f), f)
                          .height);
    }
    float barBlock = m.barH + (m.laneH > 0 ? m.laneGap + m.laneH : 0);
    return topH + m.barGap + barBlock + 2 * m.pad;
}

struct RowStack {
    float top, rowH;
};

// Fits n rows into `area`; spare height goes to thicker bars, row padding, wider gaps, then
// equal space above and below, so a short list sits balanced instead of hanging from the header.
RowStack stackRows(float natural, std::size_t count, const Box& area, ProgressMetrics& m,
                   const Frame& f) {
    float n = static_cast<float>(count);
    float rowH = std::min(natural, (area.h - (n - 1) * m.rowGap) / n);
    float spare = area.h - n * rowH - (n - 1) * m.rowGap;
    float extraBar = std::floor(std::max(0.f, std::min(spare / n, f.len(20))));
    m.barH += extraBar;
    rowH += extraBar;
    spare -= n * extraBar;
    float extraPad = std::floor(std::max(0.f, std::min(spare / (2 * n), f.len(24))));
    m.pad += extraPad;
    rowH += 2 * extraPad;
    spare -= 2 * n * extraPad;
    if (count > 1) {
        float extraGap = std::floor(std::max(0.f, std::min(spare / (n - 1), f.len(24))));
        m.rowGap += extraGap;
        spare -= (n - 1) * extraGap;
    }
    return RowStack{area.y + std::floor(std::max(0.f, spare) / 2), rowH};
}

} // namespace

void layoutProgress(const ProgressSlideData& data, Frame& frame) {
    Frame& f = frame;
    std::vector<CompetencyProgress> rows(data.rows.begin(),
                                         data.rows.begin() +
                                             std::min(data.rows.size(), kMaxRowsPerProgressSlide));
    if (data.suppressed) rows.clear();
    ProgressMetrics m = metrics(f);
    float top = addHeader(data, legendEntries(rows), m, f) + f.len(f.theme.gap);
    Box c = f.content();
    Box area{c.x, top, c.w, c.bottom() - top};
    if (rows.empty()) {
        bool hasMessage = !f.shown(data.suppressedText).empty();
        layoutNotice(hasMessage ? data.suppressedText : phraseInEvery(Phrase::NoProgress),
                     hasMessage, area, f);
        return;
    }
    area.h -= addFootnote(data.note, area, f);
    float innerW = rowInnerWidth(c.w, f);
    RowColumns cols = rowColumns(innerW, changeWidth(rows, innerW, f), f);
    if (needsLane(rows, m, cols.barW, f)) m.laneH = stackedHeight(f, f.minPx, f.languages.size());
    float natural = naturalRowHeight(rows, cols, m, f);
    float n = static_cast<float>(rows.size());
    // Portrait screens with room to spare get larger competency titles.
    for (float px : {40.f, 37.f}) {
        if (!f.portrait() || n * natural + (n - 1) * m.rowGap > area.h * 0.6f) break;
        ProgressMetrics larger = m;
        larger.titlePx = px;
        float h = naturalRowHeight(rows, cols, larger, f);
        if (n * h + (n - 1) * m.rowGap > area.h * 0.7f) continue;
        m = larger;
        natural = h;
        break;
    }
    RowStack stack = stackRows(natural, rows.size(), area, m, f);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        float y = stack.top + static_cast<float>(i) * (stack.rowH + m.rowGap);
        addRow(rows[i], Box{area.x, y, area.w, stack.rowH}, cols, m, f);
    }
}

} // namespace lantern::layout
