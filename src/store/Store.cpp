#include "store/Store.hpp"

#include "store/Schema.hpp"

#include <utility>

namespace lantern {
namespace {

bool isMemory(const std::filesystem::path& path) {
    return path.empty() || path == ":memory:" || path.string().starts_with("file::memory:");
}

// Reading the header is the first thing that fails on a file that is not a database.
void checkReadable(sqlite::Connection& connection, const std::filesystem::path& path) {
    try {
        (void)schema::currentVersion(connection);
    } catch (const StoreError& error) {
        throw StoreError("cannot open '" + path.string() + "': not a readable Lantern database (" +
                         error.what() + ")");
    }
}

void configure(sqlite::Connection& connection, const std::filesystem::path& path) {
    connection.exec("PRAGMA foreign_keys = ON");
    if (!isMemory(path)) connection.exec("PRAGMA journal_mode = WAL");
}

} // namespace

Store::Store(std::filesystem::path path, sqlite::Connection connection)
    : m_path(std::move(path)), m_connection(std::move(connection)) {}

Store Store::open(const std::filesystem::path& path) {
    if (!isMemory(path) && std::filesystem::is_directory(path))
        throw StoreError("cannot open '" + path.string() + "': it is a directory");
    sqlite::Connection connection(path.string());
    connection.exec("PRAGMA busy_timeout = 5000");
    checkReadable(connection, path);
    schema::refuseNewer(connection, path);
    try {
        configure(connection, path);
        schema::migrate(connection);
    } catch (const StoreError& error) {
        throw StoreError("cannot prepare '" + path.string() + "': " + error.what());
    }
    return Store(path, std::move(connection));
}

std::int64_t Store::dataVersion() const {
    return m_connection.queryInt("PRAGMA data_version");
}

void Store::backupTo(const std::filesystem::path& target) const {
    if (std::filesystem::exists(target))
        throw StoreError("cannot back up to '" + target.string() + "': the file already exists");
    try {
        sqlite::Statement vacuum(m_connection, "VACUUM INTO ?");
        vacuum.bindAll(target.string());
        vacuum.run();
    } catch (const StoreError& error) {
        throw StoreError("cannot back up to '" + target.string() + "': " + error.what());
    }
}

int Store::schemaVersion() const {
    return schema::currentVersion(m_connection);
}

ChangeWatcher::ChangeWatcher(const Store& store)
    : m_store(&store), m_lastVersion(store.dataVersion()) {}

bool ChangeWatcher::changed() {
    const std::int64_t version = m_store->dataVersion();
    if (version == m_lastVersion) return false;
    m_lastVersion = version;
    return true;
}

} // namespace lantern
