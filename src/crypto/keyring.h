#pragma once
// The key slots of a practice vault. Each slot wraps the vault's random 256-bit data key with a
// key derived (Argon2id) from one secret: a counsellor's passphrase or the recovery key. The
// keyring is plain JSON (nothing in it is secret without a passphrase); storage writes it to
// `keyring.json` atomically and keeps a copy inside the encrypted database.
#include <optional>
#include <string>
#include <vector>

#include "crypto/kdf.h"
#include "crypto/secure_buffer.h"

namespace sb::crypto {

enum class SlotKind { Passphrase, RecoveryKey };

struct KeySlot {
    std::string id;  // random, stable, e.g. "s-3f9a…"
    SlotKind kind = SlotKind::Passphrase;
    std::string label;  // who it belongs to, e.g. the counsellor's name; "Recovery key"
    KdfParams kdf;
    std::vector<unsigned char> salt;
    std::vector<unsigned char> nonce;
    std::vector<unsigned char> wrapped_key;  // XChaCha20-Poly1305 ciphertext + tag
    std::string created_at;
};

inline constexpr int kKeyringFormatVersion = 1;
inline constexpr std::size_t kDataKeyBytes = 32;

class Keyring {
public:
    // A fresh data key, wrapped for one passphrase and the recovery key.
    static Keyring create(const SecureBuffer& data_key, const std::string& counsellor_label,
                          const SecureBuffer& passphrase, const SecureBuffer& recovery_key,
                          KdfStrength strength, const std::string& now_iso);

    // Parses keyring.json. Throws VaultDamaged (bad JSON, missing fields, checksum mismatch)
    // or VaultTooNew (a newer format version).
    static Keyring from_json(const std::string& text);
    std::string to_json() const;

    struct OpenedSlot {
        std::string slot_id;
        std::string label;
        SecureBuffer data_key;
    };
    // Tries the slots of the given kind with one derivation each; the first that opens gives
    // the data key and says which slot it was.
    std::optional<OpenedSlot> open(const SecureBuffer& secret, SlotKind kind) const;

    // Tries the slots of the given kind; returns the data key, or std::nullopt if none opens.
    std::optional<SecureBuffer> unlock(const SecureBuffer& secret, SlotKind kind) const;
    // Which slot the secret opens, if any.
    std::optional<std::string> slot_opened_by(const SecureBuffer& secret, SlotKind kind) const;

    // Rewrites one slot for a new secret. The data key is unchanged.
    void rewrap_slot(const std::string& slot_id, const SecureBuffer& data_key,
                     const SecureBuffer& new_secret, KdfStrength strength,
                     const std::string& now_iso);
    // Adds a passphrase slot; returns its id.
    std::string add_passphrase_slot(const SecureBuffer& data_key, const std::string& label,
                                    const SecureBuffer& passphrase, KdfStrength strength,
                                    const std::string& now_iso);
    // Replaces the recovery slot, so the old recovery key stops working.
    void replace_recovery_slot(const SecureBuffer& data_key, const SecureBuffer& recovery_key,
                               KdfStrength strength, const std::string& now_iso);
    void remove_slot(const std::string& slot_id);  // refuses to remove the last passphrase slot

    const std::vector<KeySlot>& slots() const { return slots_; }

private:
    std::vector<KeySlot> slots_;
};

}  // namespace sb::crypto
