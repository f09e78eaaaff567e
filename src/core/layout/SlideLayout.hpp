#pragma once
// Lays out one public slide into a Scene for any screen size. Lengths are designed for a 1080 px
// short side and scaled by min(w, h) / 1080; orientation picks the arrangement (portrait stacks
// what landscape puts side by side). Every text is shown in each of ctx.languages that has it,
// stacked: the first language in the main ink, the others directly below, slightly smaller and
// softer. Every text sits on an opaque panel and is fitted (TextFit) so nothing overflows.
// Deterministic: the same input gives an identical Scene, all boxes on whole pixels.
//
// Sections: public API; layout::Frame and helpers shared by the per-kind files
// (LayoutHabit.cpp, LayoutProgress.cpp, LayoutCelebrations.cpp, LayoutNotice.cpp,
// LayoutMission.cpp, LayoutAnnouncement.cpp, LayoutHabitsOverview.cpp, LayoutQuote.cpp).
#include "core/layout/TextFit.hpp"
#include "core/layout/Theme.hpp"
#include "core/model/Scene.hpp"
#include "core/model/Slides.hpp"
#include "core/text/IconFont.hpp"
#include "core/text/TextMeasurer.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lantern {

struct LayoutContext {
    int width = 1920;
    int height = 1080;
    std::vector<std::string> languages; // display order; empty means {"en"}
    const TextMeasurer& measurer;
    // How far away people read this screen, in metres. Text is never smaller than the theme's
    // floor (28 px at 1080 for 3 m) scaled by distance / 3 when that is more than 3 m.
    double viewingDistanceM = 3.0;
    const IconFont* icons = nullptr; // icons are drawn only when set and the font has them
};

[[nodiscard]] Scene layoutSlide(const Slide& slide, const LayoutContext& ctx);

namespace layout {

// What every per-kind layout works with.
struct Frame {
    const LayoutContext& ctx;
    const Theme& theme;
    std::vector<std::string> languages;
    float scale = 1; // min(w, h) / 1080
    int minPx = 28;  // legible floor at this scale
    Scene& scene;

    [[nodiscard]] float len(float at1080) const { return at1080 * scale; }
    // A font size designed at 1080, scaled, never below minPx.
    [[nodiscard]] int font(float at1080) const;
    // The size of further languages for a first language at `px` (screen px).
    [[nodiscard]] int secondaryPx(int px) const;
    [[nodiscard]] bool portrait() const { return ctx.height > ctx.width; }
    // The screen less its margins.
    [[nodiscard]] Box content() const;
    // shownTexts over the frame's languages, less any text its fonts cannot draw whole (a
    // .notdef or an orphaned mark): another language shows instead, and when none can, nothing.
    [[nodiscard]] std::vector<std::pair<std::string, std::string>>
    shown(const LangText& text) const;
};

struct TextStyle {
    float maxPx = 40; // first language, designed at 1080
    Weight weight = Weight::Regular;
    Align align = Align::Left;
    Color color;
    Color softColor; // further languages
    Color background;
    int pxCap = 0; // when > 0, the first language is at most this many screen px
};

// Ink on the theme's panel, or on `background` with the theme's inks.
[[nodiscard]] TextStyle panelStyle(const Theme& theme, float maxPx, Weight weight = Weight::Regular,
                                   Align align = Align::Left);

struct TextBlock {
    std::vector<SceneText> texts;
    float height = 0;
};

// Fits the languages of `text` stacked top-down inside `box`, all shrinking together; when even
// the floor size does not fit, lines are shared out fairly and the rest ellipsized.
[[nodiscard]] TextBlock fitStacked(const LangText& text, const Box& box, const TextStyle& style,
                                   const Frame& frame);

// The largest first-language size in screen px (from style.maxPx down by shrinkStep, capped by
// style.pxCap) at which every text fits its box whole; minPx when one never does. Giving a set of
// cards this one size (as pxCap) makes them read evenly.
[[nodiscard]] int commonPx(const std::vector<std::pair<const LangText*, Box>>& texts,
                           const TextStyle& style, const Frame& frame);

// Width of a box that holds `s` on one line at `px` despite the fitting margin.
[[nodiscard]] float lineBoxWidth(const std::string& s, int px, Weight weight, const Frame& frame,
                                 std::string_view lang = {});

// The height of one line in each of the frame's languages stacked as fitStacked does (the first
// at `px`, the others at secondaryPx), with the gaps between them.
[[nodiscard]] float stackedLinesHeight(const Frame& frame, int px);

// Shapes every text item's lines into glyph runs (SceneText::runs) where its box puts them: each
// line in its slot of lineHeight, aligned in the box (Align::Left is the start of the line: the
// right edge for a right-to-left language). The last step of a layout, after rounding; icons
// keep their code point.
void shapeTexts(Scene& scene, const TextMeasurer& measurer);

// A slide whose first language reads right to left, mirrored: every box reflected across the
// screen's vertical centre, so panels, icons, accents, card order and bars run from the right.
// An end-aligned text becomes start-aligned (Align::Left, the start of its own language's
// line); centred and start-aligned texts keep their alignment. Before shapeTexts.
void mirrorScene(Scene& scene);

// Moves a block down by dy.
void shiftBlock(TextBlock& block, float dy, float dx = 0);
// Appends the block's texts, vertically centred in a box `boxHeight` tall starting at its top.
void addCentred(Scene& scene, TextBlock block, float boxHeight);
void addBlock(Scene& scene, TextBlock block);
void addRect(Scene& scene, const Box& box, Color color, float radius = 0);
[[nodiscard]] Box inset(const Box& box, float d);
// "7B Crew · Mathematics" per language; a part missing in a language falls back to English.
[[nodiscard]] LangText joinTitles(const LangText& first, const LangText& second);

// Dark or light label colour, whichever contrasts more with `fill` (always >= 4.5:1).
[[nodiscard]] Color labelColorOn(Color fill, const Theme& theme);

void layoutHabit(const HabitSlideData& data, Frame& frame);
void layoutProgress(const ProgressSlideData& data, Frame& frame);
void layoutCelebrations(const CelebrationSlideData& data, Frame& frame);
void layoutMission(const MissionSlideData& data, Frame& frame);
void layoutAnnouncement(const AnnouncementSlideData& data, Frame& frame);
void layoutHabitsOverview(const HabitsOverviewSlideData& data, Frame& frame);
void layoutQuote(const QuoteSlideData& data, Frame& frame);
// The progress boards (LayoutClassWall.cpp, LayoutGradeBoard.cpp, LayoutSpotlight.cpp).
void layoutClassWall(const ClassWallSlideData& data, Frame& frame);
void layoutGradeBoard(const GradeBoardSlideData& data, Frame& frame);
void layoutSpotlight(const CompetencySpotlightData& data, Frame& frame);
// A bar on the theme's track, filled to `percent` (none when nullopt) in `fill`, with `text` on
// it: inside the fill when it fits whole, else on the track beside it (LayoutClassWall.cpp).
void addLabelledBar(const Box& bar, std::optional<int> percent, const LangText& text, Color fill,
                    float labelPx, Frame& frame);
// A calm notice centred in `area` (a progress slide that shows no bars). With `explain`, a
// softer line below says why small groups are not shown (it protects them; it is no error).
void layoutNotice(const LangText& message, bool explain, const Box& area, Frame& frame);

} // namespace layout
} // namespace lantern
