#include "core/passphrase_policy.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/utf8.h"

// The estimate imagines the guesses an attacker tries first (a list of favourite passwords,
// repeats, runs like 1234, dictionary words) and counts only what those guesses would not cover.
// It errs low: refusing a good passphrase costs a retype, accepting a bad one can cost a vault.
//
// Bands (bits):  below the minimum of 50 → too weak; 50–60 weak; 60–75 fair; 75–100 strong;
// 100 and up very strong.

namespace sb {
namespace {

constexpr double kWeakBelow = 60.0;
constexpr double kFairBelow = 75.0;
constexpr double kStrongBelow = 100.0;

// Repeated or sequential characters, or a stretch copied from earlier, cost an attacker
// about one guess in two, not a whole alphabet.
constexpr double kPredictableCharacterBits = 1.0;
constexpr double kRepeatedStretchBits = 2.0;
constexpr std::size_t kShortestRepeatedStretch = 3;
// Looking for repeated stretches is quadratic; beyond this length a passphrase is long
// enough that the search would not change the verdict.
constexpr std::size_t kLongestScannedForRepeats = 256;

// A dictionary word in a passphrase is worth about 11 bits at four letters (a few thousand
// such words), two more bits a letter after that, and never more than a word list of a
// million entries. Flat 11 bits a word would refuse four-word phrases such as
// "correct horse battery staple", which resist any practical attack on Argon2id.
constexpr double kShortWordBits = 11.0;
constexpr double kBitsPerExtraLetter = 2.0;
constexpr double kLongestWordBits = 20.0;

// Passwords attackers try first; matched ignoring case and common letter-for-digit swaps.
constexpr std::array<std::string_view, 48> kCommonWords{
    "password",   "letmein",  "qwerty",    "qwertyuiop", "asdfgh",     "asdf",      "zxcvbn",
    "iloveyou",   "welcome",  "admin",     "login",      "dragon",     "monkey",    "football",
    "baseball",   "sunshine", "princess",  "shadow",     "master",     "superman",  "trustno1",
    "secret",     "secure",   "security",  "counsel",    "counsellor", "counselor", "counselling",
    "counseling", "therapy",  "therapist", "practice",   "client",     "vault",     "securebase",
    "changeme",   "hello",    "freedom",   "whatever",   "summer",     "winter",    "autumn",
    "michael",    "charlie",  "computer",  "starwars",   "passphrase", "abcdef",
};
const double kCommonWordBits = std::log2(double(kCommonWords.size())) + 1.0;

bool is_lower(char32_t c) {
    return c >= 'a' && c <= 'z';
}
bool is_upper(char32_t c) {
    return c >= 'A' && c <= 'Z';
}
bool is_digit(char32_t c) {
    return c >= '0' && c <= '9';
}
bool is_separator(char32_t c) {
    return c == ' ' || c == '-' || c == '_' || c == '\t';
}
bool is_letter(char32_t c) {
    return is_lower(c) || is_upper(c) || c > 0x7F;
}

// Lower case, with the digit and symbol swaps ("p@ssw0rd") every cracking tool undoes.
char32_t normalised(char32_t c) {
    if (is_upper(c))
        return c - 'A' + 'a';
    switch (c) {
        case '0': return 'o';
        case '1':
        case '!': return 'i';
        case '3': return 'e';
        case '4':
        case '@': return 'a';
        case '5':
        case '$': return 's';
        case '7': return 't';
        default: return c;
    }
}

std::vector<char32_t> decode(std::string_view text) {
    std::vector<char32_t> cps;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t c = utf8::next(text, pos);
        // A stray byte still counts, as a character no alphabet would guess first.
        cps.push_back(c == utf8::kInvalid ? 0xDC00 + static_cast<unsigned char>(text[start]) : c);
    }
    return cps;
}

double bits_per_character(const std::vector<char32_t>& cps) {
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (const char32_t c : cps) {
        lower |= is_lower(c);
        upper |= is_upper(c);
        digit |= is_digit(c);
        other |= c > 0x7F;
        symbol |= c <= 0x7F && !is_lower(c) && !is_upper(c) && !is_digit(c);
    }
    // Letters of other scripts count as one more alphabet of about a hundred, not thousands:
    // a passphrase in one language draws from far fewer characters than the script holds.
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) +
                     (other ? 100 : 0);
    return pool > 1 ? std::log2(double(pool)) : 1.0;
}

struct Estimate {
    double bits = 0;
    bool patterns = false;  // common words, repeats or sequences took away entropy
};

// Marks each common word: its first character pays for picking it from the list, the rest
// are free.
void charge_common_words(const std::vector<char32_t>& cps, std::vector<double>& cost,
                         std::vector<bool>& covered) {
    std::vector<std::u32string> words;
    for (const auto word : kCommonWords) {
        std::u32string folded;
        for (const char c : word)
            folded.push_back(normalised(static_cast<unsigned char>(c)));
        words.push_back(std::move(folded));
    }
    std::sort(words.begin(), words.end(),
              [](const auto& a, const auto& b) { return a.size() > b.size(); });
    for (std::size_t i = 0; i < cps.size();) {
        std::size_t matched = 0;
        for (const auto& word : words) {
            if (i + word.size() > cps.size())
                continue;
            bool same = true;
            for (std::size_t k = 0; k < word.size() && same; ++k) {
                same = normalised(cps[i + k]) == word[k];
            }
            if (same) {
                matched = word.size();
                break;
            }
        }
        if (matched == 0) {
            ++i;
            continue;
        }
        cost[i] = std::min(cost[i], kCommonWordBits);
        for (std::size_t k = i; k < i + matched; ++k) {
            if (k > i)
                cost[k] = 0;
            covered[k] = true;
        }
        i += matched;
    }
}

void charge_repeats_and_runs(const std::vector<char32_t>& cps, std::vector<double>& cost,
                             const std::vector<bool>& covered) {
    for (std::size_t i = 1; i < cps.size(); ++i) {
        if (covered[i])
            continue;
        const long step = long(cps[i]) - long(cps[i - 1]);
        const bool repeat = step == 0;
        const bool run =
            (step == 1 || step == -1) && i >= 2 && long(cps[i - 1]) - long(cps[i - 2]) == step;
        if (repeat || run)
            cost[i] = std::min(cost[i], kPredictableCharacterBits);
    }
}

void charge_repeated_stretches(const std::vector<char32_t>& cps, std::vector<double>& cost) {
    if (cps.size() > kLongestScannedForRepeats)
        return;
    for (std::size_t i = 1; i < cps.size();) {
        std::size_t longest = 0;
        for (std::size_t j = 0; j < i; ++j) {
            std::size_t length = 0;
            while (i + length < cps.size() && cps[j + length] == cps[i + length])
                ++length;
            longest = std::max(longest, length);
        }
        if (longest < kShortestRepeatedStretch) {
            ++i;
            continue;
        }
        double stretch = 0;
        for (std::size_t k = i; k < i + longest; ++k)
            stretch += cost[k];
        cost[i] = std::min(stretch, kRepeatedStretchBits);
        for (std::size_t k = i + 1; k < i + longest; ++k)
            cost[k] = 0;
        i += longest;
    }
}

Estimate estimate_characters(const std::vector<char32_t>& cps) {
    const double per_character = bits_per_character(cps);
    std::vector<double> cost(cps.size(), per_character);
    std::vector<bool> covered(cps.size(), false);
    charge_common_words(cps, cost, covered);
    charge_repeats_and_runs(cps, cost, covered);
    charge_repeated_stretches(cps, cost);

    Estimate estimate;
    for (const double bits : cost)
        estimate.bits += bits;
    estimate.patterns = estimate.bits < 0.75 * per_character * double(cps.size());
    return estimate;
}

// The same passphrase seen as words an attacker picks from a dictionary, for when it is
// written as several words apart.
std::optional<Estimate> estimate_words(const std::vector<char32_t>& cps) {
    std::vector<std::vector<char32_t>> tokens(1);
    for (const char32_t c : cps) {
        if (!is_separator(c)) {
            tokens.back().push_back(c);
        } else if (!tokens.back().empty()) {
            tokens.emplace_back();
        }
    }
    if (tokens.back().empty())
        tokens.pop_back();
    if (tokens.size() < 2)
        return std::nullopt;

    Estimate estimate;
    std::vector<std::u32string> seen;
    for (const auto& token : tokens) {
        std::u32string folded;
        for (const char32_t c : token)
            folded.push_back(normalised(c));
        if (std::find(seen.begin(), seen.end(), folded) != seen.end()) {
            estimate.bits += kPredictableCharacterBits;
            estimate.patterns = true;
            continue;
        }
        seen.push_back(folded);

        const Estimate characters = estimate_characters(token);
        estimate.patterns |= characters.patterns;
        double bits = characters.bits;
        // "R41n" is the word "rain" to a cracking tool; capitals and swaps add about a bit each.
        if (std::all_of(folded.begin(), folded.end(), is_letter)) {
            const double letters = double(token.size());
            const double as_word =
                std::min(kLongestWordBits, kShortWordBits + kBitsPerExtraLetter * (letters - 4.0));
            const bool capitals = std::any_of(token.begin(), token.end(), is_upper);
            const bool swaps =
                std::any_of(token.begin(), token.end(), [](char32_t c) { return !is_letter(c); });
            bits = std::min(bits, as_word + (capitals ? 1.0 : 0.0) + (swaps ? 1.0 : 0.0));
        }
        estimate.bits += bits;
    }
    return estimate;
}

PassphraseStrength band(double bits) {
    if (bits < kMinimumPassphraseEntropyBits)
        return PassphraseStrength::TooWeak;
    if (bits < kWeakBelow)
        return PassphraseStrength::Weak;
    if (bits < kFairBelow)
        return PassphraseStrength::Fair;
    if (bits < kStrongBelow)
        return PassphraseStrength::Strong;
    return PassphraseStrength::VeryStrong;
}

}  // namespace

PassphraseAssessment assess_passphrase(std::string_view passphrase) {
    const std::vector<char32_t> cps = decode(passphrase);
    Estimate estimate = estimate_characters(cps);
    if (const auto words = estimate_words(cps); words && words->bits < estimate.bits) {
        estimate = *words;
    }

    PassphraseAssessment assessment;
    assessment.entropy_bits = estimate.bits;
    if (cps.size() < kMinimumPassphraseLength) {
        assessment.reason = "Use at least " + std::to_string(kMinimumPassphraseLength) +
                            " characters; this has " + std::to_string(cps.size()) + ".";
        return assessment;
    }
    if (estimate.bits < kMinimumPassphraseEntropyBits) {
        assessment.reason =
            estimate.patterns
                ? "This passphrase is too predictable: avoid common words, repeats and "
                  "sequences like 1234."
                : "This passphrase is too easy to guess: add another word or a few more "
                  "characters.";
        return assessment;
    }
    assessment.acceptable = true;
    assessment.strength = band(estimate.bits);
    if (assessment.strength == PassphraseStrength::Weak ||
        assessment.strength == PassphraseStrength::Fair) {
        assessment.reason = "Another word would make it stronger.";
    }
    return assessment;
}

void require_acceptable_passphrase(std::string_view passphrase) {
    const PassphraseAssessment assessment = assess_passphrase(passphrase);
    if (!assessment.acceptable)
        throw WeakPassphrase(assessment.reason);
}

std::string_view to_string(PassphraseStrength strength) {
    switch (strength) {
        case PassphraseStrength::TooWeak: return "too weak";
        case PassphraseStrength::Weak: return "weak";
        case PassphraseStrength::Fair: return "fair";
        case PassphraseStrength::Strong: return "strong";
        case PassphraseStrength::VeryStrong: return "very strong";
    }
    return "too weak";
}

}  // namespace sb
