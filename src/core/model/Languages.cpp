#include "core/model/Languages.hpp"

#include <algorithm>
#include <cctype>

namespace lantern {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

const std::vector<Language>& languages() {
    static const std::vector<Language> all{
        {"en", "English", "English", false, kLatinFamily},
        {"es", "Spanish", "Español", false, kLatinFamily},
        {"ar", "Arabic", "العربية", true, "Noto Naskh Arabic"},
        {"bn", "Bengali", "বাংলা", false, "Noto Sans Bengali"},
        {"zh-Hans", "Chinese (Simplified)", "简体中文", false, "Noto Sans CJK SC"},
        {"zh-Hant", "Chinese (Traditional)", "繁體中文", false, "Noto Sans CJK TC"},
        {"fr", "French", "Français", false, kLatinFamily},
        {"ht", "Haitian Creole", "Kreyòl ayisyen", false, kLatinFamily},
        {"ko", "Korean", "한국어", false, "Noto Sans CJK KR"},
        {"ru", "Russian", "Русский", false, kLatinFamily},
        {"ur", "Urdu", "اردو", true, "Noto Nastaliq Urdu"},
    };
    return all;
}

std::optional<Language> findLanguage(std::string_view tag) {
    const std::string t = lower(tag);
    auto byTag = [&](std::string_view wanted) -> std::optional<Language> {
        for (const auto& l : languages())
            if (lower(l.tag) == wanted) return l;
        return std::nullopt;
    };
    if (auto exact = byTag(t)) return exact;
    if (t == "zh" || t.starts_with("zh-cn") || t.starts_with("zh-sg") || t.starts_with("zh-hans"))
        return byTag("zh-hans");
    if (t.starts_with("zh-tw") || t.starts_with("zh-hk") || t.starts_with("zh-mo") ||
        t.starts_with("zh-hant"))
        return byTag("zh-hant");
    const auto dash = t.find('-');
    if (dash != std::string::npos) return byTag(t.substr(0, dash));
    return std::nullopt;
}

bool isRightToLeft(std::string_view tag) {
    const auto l = findLanguage(tag);
    return l && l->rightToLeft;
}

std::string knownLanguageTags() {
    std::string out;
    for (const auto& language : languages())
        out += (out.empty() ? "" : ", ") + language.tag;
    return out;
}

} // namespace lantern
