#include "core/model/ImportReport.hpp"

#include <sstream>

namespace lantern {
namespace {

std::string located(const std::string& file, int line, const std::string& field,
                    const std::string& message) {
    std::string out = file;
    if (line > 0) out += (out.empty() ? "line " : ":") + std::to_string(line);
    if (!field.empty()) out += (out.empty() ? "" : ": ") + field;
    return out.empty() ? message : out + ": " + message;
}

} // namespace

bool ImportReport::changesSomething() const {
    for (const auto& [kind, c] : counts)
        if (c.changesSomething()) return true;
    return false;
}

std::string ImportReport::describe() const {
    std::ostringstream out;
    for (const auto& [kind, c] : counts)
        out << kind << ": " << c.added << " added, " << c.changed << " changed, " << c.removed
            << " removed, " << c.unchanged << " unchanged\n";
    for (std::size_t i = 0; i < warnings.size() && i < kMaxWarningsShown; ++i)
        out << "warning: " << warnings[i] << '\n';
    if (warnings.size() > kMaxWarningsShown)
        out << "(" << warnings.size() - kMaxWarningsShown << " more warnings)\n";
    return out.str();
}

ImportError::ImportError(std::string file_, int line_, std::string field_,
                         const std::string& message)
    : std::runtime_error(located(file_, line_, field_, message)), file(std::move(file_)),
      line(line_), field(std::move(field_)) {}

} // namespace lantern
