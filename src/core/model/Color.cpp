#include "core/model/Color.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lantern {
namespace {

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

double channel(std::uint8_t v) {
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

std::optional<Color> Color::fromHex(std::string_view hex) {
    if (hex.size() != 7 && hex.size() != 9) return std::nullopt;
    if (hex[0] != '#') return std::nullopt;
    std::uint8_t v[4] = {0, 0, 0, 255};
    for (std::size_t i = 1, k = 0; i < hex.size(); i += 2, ++k) {
        int hi = hexDigit(hex[i]), lo = hexDigit(hex[i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        v[k] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return Color{v[0], v[1], v[2], v[3]};
}

std::string Color::hex() const {
    char buf[10];
    if (a == 255)
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x", r, g, b);
    else
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x%02x", r, g, b, a);
    return buf;
}

Color colorOr(std::string_view hex, Color fallback) {
    auto c = Color::fromHex(hex);
    return c ? *c : fallback;
}

double relativeLuminance(Color c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrastRatio(Color a, Color b) {
    double la = relativeLuminance(a), lb = relativeLuminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

Color blendOver(Color top, Color bottom) {
    auto mix = [&](std::uint8_t t, std::uint8_t u) {
        double alpha = top.a / 255.0;
        return static_cast<std::uint8_t>(std::lround(t * alpha + u * (1.0 - alpha)));
    };
    return Color{mix(top.r, bottom.r), mix(top.g, bottom.g), mix(top.b, bottom.b), 255};
}

} // namespace lantern
