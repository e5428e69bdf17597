#include "crypto/keyring.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "crypto/digest.h"
#include "crypto/support.h"

using namespace sb::crypto;
using nlohmann::json;
using sb::crypto::test::reveal;
using sb::crypto::test::secret;

namespace {

constexpr auto kFast = KdfStrength::FastForTests;
const std::string kNow = "2024-05-01T09:30:00Z";
const std::string kRecovery = "7KQ3-M9TX-4RZP-0WBN-C8D2-HJ5F-YA6E-GS1V-ABCD";

struct Fixture {
    SecureBuffer data_key = SecureBuffer::random(kDataKeyBytes);
    Keyring keyring = Keyring::create(data_key, "Dr Ana Silva", secret("first passphrase"),
                                      secret(kRecovery), kFast, kNow);
};

// Stands in for someone who edits keyring.json and recomputes its (unkeyed) checksum.
std::string with_fixed_checksum(json doc) {
    doc["checksum"] = blake2b_hex(doc["slots"].dump());
    return doc.dump();
}

std::string passphrase_slot_id(const Keyring& keyring) {
    for (const KeySlot& slot : keyring.slots()) {
        if (slot.kind == SlotKind::Passphrase) {
            return slot.id;
        }
    }
    return {};
}

// Asserts that parsing `text` throws VaultDamaged with a message that names keyring.json.
void require_damaged(const std::string& text) {
    try {
        Keyring::from_json(text);
        FAIL("from_json accepted a damaged keyring: " << text);
    } catch (const sb::VaultDamaged& error) {
        CHECK_THAT(error.what(), Catch::Contains("keyring.json"));
    }
}

}  // namespace

TEST_CASE("A new keyring opens with its passphrase and its recovery key, giving the data key") {
    Fixture f;
    REQUIRE(f.keyring.slots().size() == 2);
    const auto by_passphrase = f.keyring.unlock(secret("first passphrase"), SlotKind::Passphrase);
    const auto by_recovery = f.keyring.unlock(secret(kRecovery), SlotKind::RecoveryKey);
    REQUIRE(by_passphrase);
    REQUIRE(by_recovery);
    CHECK(reveal(*by_passphrase) == reveal(f.data_key));
    CHECK(reveal(*by_recovery) == reveal(f.data_key));
}

TEST_CASE("A wrong passphrase opens no slot") {
    Fixture f;
    CHECK_FALSE(f.keyring.unlock(secret("first passphrasE"), SlotKind::Passphrase));
    CHECK_FALSE(f.keyring.slot_opened_by(secret(""), SlotKind::Passphrase));
}

TEST_CASE("A secret only opens slots of the kind asked for") {
    Fixture f;
    CHECK_FALSE(f.keyring.unlock(secret("first passphrase"), SlotKind::RecoveryKey));
    CHECK_FALSE(f.keyring.unlock(secret(kRecovery), SlotKind::Passphrase));
}

TEST_CASE("New slots get ids of the form s- and 16 hex digits, and carry their labels") {
    Fixture f;
    for (const KeySlot& slot : f.keyring.slots()) {
        CHECK(slot.id.size() == 18);
        CHECK(slot.id.rfind("s-", 0) == 0);
        CHECK(slot.created_at == kNow);
        CHECK(slot.kdf == minimum_kdf_params_for_tests());
    }
    CHECK(f.keyring.slots()[0].label == "Dr Ana Silva");
    CHECK(f.keyring.slots()[1].label == "Recovery key");
    CHECK(f.keyring.slots()[0].id != f.keyring.slots()[1].id);
}

TEST_CASE("slot_opened_by names the slot the secret opens") {
    Fixture f;
    CHECK(f.keyring.slot_opened_by(secret("first passphrase"), SlotKind::Passphrase) ==
          passphrase_slot_id(f.keyring));
}

TEST_CASE("A keyring written to JSON and read back still opens") {
    Fixture f;
    const Keyring reread = Keyring::from_json(f.keyring.to_json());
    REQUIRE(reread.slots().size() == 2);
    CHECK(reread.slots()[0].id == f.keyring.slots()[0].id);
    CHECK(reread.slots()[0].salt == f.keyring.slots()[0].salt);
    const auto key = reread.unlock(secret("first passphrase"), SlotKind::Passphrase);
    REQUIRE(key);
    CHECK(reveal(*key) == reveal(f.data_key));
    CHECK(reread.to_json() == f.keyring.to_json());
}

TEST_CASE("The keyring JSON is format version 1 with the documented fields") {
    Fixture f;
    const json doc = json::parse(f.keyring.to_json());
    CHECK(doc["format"] == "securebase-keyring");
    CHECK(doc["version"] == 1);
    CHECK(doc["cipher"] == "xchacha20poly1305-ietf");
    CHECK(doc["kdf"] == "argon2id13");
    CHECK(doc["checksum"] == blake2b_hex(doc["slots"].dump()));
    const json& slot = doc["slots"][0];
    CHECK(slot["kind"] == "passphrase");
    CHECK(doc["slots"][1]["kind"] == "recovery");
    for (const char* name :
         {"id", "label", "opslimit", "memlimit", "salt", "nonce", "wrapped_key", "created_at"}) {
        CHECK(slot.contains(name));
    }
    CHECK(slot["salt"].get<std::string>().size() == 24);         // 16 bytes in base64
    CHECK(slot["wrapped_key"].get<std::string>().size() == 64);  // 48 bytes in base64
}

TEST_CASE("A bit flipped in a wrapped key stops the slot opening, even with a valid checksum") {
    Fixture f;
    json doc = json::parse(f.keyring.to_json());
    std::string wrapped = doc["slots"][0]["wrapped_key"];
    wrapped[5] = wrapped[5] == 'A' ? 'B' : 'A';
    doc["slots"][0]["wrapped_key"] = wrapped;
    const Keyring tampered = Keyring::from_json(with_fixed_checksum(doc));
    CHECK_FALSE(tampered.unlock(secret("first passphrase"), SlotKind::Passphrase));
}

TEST_CASE("A slot relabelled from passphrase to recovery does not open as a recovery slot") {
    Fixture f;
    json doc = json::parse(f.keyring.to_json());
    doc["slots"][0]["kind"] = "recovery";
    const Keyring tampered = Keyring::from_json(with_fixed_checksum(doc));
    CHECK_FALSE(tampered.unlock(secret("first passphrase"), SlotKind::RecoveryKey));
}

TEST_CASE("A changed checksum makes the keyring damaged, naming keyring.json") {
    Fixture f;
    json doc = json::parse(f.keyring.to_json());
    std::string checksum = doc["checksum"];
    checksum[0] = checksum[0] == '0' ? '1' : '0';
    doc["checksum"] = checksum;
    require_damaged(doc.dump());
}

TEST_CASE("An edited field without a new checksum makes the keyring damaged") {
    Fixture f;
    json doc = json::parse(f.keyring.to_json());
    doc["slots"][0]["label"] = "Someone else";
    require_damaged(doc.dump());
}

TEST_CASE("A truncated keyring is damaged") {
    Fixture f;
    const std::string text = f.keyring.to_json();
    for (const std::size_t length :
         {std::size_t{0}, std::size_t{1}, text.size() / 2, text.size() - 3}) {
        require_damaged(text.substr(0, length));
    }
}

TEST_CASE("Missing fields, wrong types, wrong lengths and unknown kinds are damage") {
    Fixture f;
    const json good = json::parse(f.keyring.to_json());
    auto slot_edit = [&](auto edit) {
        json doc = good;
        edit(doc["slots"][0]);
        return with_fixed_checksum(doc);
    };
    require_damaged(slot_edit([](json& s) { s.erase("salt"); }));
    require_damaged(slot_edit([](json& s) { s.erase("id"); }));
    require_damaged(slot_edit([](json& s) { s["opslimit"] = "two"; }));
    require_damaged(slot_edit([](json& s) { s["memlimit"] = -1; }));
    require_damaged(slot_edit([](json& s) { s["opslimit"] = 0; }));
    require_damaged(slot_edit([](json& s) { s["label"] = 7; }));
    require_damaged(slot_edit([](json& s) { s["salt"] = "AAAA"; }));
    require_damaged(slot_edit([](json& s) { s["nonce"] = "not base64!"; }));
    require_damaged(slot_edit([](json& s) { s["wrapped_key"] = s["salt"]; }));
    require_damaged(slot_edit([](json& s) { s["kind"] = "fingerprint"; }));
    require_damaged(slot_edit([](json& s) { s = "a string"; }));

    json no_slots = good;
    no_slots.erase("slots");
    require_damaged(no_slots.dump());
    json repeated = good;
    repeated["slots"][1]["id"] = repeated["slots"][0]["id"];
    require_damaged(with_fixed_checksum(repeated));
    json empty = good;
    empty["slots"] = json::array();
    require_damaged(with_fixed_checksum(empty));
    json bad_cipher = good;
    bad_cipher["cipher"] = "aes-256-gcm";
    require_damaged(bad_cipher.dump());
    require_damaged("[1, 2, 3]");
}

TEST_CASE("A file that is not a SecureBase keyring is damaged") {
    Fixture f;
    json doc = json::parse(f.keyring.to_json());
    doc["format"] = "someone-elses-keyring";
    require_damaged(doc.dump());
}

TEST_CASE("A keyring of a newer format version asks for a newer SecureBase") {
    Fixture f;
    json doc = json::parse(f.keyring.to_json());
    doc["version"] = 2;
    doc["slots"] = "a layout this version does not know";
    try {
        Keyring::from_json(doc.dump());
        FAIL("a version 2 keyring was accepted");
    } catch (const sb::VaultTooNew& error) {
        CHECK_THAT(error.what(), Catch::Contains("keyring format 2"));
    }
}

TEST_CASE("Rewrapping a slot keeps the data key and retires the old passphrase") {
    Fixture f;
    const std::string id = passphrase_slot_id(f.keyring);
    const auto old_salt = f.keyring.slots()[0].salt;
    f.keyring.rewrap_slot(id, f.data_key, secret("second passphrase"), kFast,
                          "2024-06-01T10:00:00Z");
    CHECK_FALSE(f.keyring.unlock(secret("first passphrase"), SlotKind::Passphrase));
    const auto key = f.keyring.unlock(secret("second passphrase"), SlotKind::Passphrase);
    REQUIRE(key);
    CHECK(reveal(*key) == reveal(f.data_key));
    CHECK(f.keyring.slots()[0].id == id);
    CHECK(f.keyring.slots()[0].salt != old_salt);
    CHECK(f.keyring.slots()[0].created_at == "2024-06-01T10:00:00Z");
    CHECK_THROWS_AS(f.keyring.rewrap_slot("s-unknown", f.data_key, secret("x"), kFast, kNow),
                    sb::InvalidInput);
}

TEST_CASE("An added passphrase opens the vault alongside the first") {
    Fixture f;
    const std::string id = f.keyring.add_passphrase_slot(
        f.data_key, "Dr Ben Okafor", secret("colleague's passphrase"), kFast, kNow);
    CHECK(f.keyring.slots().size() == 3);
    CHECK(f.keyring.slot_opened_by(secret("colleague's passphrase"), SlotKind::Passphrase) == id);
    CHECK(f.keyring.unlock(secret("first passphrase"), SlotKind::Passphrase));
}

TEST_CASE("A passphrase slot without a label is refused") {
    Fixture f;
    CHECK_THROWS_AS(
        f.keyring.add_passphrase_slot(f.data_key, "  ", secret("passphrase"), kFast, kNow),
        sb::InvalidInput);
    CHECK(f.keyring.slots().size() == 2);
}

TEST_CASE("A new recovery key makes the old one stop working") {
    Fixture f;
    const std::string next = "ZZZZ-YYYY-XXXX-WWWW-VVVV-TTTT-SSSS-RRRR-QQQQ";
    f.keyring.replace_recovery_slot(f.data_key, secret(next), kFast, kNow);
    CHECK_FALSE(f.keyring.unlock(secret(kRecovery), SlotKind::RecoveryKey));
    const auto key = f.keyring.unlock(secret(next), SlotKind::RecoveryKey);
    REQUIRE(key);
    CHECK(reveal(*key) == reveal(f.data_key));
    int recovery_slots = 0;
    for (const KeySlot& slot : f.keyring.slots()) {
        recovery_slots += slot.kind == SlotKind::RecoveryKey ? 1 : 0;
    }
    CHECK(recovery_slots == 1);
}

TEST_CASE("The last passphrase slot cannot be removed") {
    Fixture f;
    const std::string first = passphrase_slot_id(f.keyring);
    CHECK_THROWS_AS(f.keyring.remove_slot(first), sb::InvalidInput);
    CHECK_THROWS_AS(f.keyring.remove_slot("s-0000000000000000"), sb::InvalidInput);

    const std::string second =
        f.keyring.add_passphrase_slot(f.data_key, "Dr Ben Okafor", secret("another"), kFast, kNow);
    f.keyring.remove_slot(first);
    CHECK_FALSE(f.keyring.unlock(secret("first passphrase"), SlotKind::Passphrase));
    CHECK_THROWS_AS(f.keyring.remove_slot(second), sb::InvalidInput);
}
