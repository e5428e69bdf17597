#include "crypto/digest.h"

#include <sodium.h>

#include <array>

#include "core/errors.h"
#include "crypto/sodium_init.h"

namespace sb::crypto {

std::string blake2b_hex(std::string_view data) {
    ensure_sodium();
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash(digest.data(), digest.size(),
                       reinterpret_cast<const unsigned char*>(data.data()), data.size(), nullptr,
                       0);
    std::array<char, crypto_generichash_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), crypto_generichash_BYTES * 2);
}

SecureBuffer sqlcipher_raw_key_literal(const SecureBuffer& data_key) {
    ensure_sodium();
    constexpr std::size_t kKeyBytes = 32;
    constexpr std::size_t kLiteralChars = 2 + kKeyBytes * 2 + 1;  // x' + hex + '
    if (data_key.size() != kKeyBytes) {
        throw InternalError("A data key must be 32 bytes");
    }
    SecureBuffer literal(kLiteralChars);
    SecureBuffer::Reader key(data_key);
    SecureBuffer::Writer out(literal);
    auto* chars = reinterpret_cast<char*>(out.data());
    chars[0] = 'x';
    chars[1] = '\'';
    // Hex straight into guarded memory: the key never exists as hex anywhere else. bin2hex
    // writes a terminating NUL into the last byte, which the closing quote then replaces.
    sodium_bin2hex(chars + 2, kKeyBytes * 2 + 1, key.data(), key.size());
    chars[kLiteralChars - 1] = '\'';
    return literal;
}

}  // namespace sb::crypto
