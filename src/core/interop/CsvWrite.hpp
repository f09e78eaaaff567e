#pragma once
// Writing CSV (RFC 4180) through libcsv: every field quoted, quotes doubled, CRLF line ends, so
// any spreadsheet reads names with commas, quotes or line breaks back unchanged.
#include <string>
#include <vector>

namespace lantern {

// One record, ending in "\r\n".
[[nodiscard]] std::string csvRow(const std::vector<std::string>& fields);

} // namespace lantern
