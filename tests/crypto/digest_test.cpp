#include "crypto/digest.h"

#include <catch2/catch.hpp>

#include "core/errors.h"
#include "crypto/support.h"

using sb::crypto::blake2b_hex;
using sb::crypto::SecureBuffer;
using sb::crypto::test::reveal;

TEST_CASE("blake2b_hex gives the standard BLAKE2b-256 digests") {
    CHECK(blake2b_hex("") == "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
    CHECK(blake2b_hex("abc") == "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
}

TEST_CASE("blake2b_hex changes when one byte of the input changes") {
    CHECK(blake2b_hex("audit event 1") != blake2b_hex("audit event 2"));
}

TEST_CASE("The SQLCipher raw key literal is x' then 64 lowercase hex digits then '") {
    unsigned char bytes[32];
    for (int i = 0; i < 32; ++i) {
        bytes[i] = static_cast<unsigned char>(i * 8 + 1);
    }
    const SecureBuffer key = SecureBuffer::copy_of(bytes, sizeof bytes);
    const std::string literal = reveal(sb::crypto::sqlcipher_raw_key_literal(key));
    CHECK(literal.size() == 67);
    CHECK(literal == "x'0109111921293139414951596169717981899199a1a9b1b9c1c9d1d9e1e9f1f9'");
}

TEST_CASE("A data key of the wrong size is refused as a raw key") {
    const SecureBuffer short_key = SecureBuffer::random(16);
    CHECK_THROWS_AS(sb::crypto::sqlcipher_raw_key_literal(short_key), sb::InternalError);
}
