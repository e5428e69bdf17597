#pragma once
// The recovery key a counsellor prints and keeps: 160 random bits written as 32 characters of
// Crockford's base32 (no I, L, O or U, so 0/O and 1/l cannot be confused) in eight groups of
// four, plus a ninth group that is a checksum, so a typo is caught before any slot is tried:
//   7KQ3-M9TX-4RZP-0WBN-C8D2-HJ5F-YA6E-GS1V-XXXX
#include <optional>
#include <string>
#include <string_view>

#include "crypto/secure_buffer.h"

namespace sb::crypto {

inline constexpr int kRecoveryKeyGroups = 9;  // eight of key material, one of checksum

// A new random recovery key, formatted with dashes, in guarded memory.
SecureBuffer generate_recovery_key();

enum class RecoveryKeyCheck { Valid, NotARecoveryKey, ChecksumMismatch };

// Normalises what a person typed (case, spaces, dashes, o→0, i/l→1) into the canonical form
// in guarded memory, and checks the checksum.
RecoveryKeyCheck normalise_recovery_key(std::string_view typed, SecureBuffer& canonical);

// True when the text looks like a recovery key (right length and alphabet), checksum aside.
bool looks_like_recovery_key(std::string_view typed);

// Group `index` (0-based) of a formatted key, for the "type back a part of it" step.
std::string recovery_key_group(const SecureBuffer& key, int index);

}  // namespace sb::crypto
