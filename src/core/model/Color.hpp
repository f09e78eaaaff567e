#pragma once
// sRGB colours with the WCAG 2.x contrast arithmetic the readability rules use.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lantern {

struct Color {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;

    [[nodiscard]] static std::optional<Color> fromHex(std::string_view hex); // "#rrggbb[aa]"
    [[nodiscard]] std::string hex() const; // "#rrggbb", or "#rrggbbaa" when not opaque
    friend bool operator==(const Color&, const Color&) = default;
};

// Parses "#rrggbb"; returns `fallback` when the string is not a colour.
[[nodiscard]] Color colorOr(std::string_view hex, Color fallback);

// WCAG relative luminance of an opaque colour, 0..1.
[[nodiscard]] double relativeLuminance(Color c);
// WCAG contrast ratio between two opaque colours, 1..21.
[[nodiscard]] double contrastRatio(Color a, Color b);
// `top` composited over opaque `bottom`.
[[nodiscard]] Color blendOver(Color top, Color bottom);

} // namespace lantern
