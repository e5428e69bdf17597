#pragma once
// The state of an unlocked vault, shared by vault.cpp (create, status), vault_unlock.cpp
// (open) and vault_keys.cpp (key slots). Private to src/storage.
#include <memory>
#include <string>
#include <string_view>

#include "core/dates.h"
#include "crypto/keyring.h"
#include "storage/database.h"
#include "storage/keyring_store.h"
#include "storage/vault.h"
#include "storage/vault_files.h"
#include "storage/vault_lock_file.h"

namespace sb::storage {

// Declaration order is destruction order in reverse: the repositories go first, then the
// connection closes, then the key is wiped, and the lock file is released last.
struct Vault::Impl {
    VaultPaths paths;
    std::unique_ptr<VaultLockFile> lock;
    crypto::SecureBuffer data_key;
    crypto::Keyring keyring;
    crypto::KdfStrength kdf = crypto::KdfStrength::Production;
    SystemClock system_clock;
    const Clock* clock = nullptr;
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<PracticeSettings> settings;
    std::unique_ptr<ClientRepository> clients;

    std::string now() const { return format_utc_timestamp(clock->now()); }

    void attach(std::unique_ptr<Database> database, const std::string& actor) {
        db = std::move(database);
        audit = std::make_unique<AuditLog>(*db, *clock, actor);
        settings = std::make_unique<PracticeSettings>(*db);
        clients = std::make_unique<ClientRepository>(*db, *audit);
    }

    // keyring.json first (it is what opens the vault), then the copy a backup carries.
    void save_keyring() {
        const std::string json = keyring.to_json();
        write_file_atomically(paths.keyring(), json);
        store_keyring_copy(*db, json, now());
    }

    // Applies `change` to a copy of the keyring and saves it; if keyring.json cannot be written
    // the keyring in memory stays as it was, matching the file on disk.
    template <class Change>
    auto change_keyring(Change&& change) {
        auto updated = keyring;
        auto result = change(updated);
        const std::string json = updated.to_json();
        write_file_atomically(paths.keyring(), json);
        keyring = std::move(updated);
        store_keyring_copy(*db, json, now());
        return result;
    }
};

inline std::string_view view_of(const crypto::SecureBuffer::Reader& reader) {
    return {reinterpret_cast<const char*>(reader.data()), reader.size()};
}

}  // namespace sb::storage
