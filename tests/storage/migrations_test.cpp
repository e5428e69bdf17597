// Schema migrations: one transaction each, an encrypted copy first, every old vault upgrades.
#include <catch2/catch.hpp>

#include <map>

#include "core/errors.h"
#include "crypto/keyring.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/raw_sqlcipher.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

namespace {

const Migration kCreateNotes{1, "notes",
                             "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"
                             "INSERT INTO notes (text) VALUES ('written at schema 1');"};
const Migration kAddTopics{2, "topics", "CREATE TABLE topics (name TEXT);"};
const Migration kBroken{2, "broken",
                        "CREATE TABLE goals (name TEXT);"
                        "INSERT INTO no_such_table VALUES (1);"};

std::vector<std::string> texts(Database& db, const std::string& sql) {
    Statement stmt(db, sql);
    std::vector<std::string> values;
    while (stmt.step()) {
        values.push_back(stmt.text(0));
    }
    return values;
}

int table_count(Database& db, const std::string& name) {
    Statement stmt(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
    stmt.bind(1, name);
    stmt.step();
    return static_cast<int>(stmt.integer(0));
}

// How to put one client into a vault at each schema version, written in that version's own
// terms. A new migration adds its line here; the test below refuses to run without it.
const std::map<int, std::string> kClientAtSchema{
    {1,
     "INSERT INTO clients (code, legal_name, notes, search_text, sort_key, created_at, "
     "updated_at) VALUES ('K7Q-3M9', 'Ana Díaz', 'Prefers mornings.', 'ana diaz\nk7q-3m9', "
     "'ana diaz', '2026-01-15T09:00:00Z', '2026-01-15T09:00:00Z');"},
};

}  // namespace

TEST_CASE("A failing migration rolls back to the version before it and the data is intact") {
    TempFolder temp;
    const auto path = temp.path() / "practice.db";
    const auto key = crypto::SecureBuffer::random(crypto::kDataKeyBytes);
    Database db(path, key, true);
    REQUIRE(migrate(db, path, key, {kCreateNotes}).to_version == 1);

    CHECK_THROWS_AS(migrate(db, path, key, {kCreateNotes, kBroken}), InternalError);
    CHECK(db.user_version() == 1);
    CHECK(table_count(db, "goals") == 0);
    CHECK(texts(db, "SELECT text FROM notes") == std::vector<std::string>{"written at schema 1"});
    // The copy made before migrating is there too.
    CHECK(std::filesystem::exists(temp.path() / "practice.db.before-schema-2.db"));
}

TEST_CASE("When the second of two migrations fails, the first stays applied") {
    TempFolder temp;
    const auto path = temp.path() / "practice.db";
    const auto key = crypto::SecureBuffer::random(crypto::kDataKeyBytes);
    Database db(path, key, true);
    CHECK_THROWS_AS(migrate(db, path, key, {kCreateNotes, kBroken}), InternalError);
    CHECK(db.user_version() == 1);
    CHECK(table_count(db, "notes") == 1);
    CHECK(table_count(db, "goals") == 0);
    // An empty database had nothing to copy.
    CHECK_FALSE(std::filesystem::exists(temp.path() / "practice.db.before-schema-2.db"));
}

TEST_CASE("A vault with data is copied, encrypted, before it is migrated") {
    TempFolder temp;
    {
        auto created = create_open_vault(temp.vault());
        created.vault->clients().add(client_named("Ana Díaz"));
    }
    const VaultPaths paths{temp.vault()};
    const int newest = latest_schema_version();
    auto migrations = embedded_migrations();
    migrations.push_back(
        {newest + 1, "sessions", "CREATE TABLE sessions (id INTEGER PRIMARY KEY);"});
    const auto key = data_key_of(temp.vault());
    const auto expected_copy =
        temp.vault() / ("practice.db.before-schema-" + std::to_string(newest + 1) + ".db");
    {
        Database db(paths.database(), key, false);
        const auto result = migrate(db, paths.database(), key, migrations);
        CHECK(result.from_version == newest);
        CHECK(result.to_version == newest + 1);
        CHECK(result.backup == expected_copy);
    }
    REQUIRE(std::filesystem::exists(expected_copy));
    CHECK(std::filesystem::status(expected_copy).permissions() ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    CHECK(read_bytes(expected_copy).substr(0, 16) != std::string("SQLite format 3\0", 16));

    SECTION("the copy opens with the data key and holds the vault as it was") {
        RawDatabase copy(expected_copy, raw_key_literal(temp.vault()));
        CHECK(copy.value("PRAGMA user_version") == std::to_string(newest));
        CHECK(copy.column("SELECT legal_name FROM clients") ==
              std::vector<std::string>{"Ana Díaz"});
        CHECK(copy.value("SELECT count(*) FROM sqlite_master WHERE name = 'sessions'") == "0");
    }
    SECTION("the copy, put back in place of practice.db, opens in SecureBase as it was") {
        std::filesystem::copy_file(expected_copy, paths.database(),
                                   std::filesystem::copy_options::overwrite_existing);
        auto vault = open_vault(temp.vault());
        CHECK(vault->clients().list({}).at(0).legal_name == "Ana Díaz");
    }
    SECTION("the copy does not open without the key") {
        RawDatabase copy(expected_copy, "");
        CHECK(copy.exec("SELECT count(*) FROM sqlite_master") == 26);
        CHECK(copy.error() == "file is encrypted or is not a database");
    }
    SECTION("the copy does not open with another key") {
        const auto other = crypto::SecureBuffer::random(crypto::kDataKeyBytes);
        RawDatabase copy(expected_copy, reveal(crypto::sqlcipher_raw_key_literal(other)));
        CHECK(copy.exec("SELECT count(*) FROM sqlite_master") == 26);
    }
}

TEST_CASE("A vault made at every schema version, with a client in it, opens at the newest") {
    for (const auto& made_at : embedded_migrations()) {
        DYNAMIC_SECTION("a vault made at schema " << made_at.version) {
            REQUIRE(kClientAtSchema.count(made_at.version) == 1);
            TempFolder temp;
            const VaultPaths paths{temp.vault()};
            std::filesystem::create_directory(temp.vault());
            const auto key = crypto::SecureBuffer::random(crypto::kDataKeyBytes);
            {
                Database db(paths.database(), key, true);
                std::vector<Migration> up_to;
                for (const auto& migration : embedded_migrations()) {
                    if (migration.version <= made_at.version) {
                        up_to.push_back(migration);
                    }
                }
                migrate(db, paths.database(), key, up_to);
                db.exec(kClientAtSchema.at(made_at.version));
            }
            crypto::SecureBuffer recovery;
            crypto::normalise_recovery_key(reveal(crypto::generate_recovery_key()), recovery);
            const auto keyring =
                crypto::Keyring::create(key, "Dr Ana Silva", secret(kPassphrase), recovery,
                                        crypto::KdfStrength::FastForTests, "2026-01-15T09:00:00Z");
            write_bytes(paths.keyring(), keyring.to_json());

            auto vault = open_vault(temp.vault());
            const auto client = vault->clients().get_by_code("K7Q-3M9");
            CHECK(client.legal_name == "Ana Díaz");
            CHECK(client.notes == "Prefers mornings.");
            CHECK(vault->clients().list({"diaz"}).size() == 1);
            const bool upgraded = made_at.version < latest_schema_version();
            CHECK(std::filesystem::exists(paths.database().string() + ".before-schema-" +
                                          std::to_string(latest_schema_version()) + ".db") ==
                  upgraded);
        }
    }
}
