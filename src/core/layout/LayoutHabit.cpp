// Habit slide: a header panel (kicker + habit name, habit colour as an accent stripe, and the
// habit's icon on a badge of that colour when the icon font has it), the one-line meaning, and
// the indicators as cards in one panel.
//
// Indicators. A habit without sounds-like text keeps the original layout: up to three cards under
// "What it looks like". With sounds-like text the panel holds two sections, "Looks like" and
// "Sounds like" (each line in quotation marks), headings with their languages side by side on
// one row when they fit: the most cards, up to three and two, that fit whole at one size (among
// as many cards, one sounds-like line before two; at least one); when none fits whole, one of each,
// cut at the floor size as a last resort. Every card's text has one size.
//
// Far rooms (viewing distance >= 4.5 m; the floor is then >= 42 px at 1080) never cut a text
// ("…") and never drop a language. Instead:
// - the kicker is left out (the name says what the slide is about), and the name is sized so
//   that no word of it breaks across lines (never below the floor);
// - header and meaning are as tall as their texts need; in landscape they share the left column
//   and the indicators take the right one, cards stacked;
// - the cards shown are the first choice, from at most two looks-like lines and one sounds-like
//   line (in their order; at least one looks-like line when the habit has any), whose texts all
//   fit whole in every language at one size no smaller than the floor: more cards first, and
//   among as many cards the choice with a sounds-like line first. When not even one card fits
//   whole, the indicator panel is left out.
#include "core/layout/LayoutHabitDetail.hpp"
#include "core/layout/SlideLayout.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

namespace lantern::layout {
namespace {

using habit::farRoom;
using habit::stackedHeight;

constexpr float kBadgeAt1080 = 176;        // icon badge side, designed beside a 96 px name
constexpr float kGlyphShare = 0.68f;       // icon size as a share of the badge side
constexpr const char* kNoLanguage = "zxx"; // BCP 47: no linguistic content (an icon)
constexpr float kNamePx = 96, kMeaningPx = 46;

// The largest first-language size from `px` down, not below the floor, at which every word of
// every shown language fits `width` (a long name is not broken inside a word when avoidable).
int wordFitPx(const LangText& text, float width, int px, Weight weight, const Frame& f) {
    auto fits = [&](int p) {
        std::size_t i = 0;
        for (const auto& [lang, s] : f.shown(text)) {
            int size = i++ == 0 ? p : f.secondaryPx(p);
            if (widestPiece(s, size, weight, f.ctx.measurer, lang) > usableWidth(width))
                return false;
        }
        return true;
    };
    while (px > f.minPx && !fits(px))
        px = std::max(f.minPx, px - shrinkStep(px));
    return px;
}

// ---- header and meaning ----------------------------------------------------------------------

struct HabitRegions {
    Box header, meaning, indicators;
};

// The habit's icon as text for the icon font, when the habit names one the font has.
std::optional<std::string> iconGlyph(const HabitSlideData& data, const Frame& f) {
    if (data.icon.empty() || !f.ctx.icons) return std::nullopt;
    return f.ctx.icons->utf8(data.icon);
}

// The box right of the accent stripe in a header panel, before any icon badge.
Box headerTextBox(const Box& panel, const Frame& f) {
    Box inner = inset(panel, f.len(f.theme.padding));
    float textX = inner.x + f.len(f.theme.stripe) + f.len(f.theme.padding);
    return Box{textX, inner.y, inner.right() - textX, inner.h};
}

// Header height a far room needs: the name whole beside the largest badge it could get.
float farHeaderHeight(const HabitSlideData& data, const Box& column, const Frame& f) {
    Box text = headerTextBox(column, f);
    if (iconGlyph(data, f))
        text.w -= std::min(f.len(kBadgeAt1080), text.w / 3) + f.len(f.theme.padding);
    int px = wordFitPx(data.name, text.w, f.font(kNamePx), Weight::Bold, f);
    float name = stackedHeight(data.name, text.w, px, Weight::Bold, f);
    return std::ceil(name + 2 * f.len(f.theme.padding));
}

float farMeaningHeight(const HabitSlideData& data, const Box& column, const Frame& f) {
    float pad = f.len(f.theme.padding);
    float h =
        stackedHeight(data.meaning, column.w - 2 * pad, f.font(kMeaningPx), Weight::Regular, f);
    return std::ceil(h + 2 * pad);
}

HabitRegions nearRegions(const Frame& f, bool sections) {
    Box c = f.content();
    float gap = f.len(f.theme.gap);
    float headerShare = f.portrait() ? (sections ? 0.15f : 0.2f) : (sections ? 0.22f : 0.33f);
    float meaningShare = f.portrait() ? (sections ? 0.11f : 0.13f) : (sections ? 0.16f : 0.17f);
    HabitRegions r;
    r.header = Box{c.x, c.y, c.w, std::round(c.h * headerShare)};
    r.meaning = Box{c.x, r.header.bottom() + gap, c.w, std::round(c.h * meaningShare)};
    float top = r.meaning.bottom() + gap;
    r.indicators = Box{c.x, top, c.w, c.bottom() - top};
    return r;
}

HabitRegions farRegions(const HabitSlideData& data, const Frame& f) {
    Box c = f.content();
    float gap = f.len(f.theme.gap);
    Box column = c;
    if (!f.portrait()) column.w = std::round(c.w * 0.46f);
    float headerH = std::min(farHeaderHeight(data, column, f), std::round(c.h * 0.4f));
    HabitRegions r;
    r.header = Box{column.x, column.y, column.w, headerH};
    float meaningTop = r.header.bottom() + gap;
    if (f.portrait()) {
        float meaningH = std::min(farMeaningHeight(data, column, f), std::round(c.h * 0.35f));
        r.meaning = Box{c.x, meaningTop, c.w, meaningH};
        float top = r.meaning.bottom() + gap;
        r.indicators = Box{c.x, top, c.w, c.bottom() - top};
    } else {
        r.meaning = Box{column.x, meaningTop, column.w, c.bottom() - meaningTop};
        float left = column.right() + gap;
        r.indicators = Box{left, c.y, c.right() - left, c.h};
    }
    return r;
}

// A square badge in the habit's colour at the right of `area`, the icon in a contrasting ink;
// returns the width it takes, gap included. Decorative: the name beside it says the same.
float addIconBadge(const std::string& glyph, const Box& area, Color accent, Frame& f) {
    float side = std::round(std::min({area.h, f.len(kBadgeAt1080), area.w / 3}));
    Box badge{std::round(area.right() - side), std::round(area.y + (area.h - side) / 2), side,
              side};
    addRect(f.scene, badge, accent, f.len(f.theme.radius));
    SceneText icon;
    icon.text = glyph;
    icon.lang = kNoLanguage;
    icon.fontPx = static_cast<int>(std::round(side * kGlyphShare));
    icon.lineHeight = static_cast<float>(icon.fontPx);
    float px = static_cast<float>(icon.fontPx), offset = std::floor((side - px) / 2);
    icon.box = Box{badge.x + offset, badge.y + offset, px, px};
    icon.color = labelColorOn(accent, f.theme);
    icon.background = accent;
    icon.align = Align::Center;
    icon.lines = {glyph};
    icon.font = FontFamily::Icons;
    f.scene.items.emplace_back(std::move(icon));
    return side + f.len(f.theme.padding);
}

void addHeader(const HabitSlideData& data, const Box& panel, Color accent, Frame& f) {
    const Theme& t = f.theme;
    addRect(f.scene, panel, t.panel, f.len(t.radius));
    Box inner = inset(panel, f.len(t.padding));
    addRect(f.scene, Box{inner.x, inner.y, f.len(t.stripe), inner.h}, accent, f.len(t.stripe / 2));
    Box text = headerTextBox(panel, f);
    if (auto glyph = iconGlyph(data, f)) text.w -= addIconBadge(*glyph, text, accent, f);
    float kickerH = farRoom(f) ? 0.f : std::min(text.h * 0.36f, f.len(100));
    if (kickerH > 0) {
        TextStyle kickerStyle = panelStyle(t, 34);
        kickerStyle.color = t.inkSoft;
        addBlock(f.scene, fitStacked(phraseInEvery(Phrase::HabitsOfALearner),
                                     Box{text.x, text.y, text.w, kickerH}, kickerStyle, f));
    }
    Box name{text.x, text.y + kickerH, text.w, text.h - kickerH};
    TextStyle nameStyle = panelStyle(t, kNamePx, Weight::Bold);
    if (farRoom(f))
        nameStyle.pxCap = wordFitPx(data.name, name.w, f.font(kNamePx), Weight::Bold, f);
    TextBlock block = fitStacked(data.name, name, nameStyle, f);
    addCentred(f.scene, std::move(block), name.h);
}

void addMeaning(const HabitSlideData& data, const Box& panel, Frame& f) {
    addRect(f.scene, panel, f.theme.panel, f.len(f.theme.radius));
    Box inner = inset(panel, f.len(f.theme.padding));
    TextBlock block = fitStacked(data.meaning, inner, panelStyle(f.theme, kMeaningPx), f);
    addCentred(f.scene, std::move(block), inner.h);
}

} // namespace

void layoutHabit(const HabitSlideData& data, Frame& frame) {
    Color accent = colorOr(data.color, frame.theme.accent);
    bool sections = !habit::soundsLines(data, frame).empty();
    HabitRegions r = farRoom(frame) ? farRegions(data, frame) : nearRegions(frame, sections);
    addHeader(data, r.header, accent, frame);
    addMeaning(data, r.meaning, frame);
    habit::addIndicators(data, r.indicators, accent, frame);
}

} // namespace lantern::layout
