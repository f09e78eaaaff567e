#include "core/text/IconFont.hpp"

#include "core/demo/DemoSchoolDetail.hpp"
#include "core/text/FontLocator.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace lantern;

namespace {

// The Debian font, or nullptr (the test then says so and skips).
std::unique_ptr<IconFont> materialIcons() {
    auto font = IconFont::open(kMaterialIconsPath);
    if (!font) MESSAGE("skipped: fonts-material-design-icons-iconfont is not installed");
    return font;
}

} // namespace

TEST_CASE("IconFont: icon names map to the code points the font's ligatures form") {
    auto font = materialIcons();
    if (!font) return;
    CHECK(font->size() > 1000);
    // The values Google publishes for these names (codepoints file, _variables.scss).
    CHECK(font->codepoint("groups") == char32_t{0xF233});
    CHECK(font->codepoint("task_alt") == char32_t{0xE2E6});
    CHECK(font->codepoint("search") == char32_t{0xE8B6});
    CHECK(font->codepoint("volunteer_activism") == char32_t{0xEA70});
    CHECK(font->codepoint("trending_up") == char32_t{0xE8E5});
    CHECK(font->codepoint("3d_rotation") == char32_t{0xE84D});
    CHECK(font->path() == kMaterialIconsPath);
}

TEST_CASE("IconFont: an unknown or partial name has no code point") {
    auto font = materialIcons();
    if (!font) return;
    CHECK_FALSE(font->codepoint("no_such_icon_lantern"));
    CHECK_FALSE(font->codepoint("group_"));
    CHECK_FALSE(font->codepoint("Groups"));
    CHECK_FALSE(font->codepoint(""));
    CHECK_FALSE(font->utf8("no_such_icon_lantern"));
}

TEST_CASE("IconFont: utf8 gives the code point's bytes, ready for a SceneText") {
    auto font = materialIcons();
    if (!font) return;
    CHECK(font->utf8("groups") == std::string("\xEF\x88\xB3"));
}

TEST_CASE("IconFont: the demo school's habit icons all exist in the font") {
    auto font = materialIcons();
    if (!font) return;
    for (const auto& habit : demo::demoHabits()) {
        CAPTURE(habit.id);
        CHECK_FALSE(habit.icon.empty());
        CHECK(font->codepoint(habit.icon));
    }
}

TEST_CASE("IconFont: a missing file or a text font (ligatures, no icons) opens as nullptr") {
    CHECK(IconFont::open("") == nullptr);
    CHECK(IconFont::open("/nonexistent/lantern/icons.ttf") == nullptr);
    const char* text = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    if (std::filesystem::exists(text)) CHECK(IconFont::open(text) == nullptr);
}

TEST_CASE("IconFont: encodeUtf8 writes one to four bytes and replaces invalid values") {
    CHECK(encodeUtf8(U'A') == "A");
    CHECK(encodeUtf8(U'\u00e9') == "\xC3\xA9");
    CHECK(encodeUtf8(U'\uE8B6') == "\xEE\xA2\xB6");
    CHECK(encodeUtf8(U'\U0001F600') == "\xF0\x9F\x98\x80");
    CHECK(encodeUtf8(char32_t{0xD800}) == "\xEF\xBF\xBD");
    CHECK(encodeUtf8(char32_t{0x110000}) == "\xEF\xBF\xBD");
    CHECK(decodeUtf8(encodeUtf8(U'\uF233')) == std::u32string{U'\uF233'});
}

TEST_CASE("IconFont: locateIconFont never returns a text font for a missing family") {
    CHECK_FALSE(locateIconFont("No Such Icons Lantern", "/nonexistent/icons.ttf"));
    if (!std::filesystem::exists(kMaterialIconsPath)) return;
    CHECK(locateIconFont("No Such Icons Lantern", kMaterialIconsPath) == kMaterialIconsPath);
    auto found = locateIconFont();
    REQUIRE(found);
    CHECK(IconFont::open(*found) != nullptr);
}
