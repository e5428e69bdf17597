#include <catch2/catch.hpp>
#include <string>

#include "core/errors.h"
#include "core/passphrase_policy.h"

using sb::assess_passphrase;
using sb::PassphraseStrength;

TEST_CASE("A phrase of four ordinary words is acceptable") {
    for (const char* phrase : {"correct horse battery staple", "harbour lantern meadow 42",
                               "Purple-Otter-Drinks-Tea-Slowly"}) {
        INFO(phrase);
        const auto assessment = assess_passphrase(phrase);
        CHECK(assessment.acceptable);
        CHECK(assessment.entropy_bits >= sb::kMinimumPassphraseEntropyBits);
        CHECK(assessment.strength != PassphraseStrength::TooWeak);
        CHECK_NOTHROW(sb::require_acceptable_passphrase(phrase));
    }
}

TEST_CASE("A long random-looking passphrase is very strong") {
    const auto assessment = assess_passphrase("T7#qv!Lw2@xZ9rBk$mP4eN8");
    CHECK(assessment.acceptable);
    CHECK(assessment.strength == PassphraseStrength::VeryStrong);
    CHECK(assessment.reason.empty());
}

TEST_CASE("Common passwords, repeats and sequences are too predictable") {
    for (const char* phrase :
         {"password1234", "aaaaaaaaaaaaaaaa", "123456789012", "P@ssw0rd2024!", "qwertyuiop12",
          "abcabcabcabcabc", "letmeinletmein", "therapy-secure-counsel", "horse horse horse horse",
          "abcdefghijklmnop"}) {
        INFO(phrase);
        const auto assessment = assess_passphrase(phrase);
        CHECK_FALSE(assessment.acceptable);
        CHECK(assessment.strength == PassphraseStrength::TooWeak);
        CHECK(assessment.reason ==
              "This passphrase is too predictable: avoid common words, repeats and sequences "
              "like 1234.");
    }
}

TEST_CASE("A short passphrase is refused with the count of characters it has") {
    const auto assessment = assess_passphrase("short");
    CHECK_FALSE(assessment.acceptable);
    CHECK(assessment.strength == PassphraseStrength::TooWeak);
    CHECK(assessment.reason == "Use at least 12 characters; this has 5.");
    CHECK(assess_passphrase("Xk9#mP2$").reason == "Use at least 12 characters; this has 8.");
    CHECK(assess_passphrase("").reason == "Use at least 12 characters; this has 0.");
}

TEST_CASE("Length is counted in characters, not bytes") {
    // Eleven characters but 33 bytes: still too short.
    CHECK(assess_passphrase("日本語のテキストです。").reason ==
          "Use at least 12 characters; this has 11.");
    CHECK(assess_passphrase("Ελληνικά λέξεις ταξίδι θάλασσα").acceptable);
}

TEST_CASE("A few short words are refused as too easy to guess") {
    const auto assessment = assess_passphrase("blue red cat dog");
    CHECK_FALSE(assessment.acceptable);
    CHECK(assessment.reason ==
          "This passphrase is too easy to guess: add another word or a few more characters.");
}

TEST_CASE("Refusing a weak passphrase throws WeakPassphrase with the reason") {
    CHECK_THROWS_AS(sb::require_acceptable_passphrase("password1234"), sb::WeakPassphrase);
    CHECK_THROWS_WITH(sb::require_acceptable_passphrase("short"),
                      "Use at least 12 characters; this has 5.");
}

TEST_CASE("More words make a stronger passphrase") {
    const double three = assess_passphrase("harbour lantern meadow").entropy_bits;
    const double four = assess_passphrase("harbour lantern meadow violet").entropy_bits;
    const double six =
        assess_passphrase("harbour lantern meadow violet pebble orchard").entropy_bits;
    CHECK(three < four);
    CHECK(four < six);
    CHECK(assess_passphrase("harbour lantern meadow violet pebble orchard").strength >=
          PassphraseStrength::Strong);
}

TEST_CASE("An acceptable but modest passphrase gets a hint to make it stronger") {
    const auto assessment = assess_passphrase("harbour lantern meadow 42");
    REQUIRE(assessment.acceptable);
    CHECK((assessment.strength == PassphraseStrength::Weak ||
           assessment.strength == PassphraseStrength::Fair));
    CHECK(assessment.reason == "Another word would make it stronger.");
}

TEST_CASE("Strength bands have names a person can read") {
    CHECK(sb::to_string(PassphraseStrength::TooWeak) == "too weak");
    CHECK(sb::to_string(PassphraseStrength::Weak) == "weak");
    CHECK(sb::to_string(PassphraseStrength::Fair) == "fair");
    CHECK(sb::to_string(PassphraseStrength::Strong) == "strong");
    CHECK(sb::to_string(PassphraseStrength::VeryStrong) == "very strong");
}

TEST_CASE("Bytes that are not UTF-8 are still assessed rather than crashing") {
    const std::string bytes = "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6\xf5\xf0";
    const auto assessment = assess_passphrase(bytes);
    CHECK(assessment.entropy_bits > 0);
}

TEST_CASE("Swapping letters for digits does not hide a word") {
    const double plain = assess_passphrase("january rain falls").entropy_bits;
    const double swapped = assess_passphrase("J4nuary-R41n-F4lls").entropy_bits;
    CHECK_FALSE(assess_passphrase("J4nuary-R41n-F4lls").acceptable);
    CHECK(swapped <= plain + 6.0);
    CHECK_FALSE(assess_passphrase("l3tm31n-l3tm31n-2024").acceptable);
}
