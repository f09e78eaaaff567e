// Progress slide: a header (group · domain title and the legend of band labels with swatches),
// then one panel per competency: its title, a stacked bar with one segment per band labelled
// with the band's share (inside the segment when it fits, else in a lane below it), and the
// change since the start. A suppressed group gets a calm panel saying why nothing is shown.
#include "core/LayoutStrings.hpp"
#include "core/SlideLayout.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace lantern::layout {
namespace {

struct LegendEntry {
    LangText label;
    Color color;
};

struct ProgressMetrics {
    float pad, rowGap, barH, laneGap, laneH, swatch;
    int labelPx; // share labels and legend, designed at 1080
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

float stackedHeight(const Frame& f, int px, std::size_t languages) {
    float n = static_cast<float>(std::max<std::size_t>(1, languages));
    return n * wholeLineHeight(f.ctx.measurer, px) + (n - 1) * std::round(f.len(4));
}

// The widest shown language of `text` at `px`, plus the fitting margin.
float blockWidth(const LangText& text, int px, Weight weight, const Frame& f) {
    float w = 0;
    for (auto& [lang, s] : shownTexts(text, f.languages))
        w = std::max(w, f.ctx.measurer.width(s, px, weight));
    return std::ceil(w / 0.98f) + 2;
}

// ---- Legend -------------------------------------------------------------------------------

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

// ---- Header -------------------------------------------------------------------------------

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

// ---- One competency row -------------------------------------------------------------------

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
    auto shown = shownTexts(s.band->shareText, f.languages);
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

// Landscape row columns: title | bar | change.
struct RowColumns {
    float titleW, changeW, barW, gap;
};

RowColumns rowColumns(float innerW, const Frame& f) {
    RowColumns c{};
    c.gap = f.len(28);
    c.titleW = std::round(innerW * 0.32f);
    c.changeW = std::round(innerW * (f.portrait() ? 0.38f : 0.22f));
    c.barW = f.portrait() ? innerW : innerW - c.titleW - c.changeW - 2 * c.gap;
    return c;
}

float rowInnerWidth(float panelW, const Frame& f) {
    return panelW - f.len(48);
}

void addRow(const CompetencyProgress& row, const Box& panel, const ProgressMetrics& m, Frame& f) {
    addRect(f.scene, panel, f.theme.panel, f.len(f.theme.radius * 0.6f));
    Box in{panel.x + f.len(24), panel.y + m.pad, rowInnerWidth(panel.w, f), panel.h - 2 * m.pad};
    RowColumns cols = rowColumns(in.w, f);
    float colGap = cols.gap;
    float barBlock = m.barH + (m.laneH > 0 ? m.laneGap + m.laneH : 0);
    TextStyle titleStyle = panelStyle(f.theme, 34, Weight::Bold);
    TextStyle changeStyle = panelStyle(f.theme, 30);
    if (!f.portrait()) {
        Box title{in.x, in.y, cols.titleW, in.h};
        Box change{in.right() - cols.changeW, in.y, cols.changeW, in.h};
        Box bar{title.right() + colGap, in.y + std::floor((in.h - barBlock) / 2), cols.barW,
                m.barH};
        addCentred(f.scene, fitStacked(row.title, title, titleStyle, f), in.h);
        addBar(row, bar, m, f);
        addCentred(f.scene, fitStacked(row.changeText, change, changeStyle, f), in.h);
        return;
    }
    float topH = in.h - barBlock - colGap / 2;
    Box title{in.x, in.y, in.w - cols.changeW - colGap, topH};
    Box change{in.right() - cols.changeW, in.y, cols.changeW, topH};
    addCentred(f.scene, fitStacked(row.title, title, titleStyle, f), topH);
    addCentred(f.scene, fitStacked(row.changeText, change, changeStyle, f), topH);
    addBar(row, Box{in.x, in.y + topH + colGap / 2, in.w, m.barH}, m, f);
}

// ---- Whole slide --------------------------------------------------------------------------

bool needsLane(const std::vector<CompetencyProgress>& rows, const ProgressMetrics& m, float barW,
               const Frame& f) {
    for (const auto& row : rows)
        for (const auto& s : segments(row, Box{0, 0, barW, m.barH}))
            if (!insideLabel(s, m, f)) return true;
    return false;
}

ProgressMetrics metrics(const Frame& f) {
    ProgressMetrics m{};
    m.pad = f.len(6);
    m.rowGap = f.len(8);
    m.labelPx = 28;
    m.barH = std::max(f.len(50), wholeLineHeight(f.ctx.measurer, f.font(30)) + f.len(8));
    m.laneGap = f.len(6);
    m.swatch = std::round(f.len(28));
    return m;
}

void addMessage(const LangText& text, const Box& area, Frame& f) {
    float h = std::min(area.h, f.len(360));
    Box panel{area.x, area.y + std::floor((area.h - h) / 3), area.w, h};
    addRect(f.scene, panel, f.theme.panel, f.len(f.theme.radius));
    Box inner = inset(panel, f.len(48));
    auto style = panelStyle(f.theme, 52, Weight::Regular, Align::Center);
    addCentred(f.scene, fitStacked(text, inner, style, f), inner.h);
}

} // namespace

void layoutProgress(const ProgressSlideData& data, Frame& frame) {
    Frame& f = frame;
    std::vector<CompetencyProgress> rows(
        data.rows.begin(), data.rows.begin() + std::min(data.rows.size(), kMaxProgressRows));
    if (data.suppressed) rows.clear();
    ProgressMetrics m = metrics(f);
    float top = addHeader(data, legendEntries(rows), m, f) + f.len(f.theme.gap);
    Box c = f.content();
    Box area{c.x, top, c.w, c.bottom() - top};
    if (rows.empty()) {
        bool hasMessage = !shownTexts(data.suppressedText, f.languages).empty();
        addMessage(hasMessage ? data.suppressedText : layoutString(LayoutString::NoProgress), area,
                   f);
        return;
    }
    float barW = rowColumns(rowInnerWidth(c.w, f), f).barW;
    if (needsLane(rows, m, barW, f)) m.laneH = stackedHeight(f, f.minPx, f.languages.size());
    float n = static_cast<float>(rows.size());
    float rowH = std::min(f.len(f.portrait() ? 320 : 200), (area.h - (n - 1) * m.rowGap) / n);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        float y = area.y + static_cast<float>(i) * (rowH + m.rowGap);
        addRow(rows[i], Box{area.x, y, area.w, rowH}, m, f);
    }
}

} // namespace lantern::layout
