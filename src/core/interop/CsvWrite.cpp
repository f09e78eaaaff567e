#include "core/interop/CsvWrite.hpp"

#include <csv.h>

namespace lantern {

std::string csvRow(const std::vector<std::string>& fields) {
    std::string row;
    std::string buffer;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string& f = fields[i];
        buffer.resize(f.size() * 2 + 2); // csv_write's worst case: every byte a quote, plus two
        const std::size_t n = csv_write(buffer.data(), buffer.size(), f.data(), f.size());
        if (i > 0) row += ',';
        row.append(buffer.data(), n);
    }
    row += "\r\n";
    return row;
}

} // namespace lantern
