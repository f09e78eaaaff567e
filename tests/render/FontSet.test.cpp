#include "render/FontSet.hpp"

#include "RenderTestSupport.hpp"

#include <doctest/doctest.h>

#include <filesystem>

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

TEST_CASE("FontSet: the icon font is optional; a missing file leaves no icon font") {
    FontSet fonts({kNotoRegular, kNotoBold});
    CHECK(fonts.icons() == nullptr);
    CHECK_FALSE(fonts.loadIcons(""));
    CHECK_FALSE(fonts.loadIcons("/nonexistent/lantern/icons.ttf"));
    CHECK(fonts.icons() == nullptr);
    CHECK(fonts.usable()); // text still draws
    const std::string path =
        "/usr/share/fonts/truetype/material-design-icons-iconfont/MaterialIcons-Regular.ttf";
    if (!std::filesystem::exists(path)) return;
    CHECK(fonts.loadIcons(path));
    CHECK(fonts.icons() != nullptr);
}
