#pragma once
// The translation catalogs compiled into lantern_wording: catalogs/<language>.po, turned into C++
// at build time by PoToCpp.cpp (see CMakeLists.txt for why not at run time). Internal to the
// wording library and its tests.
#include <span>
#include <string_view>

namespace lantern::detail {

// One PO entry. `source` is the English ICU MessageFormat pattern (msgid); `translation` the
// pattern in the catalog's language (msgstr), "" when untranslated or fuzzy.
struct CatalogEntry {
    std::string_view context; // msgctxt: a Phrase's name, "Grade.Title", "Alert.Hold.title", …
    std::string_view source;
    std::string_view translation;
};

struct Catalog {
    std::string_view language; // "en", "es", "zh-Hans", …: the file name
    std::string_view header;   // the comment above the PO header entry
    std::span<const CatalogEntry> entries;
};

// Every compiled catalog, in the order CMakeLists.txt lists them (English first).
[[nodiscard]] std::span<const Catalog> catalogs();

} // namespace lantern::detail
