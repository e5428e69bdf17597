#pragma once
// Test-only raw access to a vault's database, the way an attacker or a repair tool would reach
// it: the data key comes from keyring.json and the passphrase, then plain SQLCipher calls.
// (The layering rule keeps SQL out of src/ above storage; tests may go underneath.)
#include <sqlcipher/sqlite3.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "crypto/digest.h"
#include "crypto/keyring.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

namespace sb::storage::test {

// The vault's data key, read the test-only way: keyring.json opened with the passphrase.
inline crypto::SecureBuffer data_key_of(const std::filesystem::path& folder,
                                        std::string_view passphrase = kPassphrase) {
    const auto keyring = crypto::Keyring::from_json(read_bytes(VaultPaths{folder}.keyring()));
    auto data_key = keyring.unlock(secret(passphrase), crypto::SlotKind::Passphrase);
    if (!data_key) {
        throw std::runtime_error("the test passphrase does not open keyring.json");
    }
    return std::move(*data_key);
}

// SQLCipher's raw key literal x'<64 hex>' for the vault in `folder`.
inline std::string raw_key_literal(const std::filesystem::path& folder,
                                   std::string_view passphrase = kPassphrase) {
    return reveal(crypto::sqlcipher_raw_key_literal(data_key_of(folder, passphrase)));
}

class RawDatabase {
public:
    // Opens `path` keyed with `key_literal` (no key at all if it is empty).
    RawDatabase(const std::filesystem::path& path, const std::string& key_literal) {
        if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            throw std::runtime_error("cannot open " + path.string());
        }
        if (!key_literal.empty()) {
            sqlite3_key(db_, key_literal.data(), static_cast<int>(key_literal.size()));
            exec("PRAGMA cipher_page_size = 4096");
        }
    }
    ~RawDatabase() { sqlite3_close_v2(db_); }
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    // Runs `sql`; returns SQLite's result code (the message is in error()).
    int exec(const std::string& sql) {
        return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
    }
    std::string error() const { return sqlite3_errmsg(db_); }

    // The first column of every row `sql` returns; throws with SQLite's message on failure.
    std::vector<std::string> column(const std::string& sql) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
            throw std::runtime_error(error());
        }
        std::vector<std::string> values;
        int rc = 0;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto* text = sqlite3_column_text(stmt, 0);
            values.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE) {
            throw std::runtime_error(error());
        }
        return values;
    }
    std::string value(const std::string& sql) {
        const auto values = column(sql);
        return values.empty() ? std::string() : values.front();
    }

private:
    sqlite3* db_ = nullptr;
};

}  // namespace sb::storage::test
