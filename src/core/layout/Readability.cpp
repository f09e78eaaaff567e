#include "core/layout/Readability.hpp"

#include "core/layout/TextFit.hpp"

#include <cmath>
#include <optional>

namespace lantern {
namespace {

constexpr float kTolerance = 0.5f;

bool overlaps(const Box& a, const Box& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

std::string describe(const SceneText& t, std::size_t index) {
    std::string head = t.text.substr(0, 40);
    return "text #" + std::to_string(index) + " [" + t.lang + "] \"" + head + "\"";
}

Box boxOf(const SceneItem& item) {
    return std::visit([](const auto& it) { return it.box; }, item);
}

struct Checker {
    const Scene& scene;
    int minPx;
    const TextMeasurer* measurer;
    std::vector<std::string> out;

    void checkOnScreen(const Box& b, std::size_t i) {
        Box screen{0, 0, static_cast<float>(scene.width), static_cast<float>(scene.height)};
        if (!screen.contains(b)) out.push_back("item #" + std::to_string(i) + " is off screen");
    }

    void checkPanel(const SceneText& t, std::size_t i) {
        std::optional<SceneRect> under;
        for (std::size_t k = 0; k < i; ++k)
            if (auto* r = std::get_if<SceneRect>(&scene.items[k]); r && overlaps(r->box, t.box))
                under = *r;
        if (!under || !under->box.contains(t.box) || under->color != t.background ||
            under->color.a != 255)
            out.push_back(describe(t, i) + " is not on an opaque panel of its background colour");
    }

    void checkLines(const SceneText& t, std::size_t i) {
        if (t.lines.empty() && !t.text.empty()) out.push_back(describe(t, i) + " has no lines");
        float needed = t.lineHeight * static_cast<float>(t.lines.size());
        if (needed > t.box.h + kTolerance)
            out.push_back(describe(t, i) + " has more lines than fit its box height");
        // An icon is one glyph of the icon font, centred by the renderer; the text font cannot
        // measure it. Its contrast and size are still checked like any text.
        if (!measurer || t.font == FontFamily::Icons) return;
        for (const auto& line : t.lines)
            if (measurer->width(line, t.fontPx, t.weight) > t.box.w + kTolerance)
                out.push_back(describe(t, i) + " has a line wider than its box: \"" + line + "\"");
    }

    void checkText(const SceneText& t, std::size_t i) {
        if (t.lang.empty()) out.push_back(describe(t, i) + " has no lang");
        double ratio = contrastRatio(t.color, t.background);
        if (ratio < 4.5)
            out.push_back(describe(t, i) + " has contrast " + std::to_string(ratio) +
                          " (below 4.5)");
        if (t.fontPx < minPx)
            out.push_back(describe(t, i) + " is " + std::to_string(t.fontPx) + " px (below " +
                          std::to_string(minPx) + ")");
        checkLines(t, i);
        checkPanel(t, i);
    }

    void run() {
        for (std::size_t i = 0; i < scene.items.size(); ++i) {
            checkOnScreen(boxOf(scene.items[i]), i);
            if (auto* t = std::get_if<SceneText>(&scene.items[i])) checkText(*t, i);
        }
    }
};

} // namespace

std::vector<std::string> checkReadability(const Scene& scene, float minPxAt1080) {
    Checker c{scene, minTextPx(scene.width, scene.height, minPxAt1080), nullptr, {}};
    c.run();
    return c.out;
}

std::vector<std::string> checkReadability(const Scene& scene, float minPxAt1080,
                                          const TextMeasurer& measurer) {
    Checker c{scene, minTextPx(scene.width, scene.height, minPxAt1080), &measurer, {}};
    c.run();
    return c.out;
}

} // namespace lantern
