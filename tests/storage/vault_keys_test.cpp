// Key slots on an open vault: each change rewrites keyring.json and never the data key.
#include <catch2/catch.hpp>

#include "core/errors.h"
#include "core/passphrase_policy.h"
#include "crypto/keyring.h"
#include "crypto/recovery_key.h"
#include "storage/raw_sqlcipher.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

namespace {

constexpr const char* kNewPassphrase = "lantern meadow quietly humming";

// The data key, read the test-only way: keyring.json plus a secret.
std::string data_key_opened_by(const std::filesystem::path& folder, std::string_view secret_text,
                               crypto::SlotKind kind = crypto::SlotKind::Passphrase) {
    const auto keyring = crypto::Keyring::from_json(read_bytes(VaultPaths{folder}.keyring()));
    const auto key = keyring.unlock(secret(secret_text), kind);
    return key ? reveal(*key) : std::string();
}

}  // namespace

TEST_CASE("Changing the passphrase: the old one stops working, the new one opens the same data") {
    TempFolder temp;
    const VaultPaths paths{temp.vault()};
    std::string code;
    const std::string data_key_before = [&] {
        auto created = create_open_vault(temp.vault());
        code = created.vault->clients().add(client_named("Ana Díaz")).code;
        return data_key_opened_by(temp.vault(), kPassphrase);
    }();
    const auto keyring_before = read_bytes(paths.keyring());
    {
        auto vault = open_vault(temp.vault());
        vault->change_passphrase(secret(kPassphrase), secret(kNewPassphrase));
        CHECK(vault->audit().recent(1).front().action == "keyring.passphrase_changed");
    }
    CHECK(read_bytes(paths.keyring()) != keyring_before);
    CHECK(sentence_of<WrongPassphrase>([&] { open_vault(temp.vault(), kPassphrase); }) ==
          "That passphrase is not right for this practice vault.");
    auto vault = open_vault(temp.vault(), kNewPassphrase);
    CHECK(vault->clients().get_by_code(code).legal_name == "Ana Díaz");
    // The same data key under a new wrapping: the database was not re-encrypted.
    CHECK(data_key_opened_by(temp.vault(), kNewPassphrase) == data_key_before);
    CHECK(Vault::status(temp.vault()).passphrase_slots == 1);
}

TEST_CASE("Changing the passphrase needs the current one and a strong new one") {
    TempFolder temp;
    auto created = create_open_vault(temp.vault());
    const auto keyring_before = read_bytes(VaultPaths{temp.vault()}.keyring());
    CHECK(sentence_of<WrongPassphrase>([&] {
              created.vault->change_passphrase(secret("not the current one"),
                                               secret(kNewPassphrase));
          }) == "The current passphrase is not right, so nothing was changed.");
    CHECK(sentence_of<WeakPassphrase>([&] {
              created.vault->change_passphrase(secret(kPassphrase), secret("password1234"));
          }) == assess_passphrase("password1234").reason);
    CHECK(read_bytes(VaultPaths{temp.vault()}.keyring()) == keyring_before);
    created.vault.reset();
    CHECK(open_vault(temp.vault()) != nullptr);
}

TEST_CASE("A second counsellor's passphrase slot opens the vault alongside the first") {
    TempFolder temp;
    {
        auto created = create_open_vault(temp.vault());
        created.vault->add_passphrase_slot("  Sam Okafor ", secret(kNewPassphrase));
        CHECK(created.vault->audit().recent(1).front().action == "keyring.slot_added");
        CHECK(sentence_of<InvalidInput>([&] {
                  created.vault->add_passphrase_slot(" ", secret(kNewPassphrase));
              }) == "Please enter the counsellor's name for the new passphrase.");
    }
    CHECK(Vault::status(temp.vault()).passphrase_slots == 2);
    {
        auto vault = open_vault(temp.vault(), kPassphrase);
        CHECK(vault->audit().recent(1).front().actor == "Dr Ana Silva");
    }
    auto vault = open_vault(temp.vault(), kNewPassphrase);
    CHECK(vault->audit().recent(1).front().actor == "Sam Okafor");
}

TEST_CASE("Replacing the recovery key: the old key stops working and the new one opens") {
    TempFolder temp;
    std::string old_key;
    std::string new_key;
    {
        auto created = create_open_vault(temp.vault());
        old_key = created.recovery_key;
        const auto generated = crypto::generate_recovery_key();
        created.vault->replace_recovery_key(generated);
        new_key = reveal(generated);
        CHECK(created.vault->audit().recent(1).front().action == "keyring.recovery_key_replaced");
    }
    REQUIRE(new_key.size() == 44);
    REQUIRE(new_key != old_key);
    CHECK(sentence_of<WrongPassphrase>([&] { open_vault(temp.vault(), old_key); }) ==
          "That recovery key does not open this practice vault.");
    CHECK(open_vault(temp.vault(), new_key) != nullptr);
    CHECK(open_vault(temp.vault(), kPassphrase) != nullptr);
    CHECK(Vault::status(temp.vault()).has_recovery_slot);
}

TEST_CASE("A recovery key SecureBase did not make is refused and the old one keeps working") {
    TempFolder temp;
    auto created = create_open_vault(temp.vault());
    CHECK(sentence_of<InvalidInput>([&] {
              created.vault->replace_recovery_key(secret("not a recovery key"));
          }) == "The new recovery key is not one SecureBase made.");
    created.vault.reset();
    CHECK(open_vault(temp.vault(), created.recovery_key) != nullptr);
}

TEST_CASE("Status tells that another process has the vault open, before any passphrase") {
    TempFolder temp;
    auto created = create_open_vault(temp.vault());
    // flock belongs to an open file description, so even this process's own open vault counts.
    CHECK(Vault::status(temp.vault()).open_elsewhere);
    created.vault.reset();
    CHECK_FALSE(Vault::status(temp.vault()).open_elsewhere);
}

TEST_CASE("The vault says whose passphrase opened it") {
    TempFolder temp;
    {
        auto created = create_open_vault(temp.vault());
        created.vault->add_passphrase_slot("Sam Okafor", secret(kNewPassphrase));
    }
    CHECK(open_vault(temp.vault(), kNewPassphrase)->unlocked_by() == "Sam Okafor");
}

TEST_CASE("The copy of keyring.json inside the database follows every key change") {
    TempFolder temp;
    const VaultPaths paths{temp.vault()};
    {
        auto created = create_open_vault(temp.vault());
        created.vault->add_passphrase_slot("Sam Okafor", secret(kNewPassphrase));
        created.vault->change_passphrase(secret(kPassphrase),
                                         secret("violet orchard whispering tides"));
        created.vault->replace_recovery_key(crypto::generate_recovery_key());
    }
    RawDatabase raw(paths.database(), raw_key_literal(temp.vault(), kNewPassphrase));
    CHECK(raw.value("SELECT json FROM keyring_copy WHERE id = 1") == read_bytes(paths.keyring()));
}

// 36 letters without a U once the spaces are dropped: open() would read it as a recovery key
// with a typo, so the counsellor could never unlock with it.
constexpr const char* kRecoveryShapedPassphrase = "correct horse battery staple green mangos";

TEST_CASE("A passphrase shaped like a recovery key is refused before it can lock anyone out") {
    REQUIRE(crypto::looks_like_recovery_key(kRecoveryShapedPassphrase));
    REQUIRE(assess_passphrase(kRecoveryShapedPassphrase).acceptable);
    TempFolder temp;
    CHECK(contains(sentence_of<WeakPassphrase>([&] {
                       Vault::create(temp.vault(), {"Harbour Counselling", "Dr Ana Silva"},
                                     secret(kRecoveryShapedPassphrase),
                                     crypto::generate_recovery_key(), fast_options());
                   }),
                   "shape of a recovery key"));
    CHECK_FALSE(Vault::exists(temp.vault()));

    auto created = create_open_vault(temp.vault());
    const auto keyring_before = read_bytes(VaultPaths{temp.vault()}.keyring());
    CHECK_THROWS_AS(
        created.vault->change_passphrase(secret(kPassphrase), secret(kRecoveryShapedPassphrase)),
        WeakPassphrase);
    CHECK_THROWS_AS(
        created.vault->add_passphrase_slot("Sam Okafor", secret(kRecoveryShapedPassphrase)),
        WeakPassphrase);
    CHECK(read_bytes(VaultPaths{temp.vault()}.keyring()) == keyring_before);
}
