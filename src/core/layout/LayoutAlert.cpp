#include "core/layout/LayoutAlert.hpp"

#include "core/alerts/Alerts.hpp"
#include "core/layout/LayoutPanels.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace lantern {
namespace {

using layout::CellSnap;
using layout::Grid;
using layout::gridCells;

using layout::Frame;

enum Role { Headline, Instruction, Detail, RoleCount };

struct RoleSpec {
    float maxPx; // designed at 1080, for one language on the screen
    Weight weight;
    float share; // of the region's height, before fitting
};

constexpr std::array<RoleSpec, RoleCount> kRoles = {{
    {200, Weight::Bold, 0.34f},
    {80, Weight::Regular, 0.44f},
    {60, Weight::Regular, 0.22f},
}};

Grid gridFor(int n, bool portrait) {
    if (n <= 3) return portrait ? Grid{1, n} : Grid{n, 1};
    if (n <= 6) return portrait ? Grid{2, (n + 1) / 2} : Grid{(n + 1) / 2, 2};
    int shortSide = static_cast<int>(std::ceil(std::sqrt(n)));
    int longSide = (n + shortSide - 1) / shortSide;
    return portrait ? Grid{shortSide, longSide} : Grid{longSide, shortSide};
}

// The texts of one region: role -> text in the region's language ("" when it has none). The
// headline falls back to English (then any language) so every region says what is happening.
std::array<std::string, RoleCount> regionTexts(const Alert& alert, const std::string& lang) {
    std::string headline = pickText(alert.headline, lang, {"en"});
    if (headline.empty() && !alert.headline.empty()) headline = alert.headline.begin()->second;
    return {headline, hasText(alert.instruction, lang) ? alert.instruction.at(lang) : "",
            hasText(alert.description, lang) ? alert.description.at(lang) : ""};
}

// Largest px from `px` down at which every word of `text` fits `width` on its own line, so
// fitting never breaks a word in the middle when a smaller size would keep it whole.
int wordFitPx(const std::string& text, const std::string& lang, float width, int px, Weight weight,
              const Frame& f) {
    while (px > f.minPx && widestPiece(text, px, weight, f.ctx.measurer, lang) > usableWidth(width))
        px = std::max(f.minPx, px - shrinkStep(px));
    return px;
}

FittedText fitRole(const std::string& text, const std::string& lang, const Box& box, int maxPx,
                   Role role, const Frame& f) {
    FitOptions o;
    o.weight = kRoles[role].weight;
    o.minPx = f.minPx;
    o.maxPx = std::max(f.minPx, wordFitPx(text, lang, box.w, maxPx, o.weight, f));
    return fitText(text, box.w, box.h, o, f.ctx.measurer, lang);
}

struct Region {
    Box inner;
    std::string lang;
    std::array<std::string, RoleCount> texts;
};

// The box each role may fill in a region, before fitting: shares of the height, the detail's
// share going to the instruction when there is no detail.
Box roleBox(const Region& r, Role role, float gap) {
    bool detail = !r.texts[Detail].empty();
    float h = r.inner.h - 2 * gap;
    float share = kRoles[role].share;
    if (!detail && role == Instruction) share += kRoles[Detail].share;
    if (!detail && role == Detail) share = 0;
    return Box{r.inner.x, r.inner.y, r.inner.w, std::floor(h * share)};
}

// One size per role for all regions: the smallest each region reaches on its own.
std::array<int, RoleCount> commonSizes(const std::vector<Region>& regions, float gap,
                                       float perScreen, const Frame& f) {
    std::array<int, RoleCount> px{};
    for (int role = 0; role < RoleCount; ++role) {
        int best = f.font(kRoles[role].maxPx * perScreen);
        for (const auto& r : regions) {
            const std::string& t = r.texts[role];
            if (t.empty()) continue;
            auto fitted = fitRole(t, r.lang, roleBox(r, Role(role), gap), best, Role(role), f);
            best = std::min(best, std::max(fitted.px, f.minPx));
        }
        px[role] = best;
    }
    return px;
}

SceneText sceneText(const std::string& text, const std::string& lang, const FittedText& fit,
                    const Box& box, Role role, const AlertTheme& theme) {
    SceneText t;
    t.text = text;
    t.lang = lang;
    t.fontPx = fit.px;
    t.lineHeight = fit.lineHeight;
    t.box = Box{box.x, box.y, box.w, fit.height()};
    t.color = theme.ink;
    t.background = theme.fill;
    t.align = Align::Center;
    t.weight = kRoles[role].weight;
    t.lines = fit.lines;
    return t;
}

struct RegionTexts {
    std::vector<SceneText> texts;
    float height = 0;
};

RegionTexts fitRegion(const Region& r, const std::array<int, RoleCount>& px, float gap,
                      const AlertTheme& theme, const Frame& f) {
    RegionTexts out;
    for (int role = 0; role < RoleCount; ++role) {
        const std::string& s = r.texts[role];
        if (s.empty()) continue;
        auto fit = fitRole(s, r.lang, roleBox(r, Role(role), gap), px[role], Role(role), f);
        if (fit.lines.empty()) continue;
        out.height += (out.texts.empty() ? 0.f : gap) + fit.height();
        out.texts.push_back(sceneText(s, r.lang, fit, r.inner, Role(role), theme));
    }
    return out;
}

// Every region's texts start at the same offset (the tallest stack centred), so headlines line
// up across columns.
void placeRegions(const std::vector<Region>& regions, const std::array<int, RoleCount>& px,
                  float gap, const AlertTheme& theme, Frame& f) {
    std::vector<RegionTexts> fitted;
    float tallest = 0;
    for (const auto& r : regions) {
        fitted.push_back(fitRegion(r, px, gap, theme, f));
        tallest = std::max(tallest, fitted.back().height);
    }
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const Box& inner = regions[i].inner;
        float y = inner.y + std::floor(std::max(0.f, inner.h - tallest) / 2);
        for (auto& t : fitted[i].texts) {
            t.box.y = y;
            y = t.box.bottom() + gap;
            f.scene.items.emplace_back(std::move(t));
        }
    }
}

void addRules(const std::vector<Box>& boxes, float gap, float thickness, const AlertTheme& theme,
              Scene& scene) {
    for (std::size_t i = 1; i < boxes.size(); ++i) {
        const Box& a = boxes[i - 1];
        const Box& b = boxes[i];
        if (b.y == a.y) // the next column
            layout::addRect(scene,
                            Box{std::round(a.right() + (gap - thickness) / 2), a.y, thickness, a.h},
                            theme.rule);
        else if (b.x == boxes.front().x) // the first cell of the next row
            layout::addRect(scene,
                            Box{b.x, std::round(a.bottom() + (gap - thickness) / 2),
                                boxes[i - 1].right() - b.x, thickness},
                            theme.rule);
    }
}

} // namespace

Scene layoutAlert(const Alert& alert, const LayoutContext& ctx) {
    const AlertTheme theme;
    const Theme& base = defaultTheme();
    Scene scene;
    scene.width = ctx.width;
    scene.height = ctx.height;
    scene.slide = SlideInfo{"alert/" + alert.id, "alert",
                            std::string("emergency alert (") + alertKindName(alert.kind) +
                                "): it shows until it is cleared or expires"};
    scene.background = theme.fill;
    auto langs = alertLanguages(alert, ctx.languages.empty() ? std::vector<std::string>{"en"}
                                                             : ctx.languages);
    float scale = static_cast<float>(std::min(ctx.width, ctx.height)) / 1080.f;
    Frame f{ctx,
            base,
            langs,
            scale,
            minTextPx(ctx.width, ctx.height,
                      minPxAt1080ForDistance(ctx.viewingDistanceM, base.minTextPx)),
            scene};
    float W = static_cast<float>(ctx.width), H = static_cast<float>(ctx.height);
    float border = std::round(f.len(14));
    layout::addRect(scene, Box{0, 0, W, H}, theme.rule);
    layout::addRect(scene, layout::inset(Box{0, 0, W, H}, border), theme.fill);

    int n = static_cast<int>(langs.size());
    Grid grid = gridFor(n, f.portrait());
    float gap = std::round(f.len(56)), pad = std::round(f.len(24));
    auto boxes = gridCells(layout::inset(f.content(), border), static_cast<std::size_t>(n), grid,
                           gap, CellSnap::FloorSizes);
    addRules(boxes, gap, std::max(2.f, std::round(f.len(4))), theme, scene);

    std::vector<Region> regions;
    for (int i = 0; i < n; ++i)
        regions.push_back(
            Region{layout::inset(boxes[i], pad), langs[i], regionTexts(alert, langs[i])});
    float perScreen = 1.f / std::sqrt(static_cast<float>(std::max(grid.cols, grid.rows)));
    float textGap = std::round(f.len(32));
    auto px = commonSizes(regions, textGap, perScreen, f);
    placeRegions(regions, px, textGap, theme, f);
    layout::roundScene(scene);
    layout::shapeTexts(scene, ctx.measurer);
    return scene;
}

} // namespace lantern
