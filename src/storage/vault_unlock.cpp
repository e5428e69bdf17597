// Vault::open: from a secret a person typed to an unlocked vault, or one clear error.
#include <thread>

#include "core/errors.h"
#include "crypto/recovery_key.h"
#include "storage/failed_unlock_log.h"
#include "storage/migrations.h"
#include "storage/vault_impl.h"

namespace sb::storage {
namespace {

struct SlotMatch {
    crypto::SecureBuffer data_key;
    std::string label;
    std::string method;
};

void require_vault_in(const VaultPaths& paths) {
    if (std::filesystem::exists(paths.keyring())) {
        return;
    }
    if (std::filesystem::exists(paths.database())) {
        throw VaultDamaged("The key file keyring.json is missing from " + paths.folder.string() +
                           ", so practice.db cannot be opened. Restore keyring.json from a "
                           "backup.");
    }
    throw VaultNotFound("There is no practice vault in " + paths.folder.string() + ".");
}

// Recognises a recovery key by its shape, so a wrong passphrase costs one Argon2id run per
// passphrase slot and never a run against the recovery slot.
std::optional<SlotMatch> try_slots(const crypto::Keyring& keyring,
                                   const crypto::SecureBuffer& secret, std::string& method) {
    const crypto::SecureBuffer::Reader reader(secret);
    if (crypto::looks_like_recovery_key(view_of(reader))) {
        method = "recovery-key";
        crypto::SecureBuffer canonical;
        const auto check = crypto::normalise_recovery_key(view_of(reader), canonical);
        if (check == crypto::RecoveryKeyCheck::ChecksumMismatch) {
            return std::nullopt;
        }
        auto opened = keyring.open(canonical, crypto::SlotKind::RecoveryKey);
        if (!opened) {
            return std::nullopt;
        }
        return SlotMatch{std::move(opened->data_key), "recovery key", method};
    }
    method = "passphrase";
    auto opened = keyring.open(secret, crypto::SlotKind::Passphrase);
    if (!opened) {
        return std::nullopt;
    }
    return SlotMatch{std::move(opened->data_key), opened->label, method};
}

std::string wrong_secret_sentence(const std::string& method, bool typo) {
    if (typo) {
        return "That recovery key has a typo: its last group does not match the others. Check "
               "each group and try again.";
    }
    if (method == "recovery-key") {
        return "That recovery key does not open this practice vault.";
    }
    return "That passphrase is not right for this practice vault.";
}

}  // namespace

std::unique_ptr<Vault> Vault::open(const std::filesystem::path& folder,
                                   const crypto::SecureBuffer& secret,
                                   const VaultOptions& options) {
    auto impl = std::make_unique<Impl>();
    impl->paths.folder = folder;
    impl->kdf = options.kdf;
    impl->clock = options.clock ? options.clock : &impl->system_clock;
    require_vault_in(impl->paths);
    require_writable_folder(folder);
    impl->lock = std::make_unique<VaultLockFile>(impl->paths.lock_file());
    impl->keyring = crypto::Keyring::from_json(read_whole_file(impl->paths.keyring()));

    const FailedUnlockLog failures(impl->paths.failed_unlocks());
    const auto wait = failures.wait_before_next_attempt(impl->clock->now());
    if (wait.count() > 0) {
        if (options.wait_before_attempt) {
            options.wait_before_attempt(wait);
        } else {
            std::this_thread::sleep_for(wait);
        }
    }

    std::string method;
    auto match = try_slots(impl->keyring, secret, method);
    if (!match) {
        failures.record({impl->now(), method, options.actor_source});
        bool typo = false;
        if (method == "recovery-key") {
            const crypto::SecureBuffer::Reader reader(secret);
            crypto::SecureBuffer ignored;
            typo = crypto::normalise_recovery_key(view_of(reader), ignored) ==
                   crypto::RecoveryKeyCheck::ChecksumMismatch;
        }
        throw WrongPassphrase(wrong_secret_sentence(method, typo));
    }
    impl->data_key = std::move(match->data_key);

    auto db = std::make_unique<Database>(impl->paths.database(), impl->data_key, false);
    migrate(*db, impl->paths.database(), impl->data_key);
    impl->attach(std::move(db), match->label);

    const auto earlier_failures = failures.read();
    impl->db->transaction([&] {
        for (const auto& attempt : earlier_failures) {
            const bool time_known = !attempt.at.empty();
            impl->audit->record_at(time_known ? attempt.at : impl->now(), "unknown",
                                   "unlock.failed", {},
                                   attempt.method + " via " + attempt.source +
                                       (time_known ? "" : " (time not recorded)"));
        }
        impl->audit->record("vault.unlocked", {}, match->method + " via " + options.actor_source);
        // A keyring restored from a backup, or edited while the database was away, is brought
        // back into step so the next backup carries the slots that really open the vault.
        const std::string json = impl->keyring.to_json();
        if (load_keyring_copy(*impl->db) != json) {
            store_keyring_copy(*impl->db, json, impl->now());
        }
    });
    failures.clear();

    auto vault = std::unique_ptr<Vault>(new Vault(std::move(impl)));
    vault->failed_before_open_ = static_cast<int>(earlier_failures.size());
    vault->unlocked_by_ = match->label;
    return vault;
}

}  // namespace sb::storage
