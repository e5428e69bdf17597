// A damaged vault file is reported as damaged, and SecureBase writes nothing over it.
#include <catch2/catch.hpp>

#include "core/errors.h"
#include "storage/raw_sqlcipher.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

namespace {

constexpr std::size_t kPageSize = 4096;

// A vault with a few clients, locked again (so practice.db holds everything, no WAL).
std::vector<std::string> vault_with_clients(const std::filesystem::path& folder, int count) {
    auto created = create_open_vault(folder);
    std::vector<std::string> codes;
    for (int i = 0; i < count; ++i) {
        auto client = client_named("Client number " + std::to_string(i));
        client.notes = std::string(300, static_cast<char>('a' + i % 26));
        codes.push_back(created.vault->clients().add(client).code);
    }
    return codes;
}

void flip_byte(const std::filesystem::path& file, std::size_t offset) {
    std::string bytes = read_bytes(file);
    REQUIRE(offset < bytes.size());
    bytes[offset] = static_cast<char>(bytes[offset] ^ 0x10);
    write_bytes(file, bytes);
}

// Reads everything a counsellor could reach: every client (list and record), the settings and
// the audit log. Returns the step that found damage, or "" if everything read.
std::string read_everything(Vault& vault) {
    std::string step;
    try {
        ClientFilter all;
        all.discharged = true;
        step = "listing clients";
        const auto rows = vault.clients().list(all);
        step = "reading each client";
        for (const auto& row : rows) {
            vault.clients().get(row.id);
        }
        step = "reading the settings";
        vault.settings().practice_name();
        step = "verifying the audit log";
        vault.audit().verify();
    } catch (const VaultDamaged& error) {
        CHECK(std::string(error.what()) ==
              "The practice database practice.db is damaged (found while reading or writing the "
              "practice database).");
        return step;
    }
    return {};
}

std::size_t root_page_of(const std::filesystem::path& folder, const std::string& table) {
    RawDatabase raw(VaultPaths{folder}.database(), raw_key_literal(folder));
    return std::stoul(raw.value("SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'"));
}

TEST_CASE("A practice.db cut short is damaged, and the attempt leaves its bytes as they were") {
    TempFolder temp;
    vault_with_clients(temp.vault(), 5);
    const VaultPaths paths{temp.vault()};
    std::filesystem::resize_file(paths.database(), 1000);
    const auto before = read_bytes(paths.database());
    CHECK(sentence_of<VaultDamaged>([&] { open_vault(temp.vault()); }) ==
          "The practice database practice.db cannot be read: it is damaged or does not belong to "
          "this vault's key file.");
    CHECK(read_bytes(paths.database()) == before);
    CHECK_FALSE(std::filesystem::exists(paths.database().string() + "-wal"));
}

// Flips a bit at `offset` of practice.db, then opens the vault and reads everything. Returns
// where the damage was found: "open", a reading step, or "" if nowhere. Checks that the
// attempt did not write over the damaged byte.
std::string where_damage_is_found(const std::filesystem::path& folder, std::size_t offset) {
    const VaultPaths paths{folder};
    flip_byte(paths.database(), offset);
    const auto before = read_bytes(paths.database());
    std::string found_at;
    try {
        auto vault = open_vault(folder);
        found_at = read_everything(*vault);
    } catch (const VaultDamaged& error) {
        CHECK(read_bytes(paths.database()) == before);
        found_at = "open";
    }
    // Locking after a read found damage checkpoints the audit events of that session, but the
    // damaged page itself is left as it was for a person to restore from a backup.
    CHECK(read_bytes(paths.database())[offset] == before[offset]);
    return found_at;
}

}  // namespace

TEST_CASE("A flipped bit in page 2 of practice.db is reported as damage when that page is read") {
    TempFolder temp;
    vault_with_clients(temp.vault(), 40);
    // Page 2 holds the practice settings. SQLCipher checks a page's HMAC only when it reads the
    // page, and open() does not read the settings, so today the open succeeds and the damage
    // shows when the settings are read. (A PRAGMA quick_check at open would find it at "open".)
    const auto found_at = where_damage_is_found(temp.vault(), kPageSize + kPageSize / 2);
    CHECK((found_at == "reading the settings" || found_at == "open"));
}

TEST_CASE("A flipped bit in the page holding client records is reported as damage") {
    TempFolder temp;
    vault_with_clients(temp.vault(), 3);
    const std::size_t page = root_page_of(temp.vault(), "clients");
    // As above: today found when the client list is read, not at open.
    const auto found_at = where_damage_is_found(temp.vault(), (page - 1) * kPageSize + 2000);
    CHECK((found_at == "listing clients" || found_at == "open"));
}

TEST_CASE("A keyring.json cut short is damaged, and the message names keyring.json") {
    TempFolder temp;
    vault_with_clients(temp.vault(), 1);
    const VaultPaths paths{temp.vault()};
    std::filesystem::resize_file(paths.keyring(), std::filesystem::file_size(paths.keyring()) / 2);
    const auto before = read_bytes(paths.keyring());
    CHECK(sentence_of<VaultDamaged>([&] { open_vault(temp.vault()); }) ==
          "The key file keyring.json is damaged: it is not valid JSON (it may be cut short).");
    CHECK(read_bytes(paths.keyring()) == before);
}

TEST_CASE("A keyring.json with one character changed is damaged, and the message names it") {
    TempFolder temp;
    vault_with_clients(temp.vault(), 1);
    const VaultPaths paths{temp.vault()};
    std::string keyring = read_bytes(paths.keyring());
    // A character inside the first wrapped key: still valid JSON, so only the checksum can tell.
    const auto at = keyring.find("\"wrapped_key\"");
    REQUIRE(at != std::string::npos);
    const auto value = keyring.find('"', keyring.find(':', at)) + 5;
    keyring[value] = keyring[value] == 'A' ? 'B' : 'A';
    write_bytes(paths.keyring(), keyring);
    CHECK(sentence_of<VaultDamaged>([&] { open_vault(temp.vault()); }) ==
          "The key file keyring.json is damaged: its checksum does not match its contents.");
    CHECK(read_bytes(paths.keyring()) == keyring);
}

TEST_CASE("A vault whose keyring.json was deleted is damaged, not missing") {
    TempFolder temp;
    vault_with_clients(temp.vault(), 1);
    const VaultPaths paths{temp.vault()};
    std::filesystem::remove(paths.keyring());
    const auto before = read_bytes(paths.database());
    CHECK(sentence_of<VaultDamaged>([&] { open_vault(temp.vault()); }) ==
          "The key file keyring.json is missing from " + temp.vault().string() +
              ", so practice.db cannot be opened. Restore keyring.json from a backup.");
    CHECK(read_bytes(paths.database()) == before);

    // Nor will a new vault be made over the orphaned practice.db.
    CHECK_THAT(sentence_of<VaultDamaged>([&] { create_vault(temp.vault()); }),
               Catch::Contains("holds a practice.db without its keyring.json"));
    CHECK(read_bytes(paths.database()) == before);
    CHECK_FALSE(std::filesystem::exists(paths.keyring()));
}

TEST_CASE("A vault whose practice.db was deleted is damaged, naming practice.db") {
    TempFolder temp;
    vault_with_clients(temp.vault(), 1);
    const VaultPaths paths{temp.vault()};
    std::filesystem::remove(paths.database());
    CHECK(sentence_of<VaultDamaged>([&] { open_vault(temp.vault()); }) ==
          "The practice database practice.db is missing from the vault folder.");
    CHECK_FALSE(std::filesystem::exists(paths.database()));
}
