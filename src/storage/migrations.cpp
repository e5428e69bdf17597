#include "storage/migrations.h"

#include <string>

#include "core/errors.h"
#include "storage/database.h"

namespace sb::storage {

int latest_schema_version() {
    const auto& all = embedded_migrations();
    return all.empty() ? 0 : all.back().version;
}

namespace {

bool has_user_tables(Database& db) {
    Statement stmt(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    stmt.step();
    return stmt.integer(0) > 0;
}

}  // namespace

MigrationResult migrate(Database& db, const std::filesystem::path& database_path,
                        const crypto::SecureBuffer& data_key,
                        const std::vector<Migration>& migrations) {
    MigrationResult result;
    result.from_version = db.user_version();
    result.to_version = result.from_version;
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (result.from_version > newest) {
        throw VaultTooNew("This practice vault was written by a newer SecureBase (schema " +
                          std::to_string(result.from_version) + "; this version knows up to " +
                          std::to_string(newest) + "). Install the newer SecureBase to open it.");
    }
    if (result.from_version == newest) {
        return result;
    }
    if (has_user_tables(db)) {
        // A copy of the vault as it was, so a migration that goes wrong in a way no transaction
        // can undo (a bug in the new version) still leaves the counsellor their data.
        result.backup = database_path;
        result.backup += ".before-schema-" + std::to_string(newest) + ".db";
        db.export_encrypted_copy(result.backup, data_key);
    }
    for (const auto& migration : migrations) {
        if (migration.version <= result.from_version) {
            continue;
        }
        db.transaction([&] {
            db.exec(migration.sql);
            // PRAGMA takes no parameters; the version is our own integer, not input.
            db.exec("PRAGMA user_version = " + std::to_string(migration.version));
        });
        result.to_version = migration.version;
    }
    return result;
}

}  // namespace sb::storage
