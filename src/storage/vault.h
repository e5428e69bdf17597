#pragma once
// The practice vault: a folder holding `practice.db` (SQLCipher, keyed with the random data
// key), `keyring.json` (the key slots) and `practice.lock` (held while open). A Vault object
// exists only while unlocked; destroying it (lock) closes every connection and wipes the key.
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/clock.h"
#include "crypto/kdf.h"
#include "crypto/secure_buffer.h"
#include "storage/audit_log.h"
#include "storage/client_repository.h"
#include "storage/practice_settings.h"

namespace sb::storage {

struct VaultPaths {
    std::filesystem::path folder;
    std::filesystem::path database() const { return folder / "practice.db"; }
    // Where a new vault's database is built before it is moved into place.
    std::filesystem::path staging_database() const { return folder / "practice.db.creating"; }
    std::filesystem::path keyring() const { return folder / "keyring.json"; }
    std::filesystem::path lock_file() const { return folder / "practice.lock"; }
    std::filesystem::path failed_unlocks() const { return folder / "failed-unlocks.log"; }
};

struct NewPractice {
    std::string practice_name;
    std::string counsellor_name;
    bool is_demo = false;
};

struct VaultOptions {
    crypto::KdfStrength kdf = crypto::KdfStrength::Production;
    const Clock* clock = nullptr;      // defaults to the system clock
    std::string actor_source = "app";  // "app" or "cli": recorded with audit events
    // How open() waits out the back-off after earlier failures. Defaults to sleeping; tests
    // record the waits instead.
    std::function<void(std::chrono::seconds)> wait_before_attempt;
};

// What a locked vault folder tells without any secret.
struct VaultStatus {
    bool exists = false;
    int schema_version_needed = 0;  // newest schema this SecureBase knows
    int passphrase_slots = 0;
    bool has_recovery_slot = false;
    int failed_unlocks_since_last_open = 0;
    std::chrono::seconds wait_before_next_attempt{0};
    bool open_elsewhere = false;  // another process holds the vault's lock file right now
};

class Vault {
public:
    // Creates a new vault in `folder` (made if missing), with one passphrase slot and one
    // recovery slot. The recovery key comes from crypto::generate_recovery_key(), so the app can
    // show it and have it confirmed before anything is written. Refuses a weak passphrase
    // (WeakPassphrase), a malformed recovery key (InvalidInput) and an existing vault
    // (VaultExists).
    static std::unique_ptr<Vault> create(const std::filesystem::path& folder,
                                         const NewPractice& practice,
                                         const crypto::SecureBuffer& passphrase,
                                         const crypto::SecureBuffer& recovery_key,
                                         const VaultOptions& options = {});

    // Opens with a passphrase or a recovery key (recognised by its shape). Throws
    // WrongPassphrase, VaultDamaged, VaultBusy, VaultTooNew, VaultNotFound, VaultNotWritable.
    // A failed attempt is recorded in failed-unlocks.log and moved into the audit log at the
    // next successful unlock. If an earlier failure asks for a wait, open() waits first.
    static std::unique_ptr<Vault> open(const std::filesystem::path& folder,
                                       const crypto::SecureBuffer& secret,
                                       const VaultOptions& options = {});

    static VaultStatus status(const std::filesystem::path& folder);
    static bool exists(const std::filesystem::path& folder);

    ~Vault();  // = lock: closes the database, wipes the key, releases the lock file
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    const VaultPaths& paths() const { return paths_; }
    ClientRepository& clients();
    AuditLog& audit();
    PracticeSettings& settings();

    // Key management: each rewrites keyring.json (and its copy in the database), never the data.
    void change_passphrase(const crypto::SecureBuffer& current, const crypto::SecureBuffer& next);
    void add_passphrase_slot(const std::string& counsellor_name,
                             const crypto::SecureBuffer& passphrase);
    // Makes `new_key` (from crypto::generate_recovery_key(), already shown to and confirmed by
    // the counsellor) the recovery key; the old one stops working. InvalidInput if malformed.
    void replace_recovery_key(const crypto::SecureBuffer& new_key);
    // Whose key slot opened this vault: a counsellor's name, or "recovery key".
    const std::string& unlocked_by() const { return unlocked_by_; }

    // Failed attempts that were recorded before this unlock (shown once to the counsellor).
    int failed_unlocks_before_this_open() const { return failed_before_open_; }

    struct Impl;

private:
    explicit Vault(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
    VaultPaths paths_;
    int failed_before_open_ = 0;
    std::string unlocked_by_;
};

}  // namespace sb::storage
