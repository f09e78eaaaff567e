#pragma once
// Where a OneRoster set's CSV files come from: a folder or a .zip (read entry by entry through
// libzip, never extracted to disk). File names are matched case-insensitively ("userprofiles.csv"
// is "userProfiles.csv"), as real exports vary.
#include <filesystem>
#include <istream>
#include <memory>
#include <string>

namespace lantern::oneroster {

class SetFiles {
public:
    virtual ~SetFiles() = default;
    // The file's contents as a stream, or nullptr when the set has no such file. `name` is
    // e.g. "users.csv". Throws ImportError when the file exists but cannot be read.
    [[nodiscard]] virtual std::unique_ptr<std::istream> open(const std::string& name) = 0;
    // How messages name the file: "users.csv" for a folder, "set.zip:users.csv" for a zip.
    [[nodiscard]] virtual std::string label(const std::string& name) const = 0;
};

// A folder holding the set's CSV files at its top level.
[[nodiscard]] std::unique_ptr<SetFiles> openFolder(const std::filesystem::path& folder);
// A .zip with the files at its root. Throws ImportError (file = the zip, line 0) when the file
// is missing or is not a zip archive.
[[nodiscard]] std::unique_ptr<SetFiles> openZip(const std::filesystem::path& zip);
// A folder, or else a zip. Throws ImportError when `path` does not exist.
[[nodiscard]] std::unique_ptr<SetFiles> openSet(const std::filesystem::path& path);

} // namespace lantern::oneroster
