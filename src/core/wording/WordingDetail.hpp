#pragma once
// Internal to the wording library: which catalog a language reads, and how a catalog pattern
// becomes text.
#include "core/model/LangText.hpp"
#include "core/wording/Catalog.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace lantern::detail {

// The catalog for a BCP 47 tag: its language ("es-MX" -> es, "zh" and "zh-CN" -> zh-Hans,
// "zh-TW" -> zh-Hant), or nullptr when Lantern has no catalog for it.
[[nodiscard]] const Catalog* catalogFor(const std::string& lang);

[[nodiscard]] const Catalog& englishCatalog();

// The pattern `catalog` gives for `context`: its translation (English: the source when msgstr is
// empty), or nullopt when the entry is missing or untranslated.
[[nodiscard]] std::optional<std::string_view> patternIn(const Catalog& catalog,
                                                        std::string_view context);

// The ICU locale Lantern formats a catalog language in: the language with ASCII digits
// ("ar" -> "ar@numbers=latn"), as public screens use them everywhere for now.
[[nodiscard]] std::string icuLocaleId(std::string_view language);

// An ICU MessageFormat pattern formatted in `language` with `args` as {0}, {1}, …. An argument a
// plural or selectordinal counts by is read as a number; nullopt when the pattern does not parse
// or such an argument is not a number.
[[nodiscard]] std::optional<std::string> formatPattern(std::string_view pattern,
                                                       std::string_view language,
                                                       const std::vector<std::string>& args);

// The argument numbers a pattern uses ({0}, {1, plural, …}, nested ones too); nullopt when it does
// not parse or names an argument instead of numbering it.
[[nodiscard]] std::optional<std::set<int>> argumentNumbers(std::string_view pattern);

// The wording for `context` in `lang`: its catalog's pattern, else the English one, formatted with
// `args`; "" for a context no catalog has.
[[nodiscard]] std::string wording(std::string_view context, const std::string& lang,
                                  const std::vector<std::string>& args = {});

// wording() in every catalog language that translates `context`.
[[nodiscard]] LangText wordingInEvery(std::string_view context,
                                      const std::vector<std::string>& args = {});

// The contexts every catalog must translate: each Phrase's name, the grade and the alert wording.
[[nodiscard]] std::vector<std::string_view> requiredContexts();

// Contexts a catalog may add to replace ICU's dates for its language ("Date.Short", "Date.Long").
[[nodiscard]] std::vector<std::string_view> optionalContexts();

} // namespace lantern::detail
