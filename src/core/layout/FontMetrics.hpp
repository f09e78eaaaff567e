#pragma once
// A TextMeasurer that reads font files with FreeType the way SFML 2.5's sf::Text advances glyphs
// (FT_Set_Pixel_Sizes(face, 0, px); FT_LOAD_TARGET_NORMAL | FT_LOAD_FORCE_AUTOHINT; advance =
// horiAdvance / 64; legacy kerning / 64), so a Scene laid out headless matches what the renderer
// draws within a pixel or so per line. Bold text is measured with the bold file, as the renderer
// draws it with that file (not with sf::Text::Bold).
#include "core/layout/TextMeasurer.hpp"

#include <memory>
#include <string>

namespace lantern {

struct FontFiles {
    std::string regular; // path to a .ttf/.otf
    std::string bold;    // may equal `regular` when no bold face exists
};

class FontMetrics final : public TextMeasurer {
public:
    // Opens both files. Throws std::runtime_error naming the file when one cannot be opened, so
    // callers can log it and fall back to another font.
    [[nodiscard]] static std::unique_ptr<FontMetrics> open(const FontFiles& files);
    ~FontMetrics() override;
    FontMetrics(const FontMetrics&) = delete;
    FontMetrics& operator=(const FontMetrics&) = delete;

    // Invalid UTF-8 bytes count as U+FFFD; code points the font lacks advance by its .notdef
    // glyph, as SFML draws them. Advances are cached per (code point, px, weight). Thread-safe.
    [[nodiscard]] float width(std::string_view utf8, int px, Weight weight) const override;
    // face->size->metrics.height / 64 of the regular face at `px`.
    [[nodiscard]] float lineHeight(int px) const override;

    [[nodiscard]] const FontFiles& files() const { return m_files; }

private:
    struct Impl;
    FontMetrics(FontFiles files, std::unique_ptr<Impl> impl);
    FontFiles m_files;
    std::unique_ptr<Impl> m_impl;
};

// Decodes UTF-8 into code points; each invalid or truncated sequence becomes U+FFFD.
[[nodiscard]] std::u32string decodeUtf8(std::string_view utf8);

} // namespace lantern
