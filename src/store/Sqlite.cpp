#include "store/Sqlite.hpp"

#include <sqlite3.h>

#include <utility>

namespace lantern::sqlite {

Connection::Connection(const std::string& path) {
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError("cannot open database '" + path + "': " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Connection::~Connection() {
    sqlite3_close_v2(m_db);
}

Connection::Connection(Connection&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Connection::exec(const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : errorMessage();
        sqlite3_free(error);
        throw StoreError(message);
    }
}

std::int64_t Connection::queryInt(const char* sql) {
    Statement statement(*this, sql);
    if (!statement.step()) throw StoreError(std::string("no result from: ") + sql);
    return statement.int64(0);
}

std::string Connection::errorMessage() const {
    return m_db ? sqlite3_errmsg(m_db) : "no database";
}

int Connection::changes() const {
    return sqlite3_changes(m_db);
}

Statement::Statement(Connection& connection, std::string_view sql) : m_connection(&connection) {
    check(sqlite3_prepare_v2(connection.handle(), sql.data(), static_cast<int>(sql.size()), &m_stmt,
                             nullptr));
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_connection(other.m_connection), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

void Statement::check(int rc) const {
    if (rc != SQLITE_OK) throw StoreError(m_connection->errorMessage());
}

void Statement::bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(m_stmt, index, value));
}

void Statement::bind(int index, double value) {
    check(sqlite3_bind_double(m_stmt, index, value));
}

void Statement::bind(int index, std::string_view value) {
    check(sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()),
                            SQLITE_TRANSIENT));
}

void Statement::bindView(int index, std::string_view value) {
    // A default string_view has no data pointer, which SQLite would bind as NULL.
    check(sqlite3_bind_text(m_stmt, index, value.data() ? value.data() : "",
                            static_cast<int>(value.size()), SQLITE_STATIC));
}

void Statement::bind(int index, std::nullopt_t) {
    check(sqlite3_bind_null(m_stmt, index));
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string message = m_connection->errorMessage();
    sqlite3_reset(m_stmt);
    throw StoreError(message);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::integer(int column) const {
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string();
}

std::optional<std::string> Statement::optionalText(int column) const {
    if (isNull(column)) return std::nullopt;
    return text(column);
}

std::optional<int> Statement::optionalInt(int column) const {
    if (isNull(column)) return std::nullopt;
    return integer(column);
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const {
    if (isNull(column)) return std::nullopt;
    return int64(column);
}

Transaction::Transaction(Connection& connection, Kind kind) : m_connection(connection) {
    m_connection.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction() {
    if (m_open) sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    m_connection.exec("COMMIT");
    m_open = false;
}

} // namespace lantern::sqlite
