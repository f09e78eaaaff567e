#pragma once
// An icon font (Material Icons, Debian package fonts-material-design-icons-iconfont) read with
// FreeType: icon names map to the code points that draw them. The font carries no glyph names
// (its 'post' table is version 3); the names live in its ligatures (GSUB lookup type 4: the
// letters "groups" form one glyph), so the map is built from those ligatures and the charmap;
// only ligatures onto Private Use Area code points count, so a text font names no icon.
// SFML does no shaping: the renderer draws the code point, never the name.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lantern {

class IconFont {
public:
    // nullptr when the file cannot be opened or names no icon. Never throws.
    [[nodiscard]] static std::unique_ptr<IconFont> open(const std::string& path);

    // The code point that draws icon `name` (e.g. "groups"), std::nullopt when the font has no
    // icon of that name.
    [[nodiscard]] std::optional<char32_t> codepoint(std::string_view name) const;
    // The same code point as UTF-8, ready for SceneText::text; std::nullopt as above.
    [[nodiscard]] std::optional<std::string> utf8(std::string_view name) const;
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] std::size_t size() const { return m_codepoints.size(); }

private:
    IconFont(std::string path, std::unordered_map<std::string, char32_t> codepoints);
    std::string m_path;
    std::unordered_map<std::string, char32_t> m_codepoints;
};

// The Debian path of the Material Icons font, tried when fontconfig does not know the family.
inline constexpr const char* kMaterialIconsPath =
    "/usr/share/fonts/truetype/material-design-icons-iconfont/MaterialIcons-Regular.ttf";

// UTF-8 bytes of one code point (U+FFFD for a surrogate or a value above U+10FFFF).
[[nodiscard]] std::string encodeUtf8(char32_t c);

} // namespace lantern
