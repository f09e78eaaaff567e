#pragma once
// The Scene: a slide laid out as a display list. It is the contract between deciding what a
// screen shows (core) and drawing it (render). It holds no learner identities, only the strings
// that appear on screen. Its JSON form is public: docs/scene-format.md.
#include "core/model/Color.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace lantern {

struct Box {
    float x = 0, y = 0, w = 0, h = 0;
    [[nodiscard]] float right() const { return x + w; }
    [[nodiscard]] float bottom() const { return y + h; }
    [[nodiscard]] bool contains(const Box& o) const {
        return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
    }
    friend bool operator==(const Box&, const Box&) = default;
};

// How an item enters when its slide comes on screen: invisible and `rise` px lower until
// `delayMs` after the slide appeared, then over `durationMs` fading in and rising to its place
// (eased), then static where the Scene puts it. durationMs 0 (the default): always static. The
// Scene's boxes and colours are the final state; readability checks apply to that.
struct SceneEnter {
    int delayMs = 0;
    int durationMs = 0;
    float rise = 0; // px, downwards at the start
    [[nodiscard]] bool animated() const { return durationMs > 0; }
    [[nodiscard]] int endMs() const { return animated() ? delayMs + durationMs : 0; }
    friend bool operator==(const SceneEnter&, const SceneEnter&) = default;
};

enum class Align { Left, Center, Right };
enum class Weight { Regular, Bold };
// Text: the school's text font (FontLocator). Icons: the icon font (IconFont); the text is the
// UTF-8 of one icon's code point, drawn centred in its box at fontPx. Icons are decorative: the
// words they stand beside always say the same thing.
enum class FontFamily { Text, Icons };

// One glyph of a shaped run: its id in the run's font, and where its origin sits, in Scene px
// (y is the baseline). Positions are multiples of 1/64 px, so they print exactly.
struct Glyph {
    std::uint32_t id = 0;
    float x = 0, y = 0;
    friend bool operator==(const Glyph&, const Glyph&) = default;
};

// Glyphs of one font face at one size and direction, in visual order (left to right on the
// screen), already positioned: the renderer rasterizes these ids and never shapes.
struct GlyphRun {
    std::string font; // the font file
    int face = 0;     // the face in it (a .ttc holds several)
    int px = 32;
    bool rtl = false;
    std::vector<Glyph> glyphs;
    friend bool operator==(const GlyphRun&, const GlyphRun&) = default;
};

// A run of text already fitted to its box: `lines` are the wrapped lines in order (logical
// order, as written), each drawn at `fontPx` with baseline spacing `lineHeight`, starting at
// box.y; `runs` are those lines shaped (core/text), every glyph in place. The renderer draws the
// runs; it never re-wraps or shapes. `background` is the opaque colour behind the text (for
// contrast checks).
struct SceneText {
    std::string text;
    std::string lang;
    int fontPx = 32;
    float lineHeight = 40;
    Box box;
    Color color;
    Color background;
    Align align = Align::Left;
    Weight weight = Weight::Regular;
    std::vector<std::string> lines;
    FontFamily font = FontFamily::Text;
    SceneEnter enter{};
    std::vector<GlyphRun> runs{};
};

struct SceneRect {
    Box box;
    Color color;
    float radius = 0; // rounded corners, in px
    SceneEnter enter{};
};

// An image from media/ (path relative to the media folder), scaled to fit its box.
struct SceneImage {
    std::string source;
    Box box;
    SceneEnter enter{};
};

using SceneItem = std::variant<SceneText, SceneRect, SceneImage>;

struct SlideInfo {
    std::string id;
    std::string kind; // habit | progress | celebrations
    std::string why;  // why this slide is on screen now, in words
};

struct Scene {
    int width = 1920;
    int height = 1080;
    SlideInfo slide;
    Color background;             // the colour the animated background averages to
    std::vector<SceneItem> items; // drawn in order
};

[[nodiscard]] inline const SceneEnter& enterOf(const SceneItem& item) {
    return std::visit([](const auto& it) -> const SceneEnter& { return it.enter; }, item);
}

// When the last item has finished entering, in ms after the slide appeared; 0 when static.
[[nodiscard]] inline int enterEndMs(const Scene& scene) {
    int end = 0;
    for (const auto& item : scene.items)
        end = std::max(end, enterOf(item).endMs());
    return end;
}

} // namespace lantern
