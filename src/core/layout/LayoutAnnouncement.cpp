// Announcement slide: a header panel with the title (accent stripe at its left, as on habit
// slides), then an accent card with the date and, larger below it, the countdown, and the text on
// its own panel: side by side in landscape (date card on the left), stacked in portrait. A part
// with no words is left out and the other takes its room.
#include "core/layout/SlideLayout.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace lantern::layout {
namespace {

struct AnnouncementRegions {
    Box header, when, text;
};

AnnouncementRegions announcementRegions(bool hasWhen, bool hasText, const Frame& f) {
    Box c = f.content();
    float gap = f.len(f.theme.gap);
    float headerH = std::round(c.h * (f.portrait() ? 0.22f : 0.3f));
    AnnouncementRegions r;
    r.header = Box{c.x, c.y, c.w, headerH};
    Box body{c.x, r.header.bottom() + gap, c.w, c.bottom() - r.header.bottom() - gap};
    if (!hasWhen || !hasText) {
        (hasWhen ? r.when : r.text) = body;
        return r;
    }
    if (f.portrait()) {
        float whenH = std::round(body.h * 0.3f);
        r.when = Box{body.x, body.y, body.w, whenH};
        r.text = Box{body.x, r.when.bottom() + gap, body.w, body.bottom() - r.when.bottom() - gap};
    } else {
        float whenW = std::round(body.w * 0.4f);
        r.when = Box{body.x, body.y, whenW, body.h};
        r.text = Box{r.when.right() + gap, body.y, body.right() - r.when.right() - gap, body.h};
    }
    return r;
}

void addTitle(const LangText& title, const Box& panel, Frame& f) {
    const Theme& t = f.theme;
    addRect(f.scene, panel, t.panel, f.len(t.radius));
    float pad = f.len(t.padding);
    Box inner = inset(panel, pad);
    addRect(f.scene, Box{inner.x, inner.y, f.len(t.stripe), inner.h}, t.accent,
            f.len(t.stripe / 2));
    float textX = inner.x + f.len(t.stripe) + pad;
    Box text{textX, inner.y, inner.right() - textX, inner.h};
    addCentred(f.scene, fitStacked(title, text, panelStyle(t, 88, Weight::Bold), f), text.h);
}

// `when` split at its " · " into the date and the countdown, per language.
std::pair<LangText, LangText> splitWhen(const LangText& when) {
    static const std::string kSep = " · ";
    LangText date, countdown;
    for (const auto& [lang, s] : when) {
        const auto at = s.find(kSep);
        date[lang] = s.substr(0, at);
        if (at != std::string::npos) countdown[lang] = s.substr(at + kSep.size());
    }
    return {date, countdown};
}

// The date, and below it the countdown, in the label colour that reads best on the accent.
void addWhen(const LangText& when, const Box& card, Frame& f) {
    const Theme& t = f.theme;
    addRect(f.scene, card, t.accent, f.len(t.radius));
    Box inner = inset(card, f.len(t.padding * 1.5f));
    Color ink = labelColorOn(t.accent, t);
    auto [date, countdown] = splitWhen(when);
    const bool hasCountdown = !f.shown(countdown).empty();
    float gap = f.len(t.gap * 2);
    float dateH = hasCountdown ? std::floor((inner.h - gap) / 2) : inner.h;
    TextBlock top = fitStacked(date, Box{inner.x, inner.y, inner.w, dateH},
                               TextStyle{52, Weight::Bold, Align::Center, ink, ink, t.accent}, f);
    if (!hasCountdown) return addCentred(f.scene, std::move(top), inner.h);
    TextBlock bottom =
        fitStacked(countdown, Box{inner.x, inner.y, inner.w, inner.h - dateH - gap},
                   TextStyle{68, Weight::Bold, Align::Center, ink, ink, t.accent}, f);
    const float dy = std::floor((inner.h - top.height - gap - bottom.height) / 2);
    shiftBlock(top, std::max(0.f, dy));
    shiftBlock(bottom, std::max(0.f, dy) + top.height + gap);
    addBlock(f.scene, std::move(top));
    addBlock(f.scene, std::move(bottom));
}

void addText(const LangText& text, const Box& panel, Frame& f) {
    addRect(f.scene, panel, f.theme.panel, f.len(f.theme.radius));
    Box inner = inset(panel, f.len(f.theme.padding * 1.5f));
    addCentred(f.scene, fitStacked(text, inner, panelStyle(f.theme, 52), f), inner.h);
}

} // namespace

void layoutAnnouncement(const AnnouncementSlideData& data, Frame& frame) {
    const bool hasWhen = !frame.shown(data.when).empty();
    const bool hasText = !frame.shown(data.text).empty();
    AnnouncementRegions r = announcementRegions(hasWhen, hasText, frame);
    addTitle(data.title, r.header, frame);
    if (hasWhen) addWhen(data.when, r.when, frame);
    if (hasText) addText(data.text, r.text, frame);
}

} // namespace lantern::layout
