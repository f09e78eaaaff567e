#include "core/text/TextMeasurer.hpp"

namespace lantern {

std::vector<std::size_t> TextMeasurer::lineBreaks(std::string_view utf8, std::string_view) const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < utf8.size(); ++i)
        if ((utf8[i] == ' ' || utf8[i] == '\n') && (i + 1 == utf8.size() || utf8[i + 1] != ' '))
            out.push_back(i + 1);
    if (out.empty() || out.back() != utf8.size()) out.push_back(utf8.size());
    return out;
}

std::vector<std::size_t> TextMeasurer::graphemes(std::string_view utf8) const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < utf8.size(); ++i)
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) out.push_back(i);
    out.push_back(utf8.size());
    return out;
}

bool TextMeasurer::rightToLeft(std::string_view) const {
    return false;
}

std::vector<GlyphRun> TextMeasurer::shapeLine(std::string_view, int, Weight, std::string_view,
                                              float, float) const {
    return {};
}

float TextMeasurer::ascent(int px, std::string_view lang) const {
    return lineHeight(px, lang) * 0.8f;
}

bool TextMeasurer::rendersCleanly(std::string_view, std::string_view, Weight) const {
    return true;
}

} // namespace lantern
