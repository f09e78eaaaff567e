#include "core/model/LangText.hpp"

#include "core/model/TextClean.hpp"

#include <algorithm>
#include <string_view>

namespace lantern {
namespace {

// `s` without spaces (ASCII, no-break, thin, narrow no-break): "20 %" and "20%" say the same.
std::string withoutSpaces(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        std::string_view rest = std::string_view(s).substr(i);
        std::size_t skip = rest.starts_with(" ")                                      ? 1
                           : rest.starts_with("\u00A0")                               ? 2
                           : rest.starts_with("\u2009") || rest.starts_with("\u202F") ? 3
                                                                                      : 0;
        if (skip == 0) out += s[i++];
        i += skip;
    }
    return out;
}

} // namespace

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

std::vector<std::pair<std::string, std::string>>
shownTexts(const LangText& text, const std::vector<std::string>& languages) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& lang : languages) {
        if (!hasText(text, lang)) continue;
        std::string s = withoutEmoji(text.at(lang));
        if (s.empty()) continue;
        bool dup = std::any_of(out.begin(), out.end(), [&](auto& e) {
            return withoutSpaces(e.second) == withoutSpaces(s);
        });
        if (!dup) out.emplace_back(lang, std::move(s));
    }
    if (out.empty()) {
        // English first: Lantern's own wording exists in every language, and a screen whose
        // languages have none of a text should read the lingua franca, not the first by code.
        if (auto it = text.find("en"); it != text.end())
            if (auto clean = withoutEmoji(it->second); !clean.empty()) return {{"en", clean}};
        for (const auto& [lang, s] : text)
            if (auto clean = withoutEmoji(s); !clean.empty()) return {{lang, clean}};
    }
    return out;
}

} // namespace lantern
