// Mission slide: one calm panel with a small "Our mission" kicker and an accent rule above the
// statement, set large and centred with every language stacked, and the school's name small at
// the foot. The same arrangement serves both orientations; the text box is kept to a readable
// line length on wide screens.
#include "core/layout/SlideLayout.hpp"
#include "core/wording/Wording.hpp"

#include <algorithm>
#include <cmath>

namespace lantern::layout {
namespace {

// Lantern's own kicker in each shown language that has a phrase table (English if none does).
LangText missionKicker(const Frame& f) {
    LangText out;
    for (const auto& lang : f.languages)
        if (hasPhrases(lang)) out[lang] = phrase(Phrase::OurMission, lang);
    if (out.empty()) out["en"] = phrase(Phrase::OurMission, "en");
    return out;
}

TextStyle softStyle(const Frame& f, float maxPx) {
    TextStyle style = panelStyle(f.theme, maxPx, Weight::Regular, Align::Center);
    style.color = f.theme.inkSoft;
    return style;
}

struct MissionRegions {
    Box kicker, rule, statement, name;
};

MissionRegions missionRegions(const Box& inner, bool hasName, const Frame& f) {
    float w = std::min(inner.w, std::round(f.len(1500)));
    float x = inner.x + std::floor((inner.w - w) / 2);
    float kickerH = f.len(f.portrait() ? 130 : 110), ruleH = std::round(f.len(8));
    float ruleW = std::round(f.len(120)), gap = f.len(28);
    float nameH = hasName ? f.len(f.portrait() ? 130 : 100) : 0.f;
    MissionRegions r;
    r.kicker = Box{x, inner.y, w, kickerH};
    r.rule =
        Box{inner.x + std::floor((inner.w - ruleW) / 2), r.kicker.bottom() + gap, ruleW, ruleH};
    float top = r.rule.bottom() + gap;
    float bottom = inner.bottom() - (hasName ? nameH + gap : 0.f);
    r.statement = Box{x, top, w, bottom - top};
    r.name = Box{x, inner.bottom() - nameH, w, nameH};
    return r;
}

} // namespace

void layoutMission(const MissionSlideData& data, Frame& frame) {
    Frame& f = frame;
    const Theme& t = f.theme;
    Box panel = f.content();
    addRect(f.scene, panel, t.panel, f.len(t.radius));
    Box inner = inset(panel, f.len(t.padding * 2));
    const bool hasName = !f.shown(data.schoolName).empty();
    MissionRegions r = missionRegions(inner, hasName, f);
    addCentred(f.scene, fitStacked(missionKicker(f), r.kicker, softStyle(f, 36), f), r.kicker.h);
    addRect(f.scene, r.rule, t.accent, r.rule.h / 2);
    TextStyle statement = panelStyle(t, 72, Weight::Bold, Align::Center);
    addCentred(f.scene, fitStacked(data.statement, r.statement, statement, f), r.statement.h);
    if (hasName)
        addCentred(f.scene, fitStacked(data.schoolName, r.name, softStyle(f, 36), f), r.name.h);
}

} // namespace lantern::layout
