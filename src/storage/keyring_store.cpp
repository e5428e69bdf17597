#include "storage/keyring_store.h"

#include "storage/database.h"

namespace sb::storage {

void store_keyring_copy(Database& db, const std::string& json, const std::string& now_iso) {
    // No UPSERT in SQLite 3.15: INSERT OR REPLACE on the single row is the same here.
    Statement stmt(db,
                   "INSERT OR REPLACE INTO keyring_copy (id, json, updated_at) VALUES (1, ?1, ?2)");
    stmt.bind(1, json).bind(2, now_iso).run();
}

std::optional<std::string> load_keyring_copy(Database& db) {
    Statement stmt(db, "SELECT json FROM keyring_copy WHERE id = 1");
    if (!stmt.step()) {
        return std::nullopt;
    }
    return stmt.text(0);
}

}  // namespace sb::storage
