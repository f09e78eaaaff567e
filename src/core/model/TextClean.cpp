#include "core/model/TextClean.hpp"

namespace lantern {
namespace {

// Decodes one UTF-8 sequence at `i`; returns U+FFFD (and advances one byte) on a bad one.
char32_t next(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    int length = b < 0x80           ? 1
                 : (b >> 5) == 0x6  ? 2
                 : (b >> 4) == 0xe  ? 3
                 : (b >> 3) == 0x1e ? 4
                                    : 0;
    if (length == 0 || i + static_cast<std::size_t>(length) > s.size()) {
        ++i;
        return 0xfffd;
    }
    char32_t c = length == 1 ? b : b & (0xff >> (length + 1));
    for (int k = 1; k < length; ++k) {
        const auto cont = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((cont >> 6) != 0x2) {
            ++i;
            return 0xfffd;
        }
        c = (c << 6) | (cont & 0x3f);
    }
    i += static_cast<std::size_t>(length);
    return c;
}

void append(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xc0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xe0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (c & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (c & 0x3f));
    }
}

} // namespace

bool isEmojiCodepoint(char32_t c) {
    return (c >= 0x1f000 && c <= 0x1faff) || // pictographs, emoticons, transport, flags, ...
           (c >= 0x2600 && c <= 0x27bf) ||   // miscellaneous symbols and dingbats
           (c >= 0x2b00 && c <= 0x2bff) ||   // arrows and stars drawn as emoji
           c == 0xfe0f || c == 0xfe0e ||     // variation selectors
           c == 0x200d ||                    // zero-width joiner
           (c >= 0xe0020 && c <= 0xe007f) || // tag sequences
           c == 0x20e3;                      // combining keycap
}

std::string withoutEmoji(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = next(text, i);
        if (c == 0xfffd || isEmojiCodepoint(c)) continue;
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue; // close up the gap
        append(out, c);
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

} // namespace lantern
