#pragma once
// Schema migrations from migrations/NNNN_name.sql, compiled into the binary. Each runs in one
// transaction and sets PRAGMA user_version; a vault with data is copied (encrypted) first.
#include <filesystem>
#include <string>
#include <vector>

#include "crypto/secure_buffer.h"

namespace sb::storage {

class Database;

struct Migration {
    int version;
    const char* name;
    const char* sql;
};

const std::vector<Migration>& embedded_migrations();
int latest_schema_version();

struct MigrationResult {
    int from_version = 0;
    int to_version = 0;
    std::filesystem::path backup;  // empty if none was needed
};

// Brings `db` to the newest schema. Throws VaultTooNew if the vault is newer than this build.
// `migrations` is injectable so tests can run a failing migration.
MigrationResult migrate(Database& db, const std::filesystem::path& database_path,
                        const crypto::SecureBuffer& data_key,
                        const std::vector<Migration>& migrations = embedded_migrations());

}  // namespace sb::storage
