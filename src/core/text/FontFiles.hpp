#pragma once
// The files of the Latin text family (regular and bold), and decoding UTF-8 the one way Lantern
// does it.
#include <string>
#include <string_view>

namespace lantern {

struct FontFiles {
    std::string regular; // path to a .ttf/.otf
    std::string bold;    // may equal `regular` when no bold face exists
};

// Decodes UTF-8 into code points; each invalid or truncated sequence becomes U+FFFD.
[[nodiscard]] std::u32string decodeUtf8(std::string_view utf8);

} // namespace lantern
