#pragma once
// Measuring text is the one thing layout needs from fonts. Core measures with FreeType directly
// (FontMetrics) on the same font files the renderer draws with, so a Scene can be laid out
// without a window or a GPU.
#include "core/model/Scene.hpp"

#include <string_view>

namespace lantern {

class TextMeasurer {
public:
    virtual ~TextMeasurer() = default;
    // Advance width in px of a UTF-8 string on one line at `px` pixels.
    [[nodiscard]] virtual float width(std::string_view utf8, int px, Weight weight) const = 0;
    // Recommended distance between baselines at `px` pixels.
    [[nodiscard]] virtual float lineHeight(int px) const = 0;
};

} // namespace lantern
