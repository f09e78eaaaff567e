#include "core/model/Color.hpp"

#include <doctest/doctest.h>

using namespace lantern;

TEST_CASE("Color: hex round trip and rejection of malformed input") {
    auto c = Color::fromHex("#1a2B3c");
    REQUIRE(c);
    CHECK(c->r == 0x1a);
    CHECK(c->g == 0x2b);
    CHECK(c->b == 0x3c);
    CHECK(c->hex() == "#1a2b3c");
    CHECK(Color::fromHex("#11223380")->hex() == "#11223380");
    CHECK_FALSE(Color::fromHex("1a2b3c"));
    CHECK_FALSE(Color::fromHex("#12345"));
    CHECK_FALSE(Color::fromHex("#zz0000"));
    CHECK(colorOr("nope", Color{1, 2, 3}) == Color{1, 2, 3});
}

TEST_CASE("Color: WCAG contrast matches the reference values") {
    CHECK(contrastRatio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(contrastRatio({255, 255, 255}, {255, 255, 255}) == doctest::Approx(1.0));
    // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
    CHECK(contrastRatio({0x76, 0x76, 0x76}, {255, 255, 255}) ==
          doctest::Approx(4.54).epsilon(0.01));
}

TEST_CASE("Color: blending half-transparent black over white gives mid grey") {
    Color c = blendOver({0, 0, 0, 128}, {255, 255, 255});
    CHECK(c.r == 127);
    CHECK(c.a == 255);
}
