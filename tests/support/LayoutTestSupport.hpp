#pragma once
// Measurers for layout tests: Noto Sans when installed (what screens use), and a deliberately
// wide one so fitting is exercised harder, fonts or not.
#include "core/text/FontFiles.hpp"
#include "core/text/TextEngine.hpp"
#include "core/text/TextMeasurer.hpp"

#include <filesystem>
#include <memory>
#include <string_view>

namespace lantern::testing {

inline std::unique_ptr<TextMeasurer> notoMeasurer() {
    const char* r = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
    const char* b = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";
    if (!std::filesystem::exists(r) || !std::filesystem::exists(b)) return nullptr;
    return TextEngine::open({r, b});
}

// Wider than Noto Sans on purpose.
class WideMeasurer final : public TextMeasurer {
public:
    float width(std::string_view s, int px, Weight w, std::string_view) const override {
        return static_cast<float>(decodeUtf8(s).size()) * static_cast<float>(px) *
               (w == Weight::Bold ? 0.62f : 0.58f);
    }
    float lineHeight(int px, std::string_view) const override {
        return 1.36f * static_cast<float>(px);
    }
};

} // namespace lantern::testing
