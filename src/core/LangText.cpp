#include "core/LangText.hpp"

namespace lantern {

bool hasText(const LangText& text, const std::string& lang) {
    auto it = text.find(lang);
    return it != text.end() && !it->second.empty();
}

std::string pickText(const LangText& text, const std::string& lang,
                     const std::vector<std::string>& fallbacks) {
    if (hasText(text, lang)) return text.at(lang);
    for (const auto& f : fallbacks)
        if (hasText(text, f)) return text.at(f);
    return {};
}

} // namespace lantern
