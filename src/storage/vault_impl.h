#pragma once
// The state of an unlocked vault, shared by vault.cpp (create, status), vault_unlock.cpp
// (open) and vault_keys.cpp (key slots). Private to src/storage.
#include <memory>
#include <string>
#include <string_view>

#include "core/dates.h"
#include "core/errors.h"
#include "core/passphrase_policy.h"
#include "crypto/keyring.h"
#include "crypto/recovery_key.h"
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

    // Applies `change` to a copy of the keyring, writes keyring.json, then records the copy a
    // backup carries and the audit event in one transaction. `change` returns the audit event's
    // subject. If keyring.json cannot be written nothing changed, in memory or on disk; if the
    // record fails afterwards the new keys are already in force, and the error says so (the
    // copy is brought into step at the next unlock).
    template <class Change>
    std::string change_keyring(Change&& change, const std::string& action) {
        auto updated = keyring;
        const std::string subject = change(updated);
        const std::string json = updated.to_json();
        write_file_atomically(paths.keyring(), json);
        keyring = std::move(updated);
        try {
            db->transaction([&] {
                store_keyring_copy(*db, json, now());
                audit->record(action, subject);
            });
        } catch (const Error& error) {
            throw Error(error.kind(),
                        std::string("The change to the keys is in force, but it could not be "
                                    "recorded in the vault: ") +
                            error.what());
        }
        return subject;
    }
};

inline std::string_view view_of(const crypto::SecureBuffer::Reader& reader) {
    return {reinterpret_cast<const char*>(reader.data()), reader.size()};
}

// The passphrase policy, plus one rule only storage can check: open() takes anything shaped like
// a recovery key (36 key characters once spaces and dashes are dropped) for a recovery key, so a
// passphrase of that shape could never open its own slot.
inline void require_usable_passphrase(const crypto::SecureBuffer& passphrase) {
    const crypto::SecureBuffer::Reader reader(passphrase);
    require_acceptable_passphrase(view_of(reader));
    if (crypto::looks_like_recovery_key(view_of(reader))) {
        throw WeakPassphrase(
            "That passphrase has the shape of a recovery key (36 letters and digits), so "
            "SecureBase would read it as one; add a punctuation mark or another word.");
    }
}

}  // namespace sb::storage
