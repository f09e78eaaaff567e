// Student voice slide: one calm panel holding a large accent quotation mark, the quote set large
// with every language stacked, then a short accent rule and the attribution ("— 8th grader").
// The mark hangs in a narrow column left of the text (narrower in portrait). The group (text,
// rule, attribution) is centred vertically; the text keeps a readable line length.
#include "core/layout/SlideLayout.hpp"

#include <algorithm>
#include <cmath>

namespace lantern::layout {
namespace {

struct QuoteRegions {
    Box mark;  // where the quotation mark sits (its top-left)
    Box text;  // the most the quote may take
    Box attr;  // the most the attribution may take
    float gap; // between text, rule and attribution
    float ruleW, ruleH;
};

int markPx(const Frame& f) {
    return f.font(f.portrait() ? 130 : 170);
}

QuoteRegions quoteRegions(const Box& inner, const Frame& f) {
    QuoteRegions r;
    r.gap = std::round(f.len(28));
    r.ruleW = std::round(f.len(110));
    r.ruleH = std::round(f.len(8));
    const float markH = wholeLineHeight(f.ctx.measurer, markPx(f));
    const float attrH = std::round(f.len(f.portrait() ? 170 : 140));
    const float markW = std::round(f.len(f.portrait() ? 110 : 190));
    r.mark = Box{inner.x, inner.y, markW, markH};
    const float x = inner.x + markW;
    const Box body{x, inner.y, std::min(inner.right() - x, std::round(f.len(1500))), inner.h};
    const float textH = body.h - attrH - 2 * r.gap - r.ruleH;
    r.text = Box{body.x, body.y, body.w, std::max(0.f, textH)};
    r.attr = Box{body.x, body.bottom() - attrH, body.w, attrH};
    return r;
}

SceneText quotationMark(const Box& at, Frame& f) {
    const int px = markPx(f);
    SceneText t;
    t.text = "\u201C";
    t.lang = f.languages.front();
    t.fontPx = px;
    t.lineHeight = wholeLineHeight(f.ctx.measurer, px);
    t.box =
        Box{at.x, at.y, std::min(at.w, lineBoxWidth(t.text, px, Weight::Bold, f)), t.lineHeight};
    t.color = f.theme.accent;
    t.background = f.theme.panel;
    t.weight = Weight::Bold;
    t.lines = {t.text};
    return t;
}

} // namespace

void layoutQuote(const QuoteSlideData& data, Frame& frame) {
    Frame& f = frame;
    const Theme& t = f.theme;
    const Box panel = f.content();
    addRect(f.scene, panel, t.panel, f.len(t.radius));
    const QuoteRegions r = quoteRegions(inset(panel, f.len(t.padding * 2)), f);
    TextBlock text = fitStacked(data.text, r.text, panelStyle(t, 68, Weight::Bold), f);
    TextStyle attrStyle = panelStyle(t, 40);
    attrStyle.color = t.inkSoft;
    TextBlock attr = fitStacked(data.attribution, r.attr, attrStyle, f);
    const bool hasAttr = !attr.texts.empty();
    const float attrPart = hasAttr ? 2 * r.gap + r.ruleH + attr.height : 0.f;
    const float bottom = r.attr.bottom();
    const float top = std::floor(std::max(0.f, (bottom - r.text.y - text.height - attrPart) / 2));
    // The mark's top lines up with the first line's capitals (both sit ~0.35 em below their
    // line's top), never above the panel's padding.
    Box mark = r.mark;
    const int firstPx = text.texts.empty() ? markPx(f) : text.texts.front().fontPx;
    mark.y = std::max(r.mark.y,
                      r.text.y + top + std::round(0.35f * static_cast<float>(firstPx - markPx(f))));
    f.scene.items.emplace_back(quotationMark(mark, f));
    shiftBlock(text, top);
    const float ruleY = r.text.y + top + text.height + r.gap;
    addBlock(f.scene, std::move(text));
    if (!hasAttr) return;
    addRect(f.scene, Box{r.attr.x, ruleY, r.ruleW, r.ruleH}, t.accent, r.ruleH / 2);
    shiftBlock(attr, ruleY + r.ruleH + r.gap - r.attr.y);
    addBlock(f.scene, std::move(attr));
}

} // namespace lantern::layout
