// The process runs on SQLCipher only: plain SQLite in the process could write plaintext.
#include <catch2/catch.hpp>

#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb::storage;
using namespace sb::storage::test;

TEST_CASE("With a vault open, libsqlcipher is mapped into the process and libsqlite3 is not") {
    TempFolder temp;
    auto created = create_open_vault(temp.vault());
    const std::string maps = read_bytes("/proc/self/maps");
    REQUIRE_FALSE(maps.empty());
    CHECK(contains(maps, "libsqlcipher"));
    CHECK_FALSE(contains(maps, "libsqlite3"));
}
