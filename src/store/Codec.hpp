#pragma once
// How the store writes domain values into columns and reads them back (see Schema.hpp for the
// conventions). Readers throw StoreError naming the column when the stored text is malformed.
#include "core/Content.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lantern::codec {

[[nodiscard]] std::string encodeText(const LangText& text); // JSON object
[[nodiscard]] LangText decodeText(const std::string& json, std::string_view column);

[[nodiscard]] std::string encodeList(const std::vector<std::string>& items); // JSON array
[[nodiscard]] std::vector<std::string> decodeList(const std::string& json, std::string_view column);

[[nodiscard]] std::string encodeDate(Days day); // "YYYY-MM-DD"
[[nodiscard]] Days decodeDate(const std::string& text, std::string_view column);

[[nodiscard]] std::int64_t encodeInstant(Instant instant); // ms since the epoch
[[nodiscard]] Instant decodeInstant(std::int64_t millis);

[[nodiscard]] const char* encodeStatus(CelebrationStatus status);
[[nodiscard]] CelebrationStatus decodeStatus(const std::string& text, std::string_view column);

} // namespace lantern::codec
