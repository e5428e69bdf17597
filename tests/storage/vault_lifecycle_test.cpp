// Creating a practice vault and opening it again with each kind of secret.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "core/errors.h"
#include "core/passphrase_policy.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

namespace {

unsigned file_mode(const std::filesystem::path& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

std::string lowercase_without_dashes(const std::string& key) {
    std::string typed;
    for (const char c : key) {
        if (c != '-') {
            typed += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
    }
    return typed;
}

}  // namespace

TEST_CASE(
    "A new vault is a folder with practice.db, keyring.json and practice.lock, private to "
    "its owner") {
    TempFolder temp;
    {
        auto created = create_open_vault(temp.vault());
        CHECK(created.vault->settings().practice_name() == "Harbour Counselling");
        CHECK(created.vault->settings().counsellor_name() == "Dr Ana Silva");
        CHECK(created.vault->failed_unlocks_before_this_open() == 0);
        // SQLite gives the journal files the database file's mode.
        CHECK(file_mode(VaultPaths{temp.vault()}.database().string() + "-wal") == 0600);
        CHECK(file_mode(VaultPaths{temp.vault()}.database().string() + "-shm") == 0600);
    }
    const VaultPaths paths{temp.vault()};
    CHECK(std::filesystem::is_regular_file(paths.database()));
    CHECK(std::filesystem::is_regular_file(paths.keyring()));
    CHECK(std::filesystem::is_regular_file(paths.lock_file()));
    CHECK(file_mode(paths.database()) == 0600);
    CHECK(file_mode(paths.keyring()) == 0600);
    CHECK(file_mode(temp.vault()) == 0700);
    CHECK(Vault::exists(temp.vault()));

    const auto status = Vault::status(temp.vault());
    CHECK(status.exists);
    CHECK(status.passphrase_slots == 1);
    CHECK(status.has_recovery_slot);
    CHECK(status.failed_unlocks_since_last_open == 0);
}

TEST_CASE("A vault reopens with its passphrase and the clients are still there") {
    TempFolder temp;
    std::string code;
    {
        auto created = create_open_vault(temp.vault());
        code = created.vault->clients().add(client_named("Ana Díaz")).code;
    }
    auto vault = open_vault(temp.vault());
    CHECK(vault->clients().get_by_code(code).legal_name == "Ana Díaz");
    CHECK(vault->audit().recent(1).front().action == "vault.unlocked");
    CHECK(vault->audit().recent(1).front().detail == "passphrase via app");
}

TEST_CASE(
    "A vault opens with its recovery key, as printed or typed in lowercase without "
    "dashes") {
    TempFolder temp;
    const std::string recovery = create_vault(temp.vault());
    REQUIRE(recovery.size() == 44);

    SECTION("as printed") {
        auto vault = open_vault(temp.vault(), recovery);
        CHECK(vault->audit().recent(1).front().detail == "recovery-key via app");
    }
    SECTION("lowercase, without dashes") {
        CHECK(open_vault(temp.vault(), lowercase_without_dashes(recovery)) != nullptr);
    }
}

TEST_CASE("A wrong passphrase is refused with a sentence a counsellor understands") {
    TempFolder temp;
    create_vault(temp.vault());
    CHECK(sentence_of<WrongPassphrase>([&] {
              open_vault(temp.vault(), "correct horse battery");
          }) == "That passphrase is not right for this practice vault.");
    CHECK(std::filesystem::exists(VaultPaths{temp.vault()}.failed_unlocks()));
}

TEST_CASE("Another vault's recovery key does not open this one") {
    TempFolder temp;
    create_vault(temp.vault());
    const std::string other = reveal(crypto::generate_recovery_key());
    CHECK(sentence_of<WrongPassphrase>([&] { open_vault(temp.vault(), other); }) ==
          "That recovery key does not open this practice vault.");
}

TEST_CASE("A recovery key with one character mistyped is reported as a typo") {
    TempFolder temp;
    std::string recovery = create_vault(temp.vault());
    recovery[1] = recovery[1] == '7' ? '8' : '7';
    CHECK(sentence_of<WrongPassphrase>([&] { open_vault(temp.vault(), recovery); }) ==
          "That recovery key has a typo: its last group does not match the others. Check each "
          "group and try again.");
    const auto failures = read_bytes(VaultPaths{temp.vault()}.failed_unlocks());
    CHECK(contains(failures, " recovery-key app\n"));
}

TEST_CASE("A weak passphrase is refused when creating a vault, and nothing is written") {
    TempFolder temp;
    const std::string weak = "password1234";
    REQUIRE_FALSE(assess_passphrase(weak).acceptable);
    CHECK(sentence_of<WeakPassphrase>([&] {
              Vault::create(temp.vault(), {"Harbour Counselling", "Dr Ana Silva"}, secret(weak),
                            crypto::generate_recovery_key(), fast_options());
          }) == assess_passphrase(weak).reason);
    CHECK_FALSE(std::filesystem::exists(VaultPaths{temp.vault()}.keyring()));
    CHECK_FALSE(std::filesystem::exists(VaultPaths{temp.vault()}.database()));
}

TEST_CASE("Creating a vault where one already is refuses with VaultExists and keeps the first") {
    TempFolder temp;
    std::string code;
    {
        auto created = create_open_vault(temp.vault());
        code = created.vault->clients().add(client_named("Ana Díaz")).code;
    }
    const auto keyring_before = read_bytes(VaultPaths{temp.vault()}.keyring());
    CHECK(sentence_of<VaultExists>([&] { create_vault(temp.vault()); }) ==
          "There is already a practice vault in " + temp.vault().string() + ".");
    CHECK(read_bytes(VaultPaths{temp.vault()}.keyring()) == keyring_before);
    CHECK(open_vault(temp.vault())->clients().get_by_code(code).legal_name == "Ana Díaz");
}

TEST_CASE("Opening an empty folder says there is no vault there") {
    TempFolder temp;
    std::filesystem::create_directory(temp.vault());
    CHECK(sentence_of<VaultNotFound>([&] { open_vault(temp.vault()); }) ==
          "There is no practice vault in " + temp.vault().string() + ".");
    CHECK_FALSE(Vault::exists(temp.vault()));
    CHECK_FALSE(Vault::status(temp.vault()).exists);
}

TEST_CASE("Creating a vault needs a practice name and a counsellor's name") {
    TempFolder temp;
    const auto create_with = [&](const NewPractice& practice) {
        Vault::create(temp.vault(), practice, secret(kPassphrase), crypto::generate_recovery_key(),
                      fast_options());
    };
    CHECK(sentence_of<InvalidInput>([&] {
              create_with({"  ", "Dr Ana Silva"});
          }) == "Please enter the practice name.");
    CHECK(sentence_of<InvalidInput>([&] {
              create_with({"Harbour Counselling", ""});
          }) == "Please enter the counsellor's name.");
}

TEST_CASE("A creation interrupted before its keyring was written does not block the folder") {
    TempFolder temp;
    const VaultPaths paths{temp.vault()};
    std::filesystem::create_directories(temp.vault());
    write_text_file(paths.staging_database(), "half-built database from a crash");
    {
        auto created = create_open_vault(temp.vault());
        CHECK(created.vault->clients().count() == 0);
    }
    CHECK_FALSE(std::filesystem::exists(paths.staging_database()));
    CHECK(open_vault(temp.vault(), kPassphrase) != nullptr);
}

TEST_CASE("A new vault records its creation in an intact audit log and leaves no staging file") {
    TempFolder temp;
    const auto created = create_open_vault(temp.vault());
    CHECK(created.vault->audit().recent(1).front().action == "vault.created");
    CHECK(created.vault->audit().verify().intact);
    CHECK_FALSE(std::filesystem::exists(VaultPaths{temp.vault()}.staging_database()));
}
