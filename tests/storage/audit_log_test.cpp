// The audit log is append-only and hash-chained: the database refuses changes, and a change
// made behind its back shows as the first broken event.
#include <catch2/catch.hpp>

#include "storage/raw_sqlcipher.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

namespace {

// A vault with plenty of events: created, unlocked, clients added, opened, updated.
CreatedVault busy_vault(const TempFolder& temp) {
    auto created = create_open_vault(temp.vault());
    for (int i = 0; i < 60; ++i) {
        auto client = created.vault->clients().add(client_named("Client " + std::to_string(i)));
        created.vault->clients().open_record(client.id);
        client.notes = "seen";
        created.vault->clients().update(client);
    }
    return created;
}

}  // namespace

TEST_CASE("After many events across lock and unlock, the audit chain verifies intact") {
    TempFolder temp;
    busy_vault(temp);
    auto vault = open_vault(temp.vault());
    const auto verification = vault->audit().verify();
    CHECK(verification.intact);
    CHECK_FALSE(verification.first_broken_id);
    // vault.created + 180 client events + vault.locked + vault.unlocked
    CHECK(verification.events == 183);
    CHECK(vault->audit().recent(1000).size() == 183);
}

TEST_CASE("The database refuses to change or delete an audit event, even through raw SQL") {
    TempFolder temp;
    auto created = busy_vault(temp);
    RawDatabase raw(VaultPaths{temp.vault()}.database(), raw_key_literal(temp.vault()));
    CHECK(raw.exec("UPDATE audit_events SET detail = 'nothing happened' WHERE id = 3") != 0);
    CHECK(raw.error() == "audit events are append-only");
    CHECK(raw.exec("DELETE FROM audit_events WHERE id = 3") != 0);
    CHECK(raw.error() == "audit events are append-only");
    CHECK(raw.exec("DELETE FROM audit_events") != 0);
    CHECK(created.vault->audit().verify().intact);
}

TEST_CASE("With the triggers dropped, an altered event breaks the chain at that event") {
    TempFolder temp;
    auto created = busy_vault(temp);
    RawDatabase raw(VaultPaths{temp.vault()}.database(), raw_key_literal(temp.vault()));
    REQUIRE(raw.exec("DROP TRIGGER audit_events_are_never_changed") == 0);
    REQUIRE(raw.exec("DROP TRIGGER audit_events_are_never_deleted") == 0);

    SECTION("a detail rewritten") {
        REQUIRE(raw.exec("UPDATE audit_events SET detail = 'nothing happened' WHERE id = 17") == 0);
        const auto verification = created.vault->audit().verify();
        CHECK_FALSE(verification.intact);
        CHECK(verification.first_broken_id == 17);
    }
    SECTION("a row removed: the next one no longer follows its predecessor") {
        REQUIRE(raw.exec("DELETE FROM audit_events WHERE id = 40") == 0);
        const auto verification = created.vault->audit().verify();
        CHECK_FALSE(verification.intact);
        CHECK(verification.first_broken_id == 41);
    }
    SECTION("a row rewritten with a recomputed hash still breaks at the next row") {
        const auto hash = raw.value("SELECT hash FROM audit_events WHERE id = 30");
        REQUIRE(raw.exec("UPDATE audit_events SET hash = '" + std::string(64, 'a') +
                         "' WHERE id = 30") == 0);
        const auto verification = created.vault->audit().verify();
        CHECK(verification.first_broken_id == 30);
        CHECK(hash.size() == 64);
    }
    SECTION("the last rows removed are told by the head kept apart from the chain") {
        // The chain alone cannot tell: truncation at the end leaves a valid, shorter chain.
        const auto last = std::stoll(raw.value("SELECT max(id) FROM audit_events"));
        REQUIRE(raw.exec("DELETE FROM audit_events WHERE id >= " + std::to_string(last - 1)) == 0);
        const auto verification = created.vault->audit().verify();
        CHECK_FALSE(verification.intact);
        CHECK(verification.first_broken_id == last - 1);
    }
}
