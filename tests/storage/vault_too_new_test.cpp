// A vault written by a newer SecureBase is refused, not half-understood.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "storage/migrations.h"
#include "storage/raw_sqlcipher.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

TEST_CASE("A vault whose database has a newer schema is refused with VaultTooNew") {
    TempFolder temp;
    create_vault(temp.vault());
    const VaultPaths paths{temp.vault()};
    {
        RawDatabase raw(paths.database(), raw_key_literal(temp.vault()));
        REQUIRE(raw.exec("PRAGMA user_version = 999") == 0);
    }
    const auto database_before = read_bytes(paths.database());
    CHECK(sentence_of<VaultTooNew>([&] { open_vault(temp.vault()); }) ==
          "This practice vault was written by a newer SecureBase (schema 999; this version knows "
          "up to " +
              std::to_string(latest_schema_version()) +
              "). Install the newer SecureBase to open it.");
    CHECK(read_bytes(paths.database()) == database_before);
    CHECK_FALSE(std::filesystem::exists(paths.database().string() + "-wal"));
    // The passphrase was right: a refusal for being too new is not a failed unlock.
    CHECK_FALSE(std::filesystem::exists(paths.failed_unlocks()));
}

TEST_CASE("A vault whose keyring.json has a newer format version is refused with VaultTooNew") {
    TempFolder temp;
    create_vault(temp.vault());
    const VaultPaths paths{temp.vault()};
    auto keyring = nlohmann::json::parse(read_bytes(paths.keyring()));
    REQUIRE(keyring["version"] == 1);
    keyring["version"] = 2;
    write_bytes(paths.keyring(), keyring.dump(2));
    CHECK(sentence_of<VaultTooNew>([&] { open_vault(temp.vault()); }) ==
          "This vault's key file was written by a newer SecureBase (keyring format 2).");
}
