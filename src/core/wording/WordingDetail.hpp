#pragma once
// Internal to the wording library: which table a language reads from.
#include <string>

namespace lantern::detail {

[[nodiscard]] inline bool isSpanish(const std::string& lang) {
    return lang == "es" || lang.starts_with("es-");
}

} // namespace lantern::detail
