#pragma once
// Argon2id key derivation for key slots. Parameters are stored with each slot, so a vault made
// on a fast machine still opens on a slow one.
#include <chrono>
#include <cstdint>
#include <vector>

#include "crypto/secure_buffer.h"

namespace sb::crypto {

struct KdfParams {
    std::uint64_t opslimit = 0;
    std::uint64_t memlimit = 0;  // bytes
    bool operator==(const KdfParams&) const = default;
};

// libsodium's MODERATE limits (3 passes, 256 MiB): the floor for a real vault.
KdfParams moderate_kdf_params();
// libsodium's MIN limits: only for tests, which must ask for them explicitly.
KdfParams minimum_kdf_params_for_tests();

enum class KdfStrength { Production, FastForTests };

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kDerivedKeyBytes = 32;

// Derives a 32-byte wrapping key from `secret`. Throws InternalError if memory is short.
SecureBuffer derive_key(const SecureBuffer& secret, const std::vector<unsigned char>& salt,
                        const KdfParams& params);

// Parameters for a new slot: MODERATE, with passes raised until one derivation takes about
// `target` on this machine. FastForTests returns the minimum limits untuned.
KdfParams tune_kdf_params(KdfStrength strength,
                          std::chrono::milliseconds target = std::chrono::milliseconds(500));

}  // namespace sb::crypto
