#include "crypto/kdf.h"

#include <sodium.h>

#include <algorithm>

#include "core/errors.h"
#include "crypto/sodium_init.h"

namespace sb::crypto {

static_assert(kSaltBytes == crypto_pwhash_SALTBYTES);

KdfParams moderate_kdf_params() {
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams minimum_kdf_params_for_tests() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

SecureBuffer derive_key(const SecureBuffer& secret, const std::vector<unsigned char>& salt,
                        const KdfParams& params) {
    ensure_sodium();
    if (salt.size() != kSaltBytes) {
        // The keyring checks salt lengths when it parses, so this is a bug, not damage.
        throw InternalError("A key derivation salt must be 16 bytes");
    }
    SecureBuffer key(kDerivedKeyBytes);
    SecureBuffer::Reader in(secret);
    SecureBuffer::Writer out(key);
    // An empty secret has no memory behind it; Argon2 still wants a valid pointer.
    static const char kNoBytes = 0;
    const char* password = secret.empty() ? &kNoBytes : reinterpret_cast<const char*>(in.data());
    if (crypto_pwhash(out.data(), out.size(), password, in.size(), salt.data(), params.opslimit,
                      static_cast<std::size_t>(params.memlimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        // Parameters are range-checked before they get here, so the only real failure left is
        // Argon2 failing to allocate its memory.
        throw InternalError("Not enough memory to derive the key");
    }
    return key;
}

KdfParams tune_kdf_params(KdfStrength strength, std::chrono::milliseconds target) {
    if (strength == KdfStrength::FastForTests) {
        return minimum_kdf_params_for_tests();
    }
    ensure_sodium();
    const KdfParams floor = moderate_kdf_params();

    // One derivation at the floor measures the machine. Argon2's time grows linearly with the
    // number of passes at fixed memory, so one sample is enough to scale from; the sample
    // includes allocating 256 MiB, which makes the estimate err on the quick side.
    const SecureBuffer throwaway = SecureBuffer::random(32);
    std::vector<unsigned char> salt(kSaltBytes);
    randombytes_buf(salt.data(), salt.size());
    const auto start = std::chrono::steady_clock::now();
    derive_key(throwaway, salt, floor);
    const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - start);

    const auto target_us = std::chrono::duration_cast<std::chrono::microseconds>(target);
    // Within 80% of the target is close enough; slower machines keep the floor, never less.
    if (elapsed.count() <= 0 || elapsed * 10 >= target_us * 8) {
        return floor;
    }
    const auto scaled = static_cast<std::uint64_t>(static_cast<double>(floor.opslimit) *
                                                   static_cast<double>(target_us.count()) /
                                                   static_cast<double>(elapsed.count()));
    KdfParams tuned = floor;
    tuned.opslimit = std::clamp<std::uint64_t>(scaled, floor.opslimit, crypto_pwhash_OPSLIMIT_MAX);
    return tuned;
}

}  // namespace sb::crypto
