#include "core/text/FontFiles.hpp"

namespace lantern {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

int sequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 0;
}

// Decodes one code point at `i`, advancing `i`; returns U+FFFD for a malformed sequence.
char32_t decodeOne(std::string_view s, std::size_t& i) {
    auto lead = static_cast<unsigned char>(s[i]);
    int len = sequenceLength(lead);
    if (len == 0 || i + len > s.size()) {
        ++i;
        return kReplacement;
    }
    char32_t cp = len == 1 ? lead : (lead & (0x7F >> len));
    for (int k = 1; k < len; ++k) {
        auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) {
            ++i;
            return kReplacement;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    i += len;
    return cp > 0x10FFFF ? kReplacement : cp;
}

} // namespace

std::u32string decodeUtf8(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();)
        out.push_back(decodeOne(utf8, i));
    return out;
}

} // namespace lantern
