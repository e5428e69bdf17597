#include "crypto/recovery_key.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>

#include "core/errors.h"
#include "crypto/support.h"

using namespace sb::crypto;
using sb::crypto::test::reveal;
using sb::crypto::test::secret;

namespace {

const std::string kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

RecoveryKeyCheck check(const std::string& typed, std::string* canonical = nullptr) {
    SecureBuffer out;
    const RecoveryKeyCheck result = normalise_recovery_key(typed, out);
    if (canonical != nullptr) {
        *canonical = reveal(out);
    }
    return result;
}

// A generated key that contains `wanted` in its key material (not the checksum group).
std::string key_containing(char wanted) {
    for (int attempt = 0; attempt < 1000; ++attempt) {
        std::string key = reveal(generate_recovery_key());
        if (key.substr(0, 39).find(wanted) != std::string::npos) {
            return key;
        }
    }
    FAIL("no generated key contained " << wanted);
    return {};
}

}  // namespace

TEST_CASE("A recovery key is nine dash-separated groups of four Crockford characters") {
    const std::string key = reveal(generate_recovery_key());
    REQUIRE(key.size() == 44);
    for (std::size_t i = 0; i < key.size(); ++i) {
        if (i % 5 == 4) {
            CHECK(key[i] == '-');
        } else {
            CHECK(kAlphabet.find(key[i]) != std::string::npos);
        }
    }
}

TEST_CASE("A generated recovery key checks out and is already canonical") {
    const std::string key = reveal(generate_recovery_key());
    std::string canonical;
    CHECK(check(key, &canonical) == RecoveryKeyCheck::Valid);
    CHECK(canonical == key);
}

TEST_CASE("Two generated recovery keys differ") {
    CHECK(reveal(generate_recovery_key()) != reveal(generate_recovery_key()));
}

TEST_CASE("A recovery key with a typo fails its checksum") {
    const std::string key = reveal(generate_recovery_key());
    std::string typo = key;
    typo[6] = typo[6] == 'X' ? 'Y' : 'X';
    std::string canonical = "untouched";
    CHECK(check(typo, &canonical) == RecoveryKeyCheck::ChecksumMismatch);
    CHECK(canonical.empty());

    std::string swapped = key;
    const auto first_change =
        std::adjacent_find(swapped.begin(), swapped.begin() + 4, std::not_equal_to<>());
    REQUIRE(first_change != swapped.begin() + 4);
    std::iter_swap(first_change, first_change + 1);
    CHECK(check(swapped) == RecoveryKeyCheck::ChecksumMismatch);
}

TEST_CASE("A recovery key typed in lowercase, with spaces or no dashes, is accepted") {
    const std::string key = reveal(generate_recovery_key());
    std::string lower = key;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string spaced = key;
    std::replace(spaced.begin(), spaced.end(), '-', ' ');
    std::string run_together = key;
    run_together.erase(std::remove(run_together.begin(), run_together.end(), '-'),
                       run_together.end());

    for (const std::string& typed : {lower, spaced, run_together, " " + key + "\n"}) {
        std::string canonical;
        CHECK(check(typed, &canonical) == RecoveryKeyCheck::Valid);
        CHECK(canonical == key);
    }
}

TEST_CASE("The letters o, i and l are read as the digits 0 and 1") {
    const std::string with_zero = key_containing('0');
    std::string typed = with_zero;
    std::replace(typed.begin(), typed.end(), '0', 'o');
    std::string canonical;
    CHECK(check(typed, &canonical) == RecoveryKeyCheck::Valid);
    CHECK(canonical == with_zero);

    const std::string with_one = key_containing('1');
    std::string typed_l = with_one;
    std::replace(typed_l.begin(), typed_l.end(), '1', 'l');
    CHECK(check(typed_l, &canonical) == RecoveryKeyCheck::Valid);
    CHECK(canonical == with_one);
    std::string typed_i = with_one;
    std::replace(typed_i.begin(), typed_i.end(), '1', 'I');
    CHECK(check(typed_i) == RecoveryKeyCheck::Valid);
}

TEST_CASE("Text that is not a recovery key is recognised as such") {
    const std::string key = reveal(generate_recovery_key());
    std::string with_u = key;
    with_u[0] = 'U';
    CHECK(check(with_u) == RecoveryKeyCheck::NotARecoveryKey);
    CHECK(check(key.substr(0, 39)) == RecoveryKeyCheck::NotARecoveryKey);
    CHECK(check(key + "-AAAA") == RecoveryKeyCheck::NotARecoveryKey);
    CHECK(check("") == RecoveryKeyCheck::NotARecoveryKey);
    CHECK(check("correct horse battery staple") == RecoveryKeyCheck::NotARecoveryKey);
}

TEST_CASE("looks_like_recovery_key judges the shape and leaves the checksum aside") {
    const std::string key = reveal(generate_recovery_key());
    std::string typo = key;
    typo[0] = typo[0] == 'X' ? 'Y' : 'X';
    CHECK(looks_like_recovery_key(key));
    CHECK(looks_like_recovery_key(typo));
    CHECK_FALSE(looks_like_recovery_key("my long passphrase for the vault"));
    CHECK_FALSE(looks_like_recovery_key(key.substr(0, 20)));
}

TEST_CASE("recovery_key_group gives each group of four for the type-back step") {
    const SecureBuffer key = generate_recovery_key();
    const std::string text = reveal(key);
    for (int i = 0; i < kRecoveryKeyGroups; ++i) {
        CHECK(recovery_key_group(key, i) == text.substr(static_cast<std::size_t>(i) * 5, 4));
    }
    CHECK_THROWS_AS(recovery_key_group(key, 9), sb::InternalError);
    CHECK_THROWS_AS(recovery_key_group(key, -1), sb::InternalError);
    CHECK_THROWS_AS(recovery_key_group(secret("short"), 0), sb::InternalError);
}
