#include "render/FontSet.hpp"

#include "RenderTestSupport.hpp"

#include <doctest/doctest.h>

using namespace lantern;
using namespace lantern::render;
using namespace lantern::render::test;

TEST_CASE("FontSet: the wanted files load and the set is not degraded") {
    const FontSet fonts({kNotoRegular, kNotoBold});
    CHECK(fonts.usable());
    CHECK_FALSE(fonts.degraded());
    CHECK(fonts.loadedPath(Weight::Regular) == kNotoRegular);
    CHECK(fonts.loadedPath(Weight::Bold) == kNotoBold);
}

TEST_CASE("FontSet: a missing file falls back to the first loadable fallback") {
    const std::string dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    const FontSet fonts({"/nonexistent/Regular.ttf", kNotoBold}, {"/nonexistent/x.ttf", dejavu});
    CHECK(fonts.usable());
    CHECK(fonts.degraded());
    CHECK(fonts.loadedPath(Weight::Regular) == dejavu);
    CHECK(fonts.loadedPath(Weight::Bold) == kNotoBold);
}

TEST_CASE("FontSet: the default fallbacks are used when none are given") {
    const FontSet fonts({"/nonexistent/Regular.ttf", "/nonexistent/Bold.ttf"});
    CHECK(fonts.usable());
    CHECK(fonts.degraded());
    CHECK(fonts.loadedPath(Weight::Bold) == defaultFallbackFonts(Weight::Bold).front());
}

TEST_CASE("FontSet: with nothing loadable it is unusable but does not throw") {
    const std::vector<std::string> none = {"/nonexistent/a.ttf"};
    const FontSet fonts({"/nonexistent/r.ttf", "/nonexistent/b.ttf"}, none, none);
    CHECK_FALSE(fonts.usable());
    CHECK(fonts.degraded());
    CHECK(fonts.loadedPath(Weight::Regular).empty());
}
