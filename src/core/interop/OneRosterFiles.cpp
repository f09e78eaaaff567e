#include "core/interop/OneRosterFiles.hpp"

#include "core/model/ImportReport.hpp"

#include <zip.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <streambuf>

namespace lantern::oneroster {
namespace {

namespace fs = std::filesystem;

bool sameName(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

class FolderFiles : public SetFiles {
public:
    explicit FolderFiles(fs::path folder) : m_folder(std::move(folder)) {}

    std::unique_ptr<std::istream> open(const std::string& name) override {
        for (const auto& entry : fs::directory_iterator(m_folder)) {
            if (!entry.is_regular_file() || !sameName(entry.path().filename().string(), name))
                continue;
            auto in = std::make_unique<std::ifstream>(entry.path(), std::ios::binary);
            if (!*in) throw ImportError(label(name), 0, "", "cannot open the file");
            return in;
        }
        return nullptr;
    }
    std::string label(const std::string& name) const override { return name; }

private:
    fs::path m_folder;
};

// Reads one zip entry as it is decompressed.
class ZipEntryBuf : public std::streambuf {
public:
    explicit ZipEntryBuf(zip_file_t* file) : m_file(file) {}
    ~ZipEntryBuf() override { zip_fclose(m_file); }
    ZipEntryBuf(const ZipEntryBuf&) = delete;
    ZipEntryBuf& operator=(const ZipEntryBuf&) = delete;

protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        const zip_int64_t n = zip_fread(m_file, m_buffer.data(), m_buffer.size());
        if (n <= 0) return traits_type::eof();
        setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + n);
        return traits_type::to_int_type(*gptr());
    }

private:
    zip_file_t* m_file;
    std::array<char, 64 * 1024> m_buffer{};
};

class ZipEntryStream : public std::istream {
public:
    explicit ZipEntryStream(zip_file_t* file) : std::istream(nullptr), m_buf(file) {
        rdbuf(&m_buf);
    }

private:
    ZipEntryBuf m_buf;
};

class ZipFiles : public SetFiles {
public:
    ZipFiles(zip_t* archive, std::string zipName) : m_zip(archive), m_name(std::move(zipName)) {}
    ~ZipFiles() override { zip_discard(m_zip); }
    ZipFiles(const ZipFiles&) = delete;
    ZipFiles& operator=(const ZipFiles&) = delete;

    std::unique_ptr<std::istream> open(const std::string& name) override {
        const auto index = find(name);
        if (index < 0) return nullptr;
        zip_file_t* file = zip_fopen_index(m_zip, static_cast<zip_uint64_t>(index), 0);
        if (!file)
            throw ImportError(label(name), 0, "",
                              std::string("cannot read the entry: ") + zip_strerror(m_zip));
        return std::make_unique<ZipEntryStream>(file);
    }
    std::string label(const std::string& name) const override { return m_name + ":" + name; }

private:
    // The entry whose base name matches, preferring the shallowest (sets belong at the root,
    // but zips made from a folder keep the folder).
    zip_int64_t find(const std::string& name) const {
        zip_int64_t best = -1;
        std::size_t bestDepth = 0;
        const zip_int64_t count = zip_get_num_entries(m_zip, 0);
        for (zip_int64_t i = 0; i < count; ++i) {
            const char* raw = zip_get_name(m_zip, static_cast<zip_uint64_t>(i), 0);
            if (!raw) continue;
            const std::string_view entry(raw);
            const auto slash = entry.rfind('/');
            const auto base = slash == std::string_view::npos ? entry : entry.substr(slash + 1);
            const auto depth =
                static_cast<std::size_t>(std::count(entry.begin(), entry.end(), '/'));
            if (sameName(base, name) && (best < 0 || depth < bestDepth)) {
                best = i;
                bestDepth = depth;
            }
        }
        return best;
    }

    zip_t* m_zip;
    std::string m_name;
};

} // namespace

std::unique_ptr<SetFiles> openFolder(const fs::path& folder) {
    return std::make_unique<FolderFiles>(folder);
}

std::unique_ptr<SetFiles> openZip(const fs::path& zipPath) {
    int error = 0;
    zip_t* archive = zip_open(zipPath.c_str(), ZIP_RDONLY, &error);
    if (!archive) {
        zip_error_t detail;
        zip_error_init_with_code(&detail, error);
        const std::string message = zip_error_strerror(&detail);
        zip_error_fini(&detail);
        throw ImportError(zipPath.string(), 0, "", "not a readable zip archive (" + message + ")");
    }
    return std::make_unique<ZipFiles>(archive, zipPath.filename().string());
}

std::unique_ptr<SetFiles> openSet(const fs::path& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) return openFolder(path);
    if (!fs::exists(path, ec)) throw ImportError(path.string(), 0, "", "no such file or folder");
    return openZip(path);
}

} // namespace lantern::oneroster
