#include "crypto/keyring.h"

#include <sodium.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "core/errors.h"
#include "crypto/digest.h"
#include "crypto/random_codes.h"
#include "crypto/sodium_init.h"

namespace sb::crypto {

namespace {

using nlohmann::json;

constexpr const char* kFormat = "securebase-keyring";
constexpr const char* kCipher = "xchacha20poly1305-ietf";
constexpr const char* kKdf = "argon2id13";
constexpr const char* kRecoveryLabel = "Recovery key";
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kWrappedBytes = kDataKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;

static_assert(kDataKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(kDerivedKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

[[noreturn]] void damaged(const std::string& what) {
    throw VaultDamaged("The key file keyring.json is damaged: " + what + ".");
}

const char* kind_name(SlotKind kind) {
    return kind == SlotKind::Passphrase ? "passphrase" : "recovery";
}

// Binding the id and kind to the ciphertext means a slot copied under another id, or relabelled
// from passphrase to recovery, no longer opens: the keyring's checksum alone would not stop
// that, because anyone can recompute it.
std::string additional_data(const std::string& id, SlotKind kind) {
    std::string ad = id;
    ad.push_back('\0');
    ad += kind_name(kind);
    return ad;
}

std::vector<unsigned char> random_bytes(std::size_t size) {
    std::vector<unsigned char> bytes(size);
    randombytes_buf(bytes.data(), bytes.size());
    return bytes;
}

// A fresh "s-" id; 64 random bits make a clash unlikely, the loop makes it impossible.
std::string new_slot_id(const std::vector<KeySlot>& slots) {
    std::string id;
    do {
        id = "s-" + random_hex_id(8);
    } while (std::any_of(slots.begin(), slots.end(),
                         [&](const KeySlot& slot) { return slot.id == id; }));
    return id;
}

void require_data_key(const SecureBuffer& data_key) {
    if (data_key.size() != kDataKeyBytes) {
        throw InternalError("A data key must be 32 bytes");
    }
}

void require_label(const std::string& label) {
    if (label.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw InvalidInput("A passphrase needs a label, such as the counsellor's name.");
    }
}

KeySlot make_slot(const std::string& id, SlotKind kind, const std::string& label,
                  const SecureBuffer& data_key, const SecureBuffer& secret, const KdfParams& params,
                  const std::string& now_iso) {
    KeySlot slot;
    slot.id = id;
    slot.kind = kind;
    slot.label = label;
    slot.kdf = params;
    slot.salt = random_bytes(kSaltBytes);
    slot.nonce = random_bytes(kNonceBytes);
    slot.created_at = now_iso;
    slot.wrapped_key.resize(kWrappedBytes);

    const SecureBuffer wrapping_key = derive_key(secret, slot.salt, slot.kdf);
    const std::string ad = additional_data(slot.id, slot.kind);
    SecureBuffer::Reader plain(data_key);
    SecureBuffer::Reader key(wrapping_key);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(slot.wrapped_key.data(), &written, plain.data(),
                                               plain.size(),
                                               reinterpret_cast<const unsigned char*>(ad.data()),
                                               ad.size(), nullptr, slot.nonce.data(), key.data());
    return slot;
}

std::optional<SecureBuffer> open_slot(const KeySlot& slot, const SecureBuffer& secret) {
    if (slot.wrapped_key.size() != kWrappedBytes || slot.nonce.size() != kNonceBytes) {
        return std::nullopt;
    }
    const SecureBuffer wrapping_key = derive_key(secret, slot.salt, slot.kdf);
    const std::string ad = additional_data(slot.id, slot.kind);
    SecureBuffer data_key(kDataKeyBytes);
    {
        SecureBuffer::Reader key(wrapping_key);
        SecureBuffer::Writer out(data_key);
        unsigned long long written = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                out.data(), &written, nullptr, slot.wrapped_key.data(), slot.wrapped_key.size(),
                reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), slot.nonce.data(),
                key.data()) != 0) {
            return std::nullopt;
        }
    }
    return data_key;
}

std::string to_base64(const std::vector<unsigned char>& bytes) {
    std::string text(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    text.resize(text.size() - 1);  // the encoded length counts sodium's terminating NUL
    return text;
}

json slots_to_json(const std::vector<KeySlot>& slots) {
    json array = json::array();
    for (const KeySlot& slot : slots) {
        array.push_back({{"id", slot.id},
                         {"kind", kind_name(slot.kind)},
                         {"label", slot.label},
                         {"opslimit", slot.kdf.opslimit},
                         {"memlimit", slot.kdf.memlimit},
                         {"salt", to_base64(slot.salt)},
                         {"nonce", to_base64(slot.nonce)},
                         {"wrapped_key", to_base64(slot.wrapped_key)},
                         {"created_at", slot.created_at}});
    }
    return array;
}

// nlohmann's default object keeps keys sorted, so dump() is canonical: the checksum covers the
// meaning of the slots, not the whitespace an editor or a newer writer might use.
std::string slots_checksum(const json& slots) {
    return blake2b_hex(slots.dump());
}

// Field readers for the parser: each names what is wrong, for the VaultDamaged message.
const json& field(const json& object, const char* name, const std::string& where) {
    const auto it = object.find(name);
    if (it == object.end()) {
        damaged(where + " has no \"" + name + "\"");
    }
    return *it;
}

std::string text_field(const json& object, const char* name, const std::string& where) {
    const json& value = field(object, name, where);
    if (!value.is_string()) {
        damaged(where + "'s \"" + name + "\" is not text");
    }
    return value.get<std::string>();
}

std::uint64_t count_field(const json& object, const char* name, const std::string& where,
                          std::uint64_t min, std::uint64_t max) {
    const json& value = field(object, name, where);
    if (!value.is_number_unsigned()) {
        damaged(where + "'s \"" + name + "\" is not a whole number");
    }
    const auto number = value.get<std::uint64_t>();
    if (number < min || number > max) {
        damaged(where + "'s \"" + name + "\" is out of range");
    }
    return number;
}

std::vector<unsigned char> bytes_field(const json& object, const char* name,
                                       const std::string& where, std::size_t length) {
    const std::string text = text_field(object, name, where);
    std::vector<unsigned char> bytes(length);
    std::size_t decoded = 0;
    // No end pointer: sodium then rejects anything that is not entirely valid base64, and a
    // value longer than `length` fails instead of being cut short.
    if (sodium_base642bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &decoded,
                          nullptr, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        decoded != length) {
        damaged(where + "'s \"" + name + "\" is not " + std::to_string(length) +
                " bytes of base64");
    }
    return bytes;
}

KeySlot slot_from_json(const json& object, const std::string& where) {
    if (!object.is_object()) {
        damaged(where + " is not an object");
    }
    KeySlot slot;
    slot.id = text_field(object, "id", where);
    if (slot.id.empty()) {
        damaged(where + " has an empty id");
    }
    const std::string kind = text_field(object, "kind", where);
    if (kind == "passphrase") {
        slot.kind = SlotKind::Passphrase;
    } else if (kind == "recovery") {
        slot.kind = SlotKind::RecoveryKey;
    } else {
        damaged(where + " is of an unknown kind \"" + kind + "\"");
    }
    slot.label = text_field(object, "label", where);
    // Bounded by what libsodium accepts, so a damaged number cannot reach crypto_pwhash.
    slot.kdf.opslimit = count_field(object, "opslimit", where, crypto_pwhash_OPSLIMIT_MIN,
                                    crypto_pwhash_OPSLIMIT_MAX);
    slot.kdf.memlimit = count_field(object, "memlimit", where, crypto_pwhash_MEMLIMIT_MIN,
                                    crypto_pwhash_MEMLIMIT_MAX);
    slot.salt = bytes_field(object, "salt", where, kSaltBytes);
    slot.nonce = bytes_field(object, "nonce", where, kNonceBytes);
    slot.wrapped_key = bytes_field(object, "wrapped_key", where, kWrappedBytes);
    slot.created_at = text_field(object, "created_at", where);
    return slot;
}

}  // namespace

Keyring Keyring::create(const SecureBuffer& data_key, const std::string& counsellor_label,
                        const SecureBuffer& passphrase, const SecureBuffer& recovery_key,
                        KdfStrength strength, const std::string& now_iso) {
    ensure_sodium();
    require_data_key(data_key);
    require_label(counsellor_label);
    // Tuned once for both slots: tuning costs a full derivation at the floor.
    const KdfParams params = tune_kdf_params(strength);
    Keyring keyring;
    keyring.slots_.push_back(make_slot(new_slot_id(keyring.slots_), SlotKind::Passphrase,
                                       counsellor_label, data_key, passphrase, params, now_iso));
    keyring.slots_.push_back(make_slot(new_slot_id(keyring.slots_), SlotKind::RecoveryKey,
                                       kRecoveryLabel, data_key, recovery_key, params, now_iso));
    return keyring;
}

Keyring Keyring::from_json(const std::string& text) {
    ensure_sodium();
    const json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) {
        damaged("it is not valid JSON (it may be cut short)");
    }
    if (!doc.is_object()) {
        damaged("it is not a JSON object");
    }
    const std::string where = "the file";
    if (text_field(doc, "format", where) != kFormat) {
        damaged("it is not a SecureBase key file");
    }
    // The version is checked before anything else in the layout, because a newer format may
    // have changed exactly that layout.
    const json& version = field(doc, "version", where);
    if (!version.is_number_integer()) {
        damaged("its \"version\" is not a whole number");
    }
    const auto number = version.get<std::int64_t>();
    if (number > kKeyringFormatVersion) {
        throw VaultTooNew(
            "This vault's key file was written by a newer SecureBase (keyring format " +
            std::to_string(number) + ").");
    }
    if (number < 1) {
        damaged("its format version " + std::to_string(number) + " is unknown");
    }
    if (text_field(doc, "cipher", where) != kCipher) {
        damaged("its cipher is not " + std::string(kCipher));
    }
    if (text_field(doc, "kdf", where) != kKdf) {
        damaged("its key derivation is not " + std::string(kKdf));
    }
    const json& slots = field(doc, "slots", where);
    if (!slots.is_array()) {
        damaged("its \"slots\" is not a list");
    }
    if (text_field(doc, "checksum", where) != slots_checksum(slots)) {
        damaged("its checksum does not match its contents");
    }
    if (slots.empty()) {
        damaged("it has no key slots");
    }

    Keyring keyring;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < slots.size(); ++i) {
        const std::string slot_where = "key slot " + std::to_string(i + 1);
        KeySlot slot = slot_from_json(slots[i], slot_where);
        if (!ids.insert(slot.id).second) {
            damaged(slot_where + " repeats the id " + slot.id);
        }
        keyring.slots_.push_back(std::move(slot));
    }
    return keyring;
}

std::string Keyring::to_json() const {
    ensure_sodium();
    const json slots = slots_to_json(slots_);
    const json doc = {{"format", kFormat}, {"version", kKeyringFormatVersion},
                      {"cipher", kCipher}, {"kdf", kKdf},
                      {"slots", slots},    {"checksum", slots_checksum(slots)}};
    return doc.dump(2) + "\n";
}

std::optional<Keyring::OpenedSlot> Keyring::open(const SecureBuffer& secret, SlotKind kind) const {
    ensure_sodium();
    for (const KeySlot& slot : slots_) {
        if (slot.kind != kind) {
            continue;
        }
        if (auto data_key = open_slot(slot, secret)) {
            return OpenedSlot{slot.id, slot.label, std::move(*data_key)};
        }
    }
    return std::nullopt;
}

std::optional<SecureBuffer> Keyring::unlock(const SecureBuffer& secret, SlotKind kind) const {
    auto opened = open(secret, kind);
    if (!opened) {
        return std::nullopt;
    }
    return std::move(opened->data_key);
}

std::optional<std::string> Keyring::slot_opened_by(const SecureBuffer& secret,
                                                   SlotKind kind) const {
    ensure_sodium();
    for (const KeySlot& slot : slots_) {
        if (slot.kind == kind && open_slot(slot, secret)) {
            return slot.id;
        }
    }
    return std::nullopt;
}

void Keyring::rewrap_slot(const std::string& slot_id, const SecureBuffer& data_key,
                          const SecureBuffer& new_secret, KdfStrength strength,
                          const std::string& now_iso) {
    ensure_sodium();
    require_data_key(data_key);
    const auto it = std::find_if(slots_.begin(), slots_.end(),
                                 [&](const KeySlot& slot) { return slot.id == slot_id; });
    if (it == slots_.end()) {
        throw InvalidInput("There is no key slot " + slot_id + ".");
    }
    // Built aside and then assigned, so a failed derivation leaves the old slot working.
    KeySlot rewrapped = make_slot(it->id, it->kind, it->label, data_key, new_secret,
                                  tune_kdf_params(strength), now_iso);
    *it = std::move(rewrapped);
}

std::string Keyring::add_passphrase_slot(const SecureBuffer& data_key, const std::string& label,
                                         const SecureBuffer& passphrase, KdfStrength strength,
                                         const std::string& now_iso) {
    ensure_sodium();
    require_data_key(data_key);
    require_label(label);
    const std::string id = new_slot_id(slots_);
    slots_.push_back(make_slot(id, SlotKind::Passphrase, label, data_key, passphrase,
                               tune_kdf_params(strength), now_iso));
    return id;
}

void Keyring::replace_recovery_slot(const SecureBuffer& data_key, const SecureBuffer& recovery_key,
                                    KdfStrength strength, const std::string& now_iso) {
    ensure_sodium();
    require_data_key(data_key);
    const std::string id = new_slot_id(slots_);
    KeySlot fresh = make_slot(id, SlotKind::RecoveryKey, kRecoveryLabel, data_key, recovery_key,
                              tune_kdf_params(strength), now_iso);
    std::erase_if(slots_, [](const KeySlot& slot) { return slot.kind == SlotKind::RecoveryKey; });
    slots_.push_back(std::move(fresh));
}

void Keyring::remove_slot(const std::string& slot_id) {
    const auto it = std::find_if(slots_.begin(), slots_.end(),
                                 [&](const KeySlot& slot) { return slot.id == slot_id; });
    if (it == slots_.end()) {
        throw InvalidInput("There is no key slot " + slot_id + ".");
    }
    const auto passphrases = std::count_if(slots_.begin(), slots_.end(), [](const KeySlot& s) {
        return s.kind == SlotKind::Passphrase;
    });
    if (it->kind == SlotKind::Passphrase && passphrases == 1) {
        throw InvalidInput("The last passphrase cannot be removed; add another passphrase first.");
    }
    slots_.erase(it);
}

}  // namespace sb::crypto
