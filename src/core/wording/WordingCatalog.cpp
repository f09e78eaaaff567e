// Which catalog a language reads, and the wording a catalog gives (WordingDetail.hpp).
#include "core/wording/WordingDetail.hpp"

#include <unicode/locid.h>

#include <algorithm>
#include <cstring>

namespace lantern::detail {
namespace {

const Catalog* catalogNamed(std::string_view language) {
    for (const auto& c : catalogs())
        if (c.language == language) return &c;
    return nullptr;
}

const CatalogEntry* entryIn(const Catalog& catalog, std::string_view context) {
    for (const auto& e : catalog.entries)
        if (e.context == context) return &e;
    return nullptr;
}

} // namespace

const Catalog* catalogFor(const std::string& lang) {
    std::string tag = lang;
    std::replace(tag.begin(), tag.end(), '_', '-');
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
    if (U_FAILURE(status) || locale.isBogus()) return nullptr;
    const std::string_view language = locale.getLanguage();
    if (language != "zh") return catalogNamed(language);
    locale.addLikelySubtags(status); // "zh" -> zh_Hans_CN, "zh-TW" -> zh_Hant_TW
    const bool traditional = U_SUCCESS(status) && std::strcmp(locale.getScript(), "Hant") == 0;
    return catalogNamed(traditional ? "zh-Hant" : "zh-Hans");
}

const Catalog& englishCatalog() {
    static const Catalog* english = catalogNamed("en");
    return *english; // CMakeLists.txt always compiles catalogs/en.po
}

std::optional<std::string_view> patternIn(const Catalog& catalog, std::string_view context) {
    const CatalogEntry* e = entryIn(catalog, context);
    if (!e) return std::nullopt;
    if (!e->translation.empty()) return e->translation;
    if (catalog.language == "en") return e->source;
    return std::nullopt;
}

std::string icuLocaleId(std::string_view language) {
    std::string id(language);
    std::replace(id.begin(), id.end(), '-', '_');
    return id + "@numbers=latn";
}

std::string wording(std::string_view context, const std::string& lang,
                    const std::vector<std::string>& args) {
    if (const Catalog* c = catalogFor(lang))
        if (auto pattern = patternIn(*c, context))
            if (auto text = formatPattern(*pattern, c->language, args)) return *text;
    const auto english = patternIn(englishCatalog(), context);
    if (!english) return {};
    return formatPattern(*english, "en", args).value_or(std::string(*english));
}

LangText wordingInEvery(std::string_view context, const std::vector<std::string>& args) {
    LangText out;
    for (const auto& c : catalogs())
        if (patternIn(c, context)) {
            const std::string lang(c.language);
            out[lang] = wording(context, lang, args);
        }
    return out;
}

} // namespace lantern::detail
