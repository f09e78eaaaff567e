#pragma once
// The languages Lantern shows text in: the ten of New York City schools (English and the nine it
// translates into) with the script, direction and font family each is set in. Fonts are chosen
// here, per language and script, not guessed by fontconfig (which picks a Kufi face for Urdu).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lantern {

struct Language {
    std::string tag;     // BCP 47, as the school writes it: "en", "ar", "zh-Hans"
    std::string name;    // in English, for staff: "Arabic"
    std::string endonym; // in itself, for families choosing: "العربية"
    bool rightToLeft = false;
    // The family its own script is set in ("Noto Naskh Arabic"); Latin text inside it (names,
    // numbers) is set in the Latin family.
    std::string family;
    bool hasBold = true; // false: bold text is set in the regular face
};

// The ten, in the order a school lists them.
[[nodiscard]] const std::vector<Language>& languages();

// The language `tag` names ("es-US" is Spanish, "zh-CN" Simplified and "zh-TW" Traditional
// Chinese), or std::nullopt for a language Lantern cannot set.
[[nodiscard]] std::optional<Language> findLanguage(std::string_view tag);

// The tags of languages(), for messages: "en, es, ar, …".
[[nodiscard]] std::string knownLanguageTags();

// Whether text in `tag` reads right to left (Arabic, Urdu; an unknown tag: no).
[[nodiscard]] bool isRightToLeft(std::string_view tag);

// The family Latin text is set in everywhere.
inline constexpr const char* kLatinFamily = "Noto Sans";

} // namespace lantern
