#pragma once
// How strong a passphrase must be to protect a practice vault, and a meter a person can read.
#include <string>
#include <string_view>

namespace sb {

enum class PassphraseStrength { TooWeak, Weak, Fair, Strong, VeryStrong };

struct PassphraseAssessment {
    PassphraseStrength strength = PassphraseStrength::TooWeak;
    double entropy_bits = 0;  // a conservative estimate
    bool acceptable = false;  // meets the minimum
    std::string reason;       // why it is refused, or a hint to make it stronger; English
};

// The minimum: at least 12 characters and about 50 bits of estimated entropy, so a passphrase
// of several words passes and "password1234" does not.
inline constexpr std::size_t kMinimumPassphraseLength = 12;
inline constexpr double kMinimumPassphraseEntropyBits = 50.0;

PassphraseAssessment assess_passphrase(std::string_view passphrase);

// Throws WeakPassphrase with the assessment's reason if the passphrase is not acceptable.
void require_acceptable_passphrase(std::string_view passphrase);

std::string_view to_string(PassphraseStrength strength);  // "too weak", "weak", …

}  // namespace sb
