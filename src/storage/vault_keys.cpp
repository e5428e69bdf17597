// Key slot management on an unlocked vault: each rewrites keyring.json, never the database.
#include "core/errors.h"
#include "core/passphrase_policy.h"
#include "core/text_fold.h"
#include "crypto/recovery_key.h"
#include "storage/vault_impl.h"

namespace sb::storage {

void Vault::change_passphrase(const crypto::SecureBuffer& current,
                              const crypto::SecureBuffer& next) {
    const auto slot = impl_->keyring.slot_opened_by(current, crypto::SlotKind::Passphrase);
    if (!slot) {
        throw WrongPassphrase("The current passphrase is not right, so nothing was changed.");
    }
    require_usable_passphrase(next);
    impl_->change_keyring(
        [&](crypto::Keyring& keyring) {
            keyring.rewrap_slot(*slot, impl_->data_key, next, impl_->kdf, impl_->now());
            return *slot;
        },
        "keyring.passphrase_changed");
}

void Vault::add_passphrase_slot(const std::string& counsellor_name,
                                const crypto::SecureBuffer& passphrase) {
    const std::string label = trim(counsellor_name);
    if (label.empty()) {
        throw InvalidInput("Please enter the counsellor's name for the new passphrase.");
    }
    require_usable_passphrase(passphrase);
    impl_->change_keyring(
        [&](crypto::Keyring& keyring) {
            return keyring.add_passphrase_slot(impl_->data_key, label, passphrase, impl_->kdf,
                                               impl_->now());
        },
        "keyring.slot_added");
}

void Vault::replace_recovery_key(const crypto::SecureBuffer& new_key) {
    crypto::SecureBuffer canonical;
    {
        const crypto::SecureBuffer::Reader reader(new_key);
        if (crypto::normalise_recovery_key(view_of(reader), canonical) !=
            crypto::RecoveryKeyCheck::Valid) {
            throw InvalidInput("The new recovery key is not one SecureBase made.");
        }
    }
    impl_->change_keyring(
        [&](crypto::Keyring& keyring) {
            keyring.replace_recovery_slot(impl_->data_key, canonical, impl_->kdf, impl_->now());
            return std::string();
        },
        "keyring.recovery_key_replaced");
}

}  // namespace sb::storage
