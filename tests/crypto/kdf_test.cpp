#include "crypto/kdf.h"

#include <catch2/catch.hpp>

#include "core/errors.h"
#include "crypto/support.h"

using namespace sb::crypto;
using sb::crypto::test::reveal;
using sb::crypto::test::secret;

namespace {
const std::vector<unsigned char> kSaltA(kSaltBytes, 0x11);
const std::vector<unsigned char> kSaltB(kSaltBytes, 0x22);
}  // namespace

TEST_CASE("The same secret, salt and parameters always derive the same key") {
    const KdfParams fast = minimum_kdf_params_for_tests();
    const SecureBuffer a = derive_key(secret("passphrase"), kSaltA, fast);
    const SecureBuffer b = derive_key(secret("passphrase"), kSaltA, fast);
    REQUIRE(a.size() == kDerivedKeyBytes);
    CHECK(reveal(a) == reveal(b));
}

TEST_CASE("A different salt or a different secret derives a different key") {
    const KdfParams fast = minimum_kdf_params_for_tests();
    const std::string base = reveal(derive_key(secret("passphrase"), kSaltA, fast));
    CHECK(reveal(derive_key(secret("passphrase"), kSaltB, fast)) != base);
    CHECK(reveal(derive_key(secret("Passphrase"), kSaltA, fast)) != base);
}

TEST_CASE("An empty secret still derives a key") {
    const SecureBuffer key = derive_key(SecureBuffer(), kSaltA, minimum_kdf_params_for_tests());
    CHECK(key.size() == kDerivedKeyBytes);
}

TEST_CASE("A salt of the wrong length is refused") {
    const std::vector<unsigned char> short_salt(8, 0x11);
    CHECK_THROWS_AS(derive_key(secret("x"), short_salt, minimum_kdf_params_for_tests()),
                    sb::InternalError);
}

TEST_CASE("Tuning for tests gives the minimum limits without timing anything") {
    CHECK(tune_kdf_params(KdfStrength::FastForTests) == minimum_kdf_params_for_tests());
    CHECK(minimum_kdf_params_for_tests().opslimit < moderate_kdf_params().opslimit);
}

// The only test in the suite that derives at MODERATE: it costs about a second and 256 MiB.
TEST_CASE("Production parameters never fall below libsodium's MODERATE limits") {
    const KdfParams floor = moderate_kdf_params();
    CHECK(floor.opslimit == 3);
    CHECK(floor.memlimit == 256ull * 1024 * 1024);

    // A target no machine can meet: tuning must keep the floor rather than lower it.
    const KdfParams tuned = tune_kdf_params(KdfStrength::Production, std::chrono::milliseconds(1));
    CHECK(tuned == floor);
}
