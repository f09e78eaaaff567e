#include "core/layout/SlideLayout.hpp"

#include "core/layout/LayoutPanels.hpp"
#include "core/model/TextClean.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace lantern {
namespace layout {
namespace {

struct Entry {
    std::string lang;
    std::string text;
    int px = 0;
    float lineHeight = 0;
    std::vector<std::string> lines;
};

// Wraps every entry at the sizes for a first-language size `px`; returns the total height.
float wrapAll(std::vector<Entry>& entries, int px, float maxWidth, float gap,
              const TextStyle& style, const Frame& frame) {
    float total = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        Entry& e = entries[i];
        e.px = i == 0 ? px : frame.secondaryPx(px);
        e.lineHeight = wholeLineHeight(frame.ctx.measurer, e.px, e.lang);
        e.lines = wrapText(e.text, maxWidth, e.px, style.weight, frame.ctx.measurer, e.lang);
        total += e.lineHeight * static_cast<float>(e.lines.size()) + (i ? gap : 0.f);
    }
    return total;
}

std::vector<Entry> entriesOf(const LangText& text, const Frame& frame) {
    std::vector<Entry> entries;
    for (auto& [lang, s] : frame.shown(text))
        entries.push_back(Entry{lang, s, 0, 0, {}});
    return entries;
}

int startPx(const TextStyle& style, const Frame& frame) {
    int px = frame.font(style.maxPx);
    return style.pxCap > 0 ? std::max(frame.minPx, std::min(px, style.pxCap)) : px;
}

float stackGap(const Frame& frame) {
    return std::round(frame.len(4));
}

// Shares the lines that fit among the entries round-robin, then ellipsizes each.
void shareLines(std::vector<Entry>& entries, float height, float maxWidth, float gap,
                const TextStyle& style, const Frame& frame) {
    float available = height - gap * static_cast<float>(entries.size() - 1);
    float lh = std::max(1.f, entries.front().lineHeight);
    auto budget = static_cast<std::size_t>(std::max(0.f, std::floor(available / lh)));
    std::vector<std::size_t> give(entries.size(), 0);
    for (bool progress = true; budget > 0 && progress;) {
        progress = false;
        for (std::size_t i = 0; i < entries.size() && budget > 0; ++i) {
            if (give[i] >= entries[i].lines.size()) continue;
            ++give[i];
            --budget;
            progress = true;
        }
    }
    for (std::size_t i = 0; i < entries.size(); ++i)
        ellipsize(entries[i].lines, give[i], maxWidth, entries[i].px, style.weight,
                  frame.ctx.measurer, entries[i].lang);
}

} // namespace

int Frame::font(float at1080) const {
    return std::max(minPx, static_cast<int>(std::lround(at1080 * scale)));
}

int Frame::secondaryPx(int px) const {
    return std::max(minPx,
                    static_cast<int>(std::lround(static_cast<float>(px) * theme.secondaryScale)));
}

Box Frame::content() const {
    float m = len(theme.margin);
    return Box{m, m, static_cast<float>(ctx.width) - 2 * m, static_cast<float>(ctx.height) - 2 * m};
}

std::vector<std::pair<std::string, std::string>> Frame::shown(const LangText& text) const {
    auto out = shownTexts(text, languages);
    std::erase_if(out,
                  [&](const auto& e) { return !ctx.measurer.rendersCleanly(e.second, e.first); });
    if (!out.empty()) return out;
    for (const auto& [lang, s] : text)
        if (std::string clean = withoutEmoji(s);
            !clean.empty() && ctx.measurer.rendersCleanly(clean, lang))
            return {{lang, std::move(clean)}};
    return {};
}

TextStyle panelStyle(const Theme& theme, float maxPx, Weight weight, Align align) {
    return TextStyle{maxPx, weight, align, theme.ink, theme.inkSoft, theme.panel};
}

TextBlock fitStacked(const LangText& text, const Box& box, const TextStyle& style,
                     const Frame& frame) {
    std::vector<Entry> entries = entriesOf(text, frame);
    if (entries.empty()) return {};
    float maxWidth = usableWidth(box.w);
    float gap = stackGap(frame);
    int px = startPx(style, frame);
    float total = 0;
    for (;;) {
        total = wrapAll(entries, px, maxWidth, gap, style, frame);
        if (total <= box.h || px == frame.minPx) break;
        px = std::max(frame.minPx, px - shrinkStep(px));
    }
    if (total > box.h) shareLines(entries, box.h, maxWidth, gap, style, frame);
    TextBlock block;
    float y = box.y;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        Entry& e = entries[i];
        if (e.lines.empty()) continue;
        SceneText t;
        t.text = e.text;
        t.lang = e.lang;
        t.fontPx = e.px;
        t.lineHeight = e.lineHeight;
        t.box = Box{box.x, y, box.w, e.lineHeight * static_cast<float>(e.lines.size())};
        t.color = i == 0 ? style.color : style.softColor;
        t.background = style.background;
        t.align = style.align;
        t.weight = style.weight;
        t.lines = std::move(e.lines);
        y = t.box.bottom() + gap;
        block.texts.push_back(std::move(t));
    }
    block.height = block.texts.empty() ? 0.f : y - gap - box.y;
    return block;
}

int commonPx(const std::vector<std::pair<const LangText*, Box>>& texts, const TextStyle& style,
             const Frame& frame) {
    std::vector<std::vector<Entry>> all;
    for (const auto& [text, box] : texts)
        all.push_back(entriesOf(*text, frame));
    int px = startPx(style, frame);
    auto fitsAll = [&] {
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const Box& box = texts[i].second;
            if (wrapAll(all[i], px, usableWidth(box.w), stackGap(frame), style, frame) > box.h)
                return false;
        }
        return true;
    };
    while (px > frame.minPx && !fitsAll())
        px = std::max(frame.minPx, px - shrinkStep(px));
    return px;
}

float lineBoxWidth(const std::string& s, int px, Weight weight, const Frame& frame,
                   std::string_view lang) {
    return std::ceil(frame.ctx.measurer.width(s, px, weight, lang) / 0.98f) + 2;
}

void shiftBlock(TextBlock& block, float dy, float dx) {
    for (auto& t : block.texts) {
        t.box.y += dy;
        t.box.x += dx;
    }
}

void addBlock(Scene& scene, TextBlock block) {
    for (auto& t : block.texts)
        scene.items.emplace_back(std::move(t));
}

void addCentred(Scene& scene, TextBlock block, float boxHeight) {
    shiftBlock(block, std::floor(std::max(0.f, boxHeight - block.height) / 2));
    addBlock(scene, std::move(block));
}

void addRect(Scene& scene, const Box& box, Color color, float radius) {
    scene.items.emplace_back(SceneRect{box, color, radius});
}

Box inset(const Box& box, float d) {
    return Box{box.x + d, box.y + d, std::max(0.f, box.w - 2 * d), std::max(0.f, box.h - 2 * d)};
}

Color labelColorOn(Color fill, const Theme& theme) {
    Color dark = theme.onColorDark, light = theme.onColorLight;
    double cd = contrastRatio(dark, fill), cl = contrastRatio(light, fill);
    Color best = cd >= cl ? dark : light;
    if (std::max(cd, cl) >= 4.5) return best;
    return cd >= cl ? Color{0, 0, 0} : Color{255, 255, 255};
}

float stackedLinesHeight(const Frame& frame, int px) {
    float h = 0;
    for (std::size_t i = 0; i < frame.languages.size(); ++i)
        h += wholeLineHeight(frame.ctx.measurer, i == 0 ? px : frame.secondaryPx(px),
                             frame.languages[i]) +
             (i > 0 ? std::round(frame.len(4)) : 0.f);
    return h;
}

void mirrorScene(Scene& scene) {
    const auto width = static_cast<float>(scene.width);
    auto mirror = [&](Box& box) { box.x = width - box.x - box.w; };
    for (auto& item : scene.items)
        std::visit(
            [&](auto& it) {
                mirror(it.box);
                if constexpr (std::is_same_v<std::decay_t<decltype(it)>, SceneText>)
                    if (it.align == Align::Right) it.align = Align::Left;
            },
            item);
}

void shapeTexts(Scene& scene, const TextMeasurer& measurer) {
    for (auto& item : scene.items) {
        auto* t = std::get_if<SceneText>(&item);
        if (!t || t->font != FontFamily::Text) continue;
        t->runs.clear();
        const float ascent = measurer.ascent(t->fontPx, t->lang);
        const float natural = measurer.lineHeight(t->fontPx, t->lang);
        const bool rtl = measurer.rightToLeft(t->lang);
        for (std::size_t i = 0; i < t->lines.size(); ++i) {
            const std::string& line = t->lines[i];
            const float w = measurer.width(line, t->fontPx, t->weight, t->lang);
            float x = t->box.x;
            if (t->align == Align::Center) x = t->box.x + (t->box.w - w) / 2;
            if (t->align == Align::Right || (t->align == Align::Left && rtl))
                x = t->box.right() - w;
            const float top = t->box.y + static_cast<float>(i) * t->lineHeight;
            const float baseline = top + (t->lineHeight - natural) / 2 + ascent;
            for (auto& run : measurer.shapeLine(line, t->fontPx, t->weight, t->lang, std::round(x),
                                                std::round(baseline)))
                t->runs.push_back(std::move(run));
        }
    }
}

LangText joinTitles(const LangText& first, const LangText& second) {
    std::set<std::string> langs;
    for (const auto& [lang, s] : first)
        langs.insert(lang);
    for (const auto& [lang, s] : second)
        langs.insert(lang);
    LangText out;
    for (const auto& lang : langs) {
        std::string a = pickText(first, lang, {"en"}), b = pickText(second, lang, {"en"});
        if (a.empty() || b.empty())
            out[lang] = a + b;
        else
            out[lang] = a + " · " + b;
    }
    return out;
}

} // namespace layout

Scene layoutSlide(const Slide& slide, const LayoutContext& ctx) {
    Scene scene;
    scene.width = ctx.width;
    scene.height = ctx.height;
    scene.slide = SlideInfo{slide.id, slideKindName(slide.kind), slide.why};
    const Theme& theme = defaultTheme();
    scene.background = theme.background;
    float scale = static_cast<float>(std::min(ctx.width, ctx.height)) / 1080.f;
    layout::Frame frame{ctx,
                        theme,
                        ctx.languages.empty() ? std::vector<std::string>{"en"} : ctx.languages,
                        scale,
                        minTextPx(ctx.width, ctx.height,
                                  minPxAt1080ForDistance(ctx.viewingDistanceM, theme.minTextPx)),
                        scene};
    std::visit(
        [&](const auto& data) {
            using T = std::decay_t<decltype(data)>;
            if constexpr (std::is_same_v<T, HabitSlideData>) layout::layoutHabit(data, frame);
            if constexpr (std::is_same_v<T, ProgressSlideData>) layout::layoutProgress(data, frame);
            if constexpr (std::is_same_v<T, CelebrationSlideData>)
                layout::layoutCelebrations(data, frame);
            if constexpr (std::is_same_v<T, MissionSlideData>) layout::layoutMission(data, frame);
            if constexpr (std::is_same_v<T, AnnouncementSlideData>)
                layout::layoutAnnouncement(data, frame);
            if constexpr (std::is_same_v<T, HabitsOverviewSlideData>)
                layout::layoutHabitsOverview(data, frame);
            if constexpr (std::is_same_v<T, QuoteSlideData>) layout::layoutQuote(data, frame);
            if constexpr (std::is_same_v<T, ClassWallSlideData>)
                layout::layoutClassWall(data, frame);
            if constexpr (std::is_same_v<T, GradeBoardSlideData>)
                layout::layoutGradeBoard(data, frame);
            if constexpr (std::is_same_v<T, CompetencySpotlightData>)
                layout::layoutSpotlight(data, frame);
        },
        slide.data);
    layout::roundScene(scene);
    if (ctx.measurer.rightToLeft(frame.languages.front())) layout::mirrorScene(scene);
    layout::shapeTexts(scene, ctx.measurer);
    return scene;
}

} // namespace lantern
