#pragma once
// Thin RAII wrappers over the SQLite C API, for the store's own files. Every failure throws
// StoreError with SQLite's message. Values always go through bound parameters; SQL text is
// written by hand, never assembled from data.
#include "store/StoreError.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace lantern::sqlite {

class Connection {
public:
    // Opens read-write, creating a missing file. Throws StoreError when SQLite cannot open it.
    explicit Connection(const std::string& path);
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one or more statements that bind nothing and return nothing useful (DDL, pragmas).
    void exec(const char* sql);
    [[nodiscard]] std::int64_t queryInt(const char* sql); // first column of the first row
    [[nodiscard]] std::string errorMessage() const;
    // Rows changed by the most recent INSERT, UPDATE or DELETE on this connection.
    [[nodiscard]] int changes() const;
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

class Statement {
public:
    Statement(Connection& connection, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are numbered from 1, as in SQLite.
    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, static_cast<std::int64_t>(value)); }
    void bind(int index, bool value) { bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    void bind(int index, double value);
    void bind(int index, std::string_view value);
    void bind(int index, const std::string& value) { bind(index, std::string_view(value)); }
    void bind(int index, const char* value) { bind(index, std::string_view(value)); }
    void bind(int index, std::nullopt_t);
    // Binds text without copying it: `value` must stay alive and unchanged until the statement is
    // reset (run() resets). For hot loops; bind() copies and is always safe.
    void bindView(int index, std::string_view value);
    template <typename T> void bind(int index, const std::optional<T>& value) {
        if (value)
            bind(index, *value);
        else
            bind(index, std::nullopt);
    }

    // Binds the arguments to parameters 1..n.
    template <typename... Args> Statement& bindAll(const Args&... args) {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // Advances to the next row; false when there is none.
    [[nodiscard]] bool step();
    // Steps a statement that returns no rows, then resets it and clears its bindings for reuse.
    void run();
    void reset();

    // Columns are numbered from 0, as in SQLite.
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] int integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::optional<std::string> optionalText(int column) const;
    [[nodiscard]] std::optional<int> optionalInt(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optionalInt64(int column) const;

private:
    void check(int rc) const;

    Connection* m_connection;
    sqlite3_stmt* m_stmt = nullptr;
};

// BEGIN on construction; ROLLBACK on destruction unless commit() ran. An immediate transaction
// takes the write lock up front, so a writer waits (busy_timeout) rather than failing midway.
class Transaction {
public:
    enum class Kind { Deferred, Immediate };
    explicit Transaction(Connection& connection, Kind kind = Kind::Deferred);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Connection& m_connection;
    bool m_open = true;
};

} // namespace lantern::sqlite
