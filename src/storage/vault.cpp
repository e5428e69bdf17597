#include "storage/vault.h"

#include "core/dates.h"
#include "core/errors.h"
#include "core/passphrase_policy.h"
#include "core/text_fold.h"
#include "crypto/keyring.h"
#include "crypto/recovery_key.h"
#include "storage/database.h"
#include "storage/failed_unlock_log.h"
#include "storage/migrations.h"
#include "storage/vault_files.h"
#include "storage/vault_impl.h"
#include "storage/vault_lock_file.h"

namespace sb::storage {

namespace {

void require_name(const std::string& value, const char* what) {
    if (trim(value).empty()) {
        throw InvalidInput(std::string("Please enter the ") + what + ".");
    }
}

std::unique_ptr<Vault::Impl> new_impl(const std::filesystem::path& folder,
                                      const VaultOptions& options) {
    auto impl = std::make_unique<Vault::Impl>();
    impl->paths.folder = folder;
    impl->kdf = options.kdf;
    impl->clock = options.clock ? options.clock : &impl->system_clock;
    return impl;
}

void remove_database_files(const std::filesystem::path& database) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        auto file = database;
        file += suffix;
        std::filesystem::remove(file, ignored);
    }
}

void move_database_into_place(const std::filesystem::path& from, const std::filesystem::path& to) {
    std::error_code error;
    std::filesystem::rename(from, to, error);
    if (error) {
        throw VaultNotWritable("SecureBase cannot finish creating the vault in " +
                               to.parent_path().string() + " (" + error.message() + ").");
    }
}

void require_no_vault_yet(const VaultPaths& paths) {
    // Left by a creation that was interrupted before it finished: never a vault anyone used.
    remove_database_files(paths.staging_database());
    if (std::filesystem::exists(paths.keyring())) {
        throw VaultExists("There is already a practice vault in " + paths.folder.string() + ".");
    }
    if (std::filesystem::exists(paths.database())) {
        throw VaultDamaged("The folder " + paths.folder.string() +
                           " holds a practice.db without its keyring.json. SecureBase will not "
                           "overwrite it; restore keyring.json from a backup or choose another "
                           "folder.");
    }
}

}  // namespace

Vault::Vault(std::unique_ptr<Impl> impl) : impl_(std::move(impl)), paths_(impl_->paths) {}

Vault::~Vault() {
    try {
        if (impl_ && impl_->audit) {
            impl_->audit->record("vault.locked");
        }
    } catch (...) {
        // Locking must always succeed: the key is wiped below whatever the disk says.
    }
}

std::unique_ptr<Vault> Vault::create(const std::filesystem::path& folder,
                                     const NewPractice& practice,
                                     const crypto::SecureBuffer& passphrase,
                                     const crypto::SecureBuffer& recovery_key,
                                     const VaultOptions& options) {
    require_name(practice.practice_name, "practice name");
    require_name(practice.counsellor_name, "counsellor's name");
    require_usable_passphrase(passphrase);
    crypto::SecureBuffer canonical_recovery;
    {
        const crypto::SecureBuffer::Reader reader(recovery_key);
        if (crypto::normalise_recovery_key(view_of(reader), canonical_recovery) !=
            crypto::RecoveryKeyCheck::Valid) {
            throw InvalidInput("The recovery key is not one SecureBase made.");
        }
    }
    auto impl = new_impl(folder, options);
    create_private_folder(folder);
    require_writable_folder(folder);
    impl->lock = std::make_unique<VaultLockFile>(impl->paths.lock_file());
    require_no_vault_yet(impl->paths);

    impl->data_key = crypto::SecureBuffer::random(crypto::kDataKeyBytes);
    impl->keyring = crypto::Keyring::create(impl->data_key, practice.counsellor_name, passphrase,
                                            canonical_recovery, options.kdf, impl->now());
    // Built under a staging name, closed, renamed into place, and only then is keyring.json
    // written: a vault exists once its keyring does, and an interrupted creation leaves at most
    // a staging file that the next attempt clears.
    const auto staging = impl->paths.staging_database();
    try {
        {
            Database db(staging, impl->data_key, true);
            migrate(db, staging, impl->data_key);
            PracticeSettings settings(db);
            AuditLog audit(db, *impl->clock, trim(practice.counsellor_name));
            db.transaction([&] {
                settings.set("practice_name", trim(practice.practice_name));
                settings.set("counsellor_name", trim(practice.counsellor_name));
                settings.set("is_demo", practice.is_demo ? "1" : "0");
                settings.set("created_at", impl->now());
                store_keyring_copy(db, impl->keyring.to_json(), impl->now());
                audit.record("vault.created", {}, options.actor_source);
            });
        }
        move_database_into_place(staging, impl->paths.database());
        write_file_atomically(impl->paths.keyring(), impl->keyring.to_json());
    } catch (...) {
        remove_database_files(staging);
        if (!std::filesystem::exists(impl->paths.keyring())) {
            remove_database_files(impl->paths.database());
        }
        throw;
    }
    impl->attach(std::make_unique<Database>(impl->paths.database(), impl->data_key, false),
                 trim(practice.counsellor_name));
    auto vault = std::unique_ptr<Vault>(new Vault(std::move(impl)));
    vault->unlocked_by_ = trim(practice.counsellor_name);
    return vault;
}

bool Vault::exists(const std::filesystem::path& folder) {
    return std::filesystem::exists(VaultPaths{folder}.keyring());
}

VaultStatus Vault::status(const std::filesystem::path& folder) {
    VaultStatus status;
    const VaultPaths paths{folder};
    status.schema_version_needed = latest_schema_version();
    status.exists = exists(folder);
    if (!status.exists) {
        return status;
    }
    const auto keyring = crypto::Keyring::from_json(read_whole_file(paths.keyring()));
    for (const auto& slot : keyring.slots()) {
        if (slot.kind == crypto::SlotKind::Passphrase) {
            ++status.passphrase_slots;
        } else {
            status.has_recovery_slot = true;
        }
    }
    status.open_elsewhere = VaultLockFile::held_elsewhere(paths.lock_file());
    const FailedUnlockLog failures(paths.failed_unlocks());
    status.failed_unlocks_since_last_open = static_cast<int>(failures.read().size());
    status.wait_before_next_attempt =
        failures.wait_before_next_attempt(std::chrono::system_clock::now());
    return status;
}

ClientRepository& Vault::clients() {
    return *impl_->clients;
}
AuditLog& Vault::audit() {
    return *impl_->audit;
}
PracticeSettings& Vault::settings() {
    return *impl_->settings;
}

}  // namespace sb::storage
