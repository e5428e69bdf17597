#pragma once
// An open SQLCipher connection, keyed with the raw data key, and prepared statements over it.
// All SQL in SecureBase goes through here, always with bound parameters.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "crypto/secure_buffer.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sb::storage {

class Database;

class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind_null(int index);
    Statement& bind(int index, const std::optional<std::int64_t>& value);
    // Binds secret bytes without copying them into unguarded memory of ours; `reader` must
    // outlive the statement's use.
    Statement& bind_secret(int index, const crypto::SecureBuffer::Reader& reader);

    // Steps once; true while a row is available.
    bool step();
    // Steps to completion (for statements that return no rows).
    void run();
    void reset();

    std::string text(int column) const;
    std::int64_t integer(int column) const;
    bool is_null(int column) const;
    std::optional<std::int64_t> optional_integer(int column) const;

private:
    Database& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

class Database {
public:
    // Opens `path` (creating it if `create`), keys it with the raw data key, applies the
    // connection pragmas and checks that SQLCipher, not plain SQLite, answers. A key that does
    // not open the file means the database is damaged (the key came from an authenticated slot).
    Database(const std::filesystem::path& path, const crypto::SecureBuffer& data_key, bool create);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);  // no parameters: schema and pragmas only
    std::int64_t last_insert_id() const;
    int changes() const;
    int user_version();
    sqlite3* handle() const { return db_; }

    // Throws the typed error for an SQLite result code (DiskFull, VaultDamaged, VaultBusy, …).
    [[noreturn]] void fail(int code, std::string_view doing) const;

    // Runs `work` in one IMMEDIATE transaction; rolls back if it throws.
    template <class Work>
    auto transaction(Work&& work) {
        begin();
        try {
            if constexpr (std::is_void_v<decltype(work())>) {
                work();
                commit();
            } else {
                auto result = work();
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }

    // Runs `work` inside the current transaction if there is one, else in a new one.
    template <class Work>
    auto atomically(Work&& work) {
        if (in_transaction()) {
            return work();
        }
        return transaction(std::forward<Work>(work));
    }
    bool in_transaction() const;

    // An encrypted copy of the whole database at `target`, keyed with the same key.
    void export_encrypted_copy(const std::filesystem::path& target,
                               const crypto::SecureBuffer& data_key);

private:
    void require_intact();
    void begin();
    void commit();
    void rollback() noexcept;

    sqlite3* db_ = nullptr;
    std::filesystem::path path_;
};

}  // namespace sb::storage
