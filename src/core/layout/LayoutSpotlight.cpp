// Competency spotlight: what one competency means and how the school has grown on it. Landscape:
// the competency (code, title, domain), its meaning in every school language and its first
// learning targets on the left; the growth panel on the right, one labelled bar per moment
// (start of term, four weeks ago, now), oldest first. Portrait stacks the two panels. When the
// figures are withheld, the growth panel says why in words.
#include "core/layout/LayoutPanels.hpp"
#include "core/layout/SlideLayout.hpp"

#include <algorithm>
#include <cmath>

namespace lantern::layout {
namespace {

void shiftItems(Scene& scene, float dy) {
    for (auto& item : scene.items)
        std::visit([&](auto& it) { it.box.y += dy; }, item);
}

// The competency, its meaning and first learning targets, top-down and centred in `box`.
void addAbout(const CompetencySpotlightData& d, const Box& box, Frame& f) {
    addRect(f.scene, box, f.theme.panel, f.len(f.theme.radius));
    Box in = inset(box, f.len(32));
    Scene body;
    Frame g{f.ctx, f.theme, f.languages, f.scale, f.minPx, body};
    float y = in.y, gap = f.len(18);
    auto place = [&](const LangText& text, float maxH, const TextStyle& style) {
        TextBlock b =
            fitStacked(text, Box{in.x, y, in.w, std::min(maxH, in.bottom() - y)}, style, g);
        if (b.texts.empty()) return;
        y += b.height + gap;
        addBlock(body, std::move(b));
    };
    place(d.domainTitle, f.len(90), panelStyle(f.theme, 30));
    place(codeAndTitle(d.code, d.title, f), f.len(220), panelStyle(f.theme, 52, Weight::Bold));
    y += f.len(4);
    addRect(body, Box{in.x, y, std::round(f.len(96)), std::round(f.len(6))}, f.theme.accent);
    y += f.len(6) + gap;
    float targetsH = d.targets.empty() ? 0 : std::min(in.h * 0.35f, f.len(260));
    place(d.meaning, std::max(f.len(60), in.bottom() - y - targetsH), panelStyle(f.theme, 42));
    for (const auto& t : d.targets) {
        if (in.bottom() - y < wholeLineHeight(f.ctx.measurer, f.minPx)) break;
        LangText bullet;
        for (const auto& [lang, s] : t)
            bullet[lang] = "\u2022 " + s;
        place(bullet, f.len(120), panelStyle(f.theme, 32));
    }
    shiftItems(body, std::floor(std::max(0.f, in.bottom() - (y - gap)) / 2));
    for (auto& item : body.items)
        f.scene.items.push_back(std::move(item));
}

void addGrowth(const CompetencySpotlightData& d, const Box& box, Frame& f) {
    addRect(f.scene, box, f.theme.panel, f.len(f.theme.radius));
    Box in = inset(box, f.len(28));
    if (d.figures.empty()) {
        TextBlock b = fitStacked(d.withheldText, in,
                                 panelStyle(f.theme, 36, Weight::Regular, Align::Center), f);
        shiftBlock(b, std::floor((in.h - b.height) / 2));
        addBlock(f.scene, std::move(b));
        return;
    }
    auto n = static_cast<float>(d.figures.size());
    float langs = static_cast<float>(std::max<std::size_t>(1, f.languages.size()));
    float line = wholeLineHeight(f.ctx.measurer, f.font(30));
    float slotGap = f.len(28);
    float slot = std::floor((in.h - (n - 1) * slotGap) / n);
    float barH = std::min(slot * 0.55f, std::ceil(langs * line + f.len(16)));
    slot = std::min(slot, std::ceil(barH + f.len(8) + langs * line + f.len(12)));
    in.y += std::floor(std::max(0.f, in.h - n * slot - (n - 1) * slotGap) / 2);
    Color older{0x6b, 0x72, 0x80};
    for (std::size_t i = 0; i < d.figures.size(); ++i) {
        const SpotlightFigure& fig = d.figures[i];
        float y = in.y + static_cast<float>(i) * (slot + slotGap);
        float labelH = slot - barH - f.len(8);
        TextBlock label = fitStacked(fig.label, Box{in.x, y, in.w, labelH},
                                     panelStyle(f.theme, 30, Weight::Bold), f);
        shiftBlock(label, std::floor(labelH - label.height));
        addBlock(f.scene, std::move(label));
        bool last = i + 1 == d.figures.size();
        addLabelledBar(Box{in.x, y + slot - barH, in.w, barH}, fig.percent, fig.text,
                       last ? f.theme.accent : older, 30, f);
    }
}

} // namespace

void layoutSpotlight(const CompetencySpotlightData& data, Frame& frame) {
    Frame& f = frame;
    Box c = f.content();
    c.h -= addFootnote(data.note, c, f);
    float gap = f.len(f.theme.gap);
    if (f.portrait()) {
        float growthH = std::round(c.h * 0.42f);
        addAbout(data, Box{c.x, c.y, c.w, c.h - growthH - gap}, f);
        addGrowth(data, Box{c.x, c.bottom() - growthH, c.w, growthH}, f);
        return;
    }
    float leftW = std::round(c.w * 0.56f);
    addAbout(data, Box{c.x, c.y, leftW, c.h}, f);
    addGrowth(data, Box{c.x + leftW + gap, c.y, c.w - leftW - gap, c.h}, f);
}

} // namespace lantern::layout
