#include "crypto/random_codes.h"

#include <catch2/catch.hpp>
#include <set>

namespace {
bool all_of_alphabet(const std::string& text, const std::string& alphabet) {
    return text.find_first_not_of(alphabet) == std::string::npos;
}
}  // namespace

TEST_CASE("A client code is three and three Crockford characters with a dash between") {
    for (int i = 0; i < 50; ++i) {
        const std::string code = sb::crypto::random_client_code();
        REQUIRE(code.size() == 7);
        CHECK(code[3] == '-');
        CHECK(all_of_alphabet(code.substr(0, 3) + code.substr(4),
                              "0123456789ABCDEFGHJKMNPQRSTVWXYZ"));
    }
}

TEST_CASE("Client codes are rarely the same twice") {
    std::set<std::string> codes;
    for (int i = 0; i < 200; ++i) {
        codes.insert(sb::crypto::random_client_code());
    }
    // 200 draws from 2^30 codes: a clash is possible but more than a few means no randomness.
    CHECK(codes.size() >= 198);
}

TEST_CASE("A random hex id has two lowercase hex digits per byte") {
    const std::string id = sb::crypto::random_hex_id(8);
    CHECK(id.size() == 16);
    CHECK(all_of_alphabet(id, "0123456789abcdef"));
    CHECK(sb::crypto::random_hex_id(8) != id);
    CHECK(sb::crypto::random_hex_id(0).empty());
}
