#pragma once
// BLAKE2b digests, hex-encoded: content hashes for the audit chain, keyring checksums.
#include <string>
#include <string_view>

#include "crypto/secure_buffer.h"

namespace sb::crypto {

std::string blake2b_hex(std::string_view data);  // 32-byte digest as 64 hex characters

// The data key as SQLCipher's raw-key literal `x'<64 hex>'`, in guarded memory.
SecureBuffer sqlcipher_raw_key_literal(const SecureBuffer& data_key);

}  // namespace sb::crypto
