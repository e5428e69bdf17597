#include "crypto/recovery_key.h"

#include <sodium.h>

#include <array>

#include "core/errors.h"
#include "crypto/sodium_init.h"

namespace sb::crypto {

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kRandomBytes = 20;                 // 160 bits
constexpr std::size_t kKeyChars = kRandomBytes * 8 / 5;  // 32
constexpr std::size_t kChecksumChars = 4;                // 20 bits
constexpr std::size_t kGroupChars = 4;
constexpr std::size_t kPlainChars = kKeyChars + kChecksumChars;                // 36
constexpr std::size_t kFormattedChars = kPlainChars + kRecoveryKeyGroups - 1;  // 44 with dashes

static_assert(kPlainChars == kGroupChars * kRecoveryKeyGroups);

// The value of an alphabet character, or -1 for anything outside the alphabet.
int alphabet_value(unsigned char c) {
    const auto at = kAlphabet.find(static_cast<char>(c));
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

// Writes the four checksum characters for the 32 key characters at `key`.
void write_checksum(const unsigned char* key, unsigned char* out) {
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash(digest.data(), digest.size(), key, kKeyChars, nullptr, 0);
    const std::uint32_t bits = (std::uint32_t{digest[0]} << 12) | (std::uint32_t{digest[1]} << 4) |
                               (std::uint32_t{digest[2]} >> 4);
    for (std::size_t i = 0; i < kChecksumChars; ++i) {
        out[i] = static_cast<unsigned char>(kAlphabet[(bits >> (15 - 5 * i)) & 0x1f]);
    }
    // The digest says something about the key; don't leave it on the stack.
    sodium_memzero(digest.data(), digest.size());
}

// Lays 36 plain characters out as nine dash-separated groups.
SecureBuffer format_groups(const unsigned char* plain) {
    SecureBuffer formatted(kFormattedChars);
    SecureBuffer::Writer out(formatted);
    std::size_t pos = 0;
    for (std::size_t i = 0; i < kPlainChars; ++i) {
        if (i > 0 && i % kGroupChars == 0) {
            out.data()[pos++] = '-';
        }
        out.data()[pos++] = plain[i];
    }
    return formatted;
}

// Maps what a person typed onto alphabet characters in `plain` (36 bytes of guarded memory).
// Returns false unless exactly 36 alphabet characters remain after normalisation.
bool normalise_into(std::string_view typed, SecureBuffer& plain) {
    SecureBuffer::Writer out(plain);
    std::size_t count = 0;
    for (const char ch : typed) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' || c == '\r') {
            continue;  // how people group, wrap or paste a key doesn't matter
        }
        if (c >= 'a' && c <= 'z') {
            c = static_cast<unsigned char>(c - 'a' + 'A');
        }
        // Crockford leaves these letters out precisely because they are misread as digits.
        if (c == 'O') {
            c = '0';
        } else if (c == 'I' || c == 'L') {
            c = '1';
        }
        if (alphabet_value(c) < 0 || count == kPlainChars) {
            return false;
        }
        out.data()[count++] = c;
    }
    return count == kPlainChars;
}

}  // namespace

SecureBuffer generate_recovery_key() {
    ensure_sodium();
    const SecureBuffer random = SecureBuffer::random(kRandomBytes);
    SecureBuffer plain(kPlainChars);
    {
        SecureBuffer::Reader in(random);
        SecureBuffer::Writer out(plain);
        // Read the 160 bits big-endian, five at a time: exactly 32 characters, no padding.
        std::uint32_t acc = 0;
        int bits = 0;
        std::size_t written = 0;
        for (std::size_t i = 0; i < kRandomBytes; ++i) {
            acc = (acc << 8) | in.data()[i];
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.data()[written++] = static_cast<unsigned char>(kAlphabet[(acc >> bits) & 0x1f]);
            }
        }
        sodium_memzero(&acc, sizeof acc);  // it held the last random bits
        write_checksum(out.data(), out.data() + kKeyChars);
    }
    SecureBuffer::Reader in(plain);
    return format_groups(in.data());
}

RecoveryKeyCheck normalise_recovery_key(std::string_view typed, SecureBuffer& canonical) {
    ensure_sodium();
    canonical.wipe();  // empty unless the key turns out valid
    SecureBuffer plain(kPlainChars);
    if (!normalise_into(typed, plain)) {
        return RecoveryKeyCheck::NotARecoveryKey;
    }
    SecureBuffer::Reader in(plain);
    std::array<unsigned char, kChecksumChars> expected{};
    write_checksum(in.data(), expected.data());
    const bool matches = sodium_memcmp(expected.data(), in.data() + kKeyChars, kChecksumChars) == 0;
    sodium_memzero(expected.data(), expected.size());
    if (!matches) {
        return RecoveryKeyCheck::ChecksumMismatch;
    }
    canonical = format_groups(in.data());
    return RecoveryKeyCheck::Valid;
}

bool looks_like_recovery_key(std::string_view typed) {
    ensure_sodium();
    SecureBuffer plain(kPlainChars);
    return normalise_into(typed, plain);
}

std::string recovery_key_group(const SecureBuffer& key, int index) {
    ensure_sodium();
    if (index < 0 || index >= kRecoveryKeyGroups) {
        throw InternalError("A recovery key has groups 0 to 8 only");
    }
    if (key.size() != kFormattedChars) {
        throw InternalError("Not a formatted recovery key");
    }
    SecureBuffer::Reader in(key);
    const auto* start = reinterpret_cast<const char*>(in.data()) +
                        static_cast<std::size_t>(index) * (kGroupChars + 1);
    return std::string(start, kGroupChars);
}

}  // namespace sb::crypto
