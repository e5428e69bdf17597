// One SecureBase process per vault: a second opener is told the vault is already open.
#include <catch2/catch.hpp>

#include "core/errors.h"
#include "storage/child_process.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

TEST_CASE("While a vault is open, another process opening it is told it is already open") {
    TempFolder temp;
    create_vault(temp.vault());
    auto vault = open_vault(temp.vault());
    const std::string said =
        output_of_child([&] { return sentence_of<VaultBusy>([&] { open_vault(temp.vault()); }); });
    CHECK(said == "This practice vault is already open in another copy of SecureBase (process " +
                      std::to_string(::getpid()) + "). Close it there first.");
    // The refused opener changed nothing: the first keeps working.
    CHECK(vault->clients().add(client_named("Ana Díaz")).id > 0);
}

TEST_CASE("While a vault is open, a second open in the same process is refused too") {
    TempFolder temp;
    create_vault(temp.vault());
    auto vault = open_vault(temp.vault());
    CHECK_THAT(sentence_of<VaultBusy>([&] { open_vault(temp.vault()); }),
               Catch::Contains("already open"));
    CHECK_THAT(sentence_of<VaultBusy>([&] { open_vault(temp.vault(), "wrong passphrase here"); }),
               Catch::Contains("already open"));
    // A refused opener is not a failed unlock: nothing was tried.
    CHECK_FALSE(std::filesystem::exists(VaultPaths{temp.vault()}.failed_unlocks()));
}

TEST_CASE("Once the first opener locks the vault, it opens again") {
    TempFolder temp;
    create_vault(temp.vault());
    auto vault = open_vault(temp.vault());
    vault.reset();
    CHECK(output_of_child([&] { return open_vault(temp.vault()) ? "opened" : "null"; }) ==
          "opened");
    CHECK(open_vault(temp.vault()) != nullptr);
}
