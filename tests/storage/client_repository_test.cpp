// Client records: stored byte for byte, coded, linked as couples, discharged, erased.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "core/errors.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

namespace {

// Every field, in several scripts, with emoji and a decomposed accent (e + U+0301) that must
// come back decomposed.
Client client_in_many_scripts() {
    Client client;
    client.legal_name = "فاطمة الزهراء";
    client.preferred_name = "小明";
    client.pronouns = "она/её";
    client.date_of_birth = "1990-04-01";
    client.phone = "+971 50 123 4567";
    client.email = "fatima@example.org";
    client.address = "🏠 12 Rue de l'Église\n75004 Paris\tFrance";
    client.emergency_contact_name = "Олена Петренко";
    client.emergency_contact_phone = "+380 44 123 45 67";
    client.emergency_contact_relationship = "姐姐 👭";
    client.referral_source = "Dr Jose\u0301 Nu\u0301n\u0303ez";
    client.presenting_concerns = "Sleep 😴\nWork stress — «burn-out»";
    client.relationship_status = RelationshipStatus::Married;
    client.status = ClientStatus::Paused;
    client.intake_date = "2026-01-15";
    client.notes =
        "Cafe\u0301 ☕ every morning. 👩🏽‍⚕️ referral.\n\tالملاحظات";
    return client;
}

Client changed_everywhere(Client client) {
    for (const auto& field : client_text_fields()) {
        auto& value = *text_field(client, field.key);
        if (field.key != "date_of_birth" && field.key != "email" && field.key != "intake_date" &&
            field.key != "discharge_date") {
            value += " ✎ changed";
        }
    }
    client.date_of_birth = "1991-05-02";
    client.email = "f.zahra@example.org";
    client.intake_date = "2026-02-01";
    client.relationship_status = RelationshipStatus::Separated;
    client.status = ClientStatus::Active;
    return client;
}

// Compares what a person typed with what came back, ignoring what storage sets.
void require_same_fields(const Client& typed, const Client& stored) {
    for (const auto& field : client_text_fields()) {
        INFO(field.key);
        CHECK(*text_field(stored, field.key) == *text_field(typed, field.key));
    }
    CHECK(stored.relationship_status == typed.relationship_status);
    CHECK(stored.status == typed.status);
    CHECK(stored.partner_id == typed.partner_id);
}

}  // namespace

TEST_CASE(
    "Every field of a client comes back byte for byte, in any script, after add and "
    "update and reopening the vault") {
    TempFolder temp;
    const Client typed = client_in_many_scripts();
    Client stored;
    Client updated_typed;
    {
        auto created = create_open_vault(temp.vault());
        auto& clients = created.vault->clients();
        stored = clients.add(typed);
        require_same_fields(typed, stored);
        CHECK(stored.id > 0);
        CHECK_FALSE(stored.created_at.empty());
        CHECK(clients.get(stored.id) == stored);

        updated_typed = changed_everywhere(stored);
        const Client updated = clients.update(updated_typed);
        require_same_fields(updated_typed, updated);
        CHECK(updated.code == stored.code);
        CHECK(updated.created_at == stored.created_at);
    }
    auto vault = open_vault(temp.vault());
    const Client again = vault->clients().get(stored.id);
    require_same_fields(updated_typed, again);
    CHECK(again.referral_source == "Dr Jose\u0301 Nu\u0301n\u0303ez ✎ changed");
    CHECK(vault->clients().get_by_code(stored.code) == again);
}

TEST_CASE("Client codes are unique, shaped like K7Q-3M9, and found in any case") {
    TempFolder temp;
    auto created = create_open_vault(temp.vault());
    auto& clients = created.vault->clients();
    const std::regex shape("[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}");
    std::set<std::string> codes;
    for (int i = 0; i < 60; ++i) {
        const auto code = clients.add(client_named("Client " + std::to_string(i))).code;
        CHECK(std::regex_match(code, shape));
        codes.insert(code);
    }
    CHECK(codes.size() == 60);
    std::string lower = *codes.begin();
    for (auto& c : lower) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    CHECK(clients.get_by_code("  " + lower + " ").code == *codes.begin());
    CHECK(sentence_of<NotFound>([&] { clients.get_by_code("ZZZ-ZZZ0"); }) ==
          "There is no client with the code ZZZ-ZZZ0.");
    // A name typed where a code belongs is not repeated back.
    CHECK(sentence_of<NotFound>([&] { clients.get_by_code("Ana Díaz"); }) ==
          "That is not a client code; client codes look like K7Q-3M9.");
}

TEST_CASE("Linking partners is symmetric, moves with the couple, and ends when one is erased") {
    TempFolder temp;
    auto created = create_open_vault(temp.vault());
    auto& clients = created.vault->clients();
    const auto a = clients.add(client_named("Alex Moreau"));
    auto b_typed = client_named("Blair Moreau");
    b_typed.partner_id = a.id;
    const auto b = clients.add(b_typed);
    CHECK(clients.get(a.id).partner_id == b.id);
    CHECK(clients.get(b.id).partner_id == a.id);

    const auto c = clients.add(client_named("Casey Lund"));
    auto a_now = clients.get(a.id);
    a_now.partner_id = c.id;
    clients.update(a_now);
    CHECK(clients.get(a.id).partner_id == c.id);
    CHECK(clients.get(c.id).partner_id == a.id);
    CHECK_FALSE(clients.get(b.id).partner_id);

    clients.erase(a.id);
    CHECK_FALSE(clients.get(c.id).partner_id);
    CHECK_FALSE(clients.get(b.id).partner_id);

    auto d = client_named("Dana Lund");
    d.partner_id = a.id;
    CHECK(sentence_of<InvalidInput>([&] { clients.add(d); }) ==
          "The partner chosen is no longer in the practice.");
    auto self = clients.get(c.id);
    self.partner_id = c.id;
    CHECK(sentence_of<InvalidInput>([&] { clients.update(self); }) ==
          "A client cannot be their own partner.");
}

TEST_CASE("Discharging needs a date not before intake; a discharged client can be re-opened") {
    TempFolder temp;
    auto created = create_open_vault(temp.vault());
    auto& clients = created.vault->clients();
    const auto client = clients.add(client_named("Ana Díaz"));  // intake 2026-01-15

    CHECK(sentence_of<InvalidInput>([&] { clients.discharge(client.id, "2026-01-14"); }) ==
          "Discharge date must not be before the intake date.");
    CHECK(sentence_of<InvalidInput>([&] { clients.discharge(client.id, " "); }) ==
          "Discharge date is required when a client is discharged.");
    CHECK(sentence_of<InvalidInput>([&] { clients.discharge(client.id, "30/06/2026"); }) ==
          "Discharge date must be a date like 2026-06-30.");
    CHECK(clients.get(client.id).status == ClientStatus::Active);

    const auto discharged = clients.discharge(client.id, "2026-01-15");
    CHECK(discharged.status == ClientStatus::Discharged);
    CHECK(discharged.discharge_date == "2026-01-15");
    CHECK(created.vault->audit().recent(1).front().action == "client.discharged");
    CHECK(sentence_of<InvalidInput>([&] { clients.discharge(client.id, "2026-02-01"); }) ==
          "This client is already discharged.");

    const auto reopened = clients.reopen(client.id);
    CHECK(reopened.status == ClientStatus::Active);
    CHECK(reopened.discharge_date.empty());
    CHECK(created.vault->audit().recent(1).front().action == "client.reopened");
    CHECK(sentence_of<InvalidInput>([&] { clients.reopen(client.id); }) ==
          "Only a discharged client can be re-opened.");
}

TEST_CASE("Erasing a client removes them and is audited by code alone, never by name") {
    TempFolder temp;
    auto created = create_open_vault(temp.vault());
    auto& clients = created.vault->clients();
    auto typed = client_named("Ana Díaz");
    typed.preferred_name = "Anita";
    const auto client = clients.add(typed);
    clients.open_record(client.id);
    clients.update(clients.get(client.id));
    clients.erase(client.id);

    CHECK(sentence_of<NotFound>([&] { clients.get(client.id); }) ==
          "That client is no longer in the practice.");
    CHECK(clients.count() == 0);
    const auto events = created.vault->audit().recent(1000);
    CHECK(events.front().action == "client.erased");
    CHECK(events.front().subject == client.code);
    std::vector<std::string> actions;
    for (const auto& event : events) {
        actions.push_back(event.action);
        for (const auto* part : {&event.actor, &event.action, &event.subject, &event.detail}) {
            CHECK_FALSE(contains(*part, "Díaz"));
            CHECK_FALSE(contains(*part, "Anita"));
        }
    }
    CHECK(actions == std::vector<std::string>{"client.erased", "client.updated", "client.opened",
                                              "client.created", "vault.created"});
    CHECK(sentence_of<NotFound>([&] { clients.erase(client.id); }) ==
          "That client is no longer in the practice.");
}

TEST_CASE("A client that is not acceptable is refused with a sentence naming the field") {
    TempFolder temp;
    auto created = create_open_vault(temp.vault());
    auto& clients = created.vault->clients();
    const auto refused = [&](const std::function<void(Client&)>& change) {
        auto client = client_named("Ana Díaz");
        change(client);
        return sentence_of<InvalidInput>([&] { clients.add(client); });
    };
    CHECK(refused([](Client& c) { c.legal_name = "   "; }) == "Legal name is required.");
    CHECK(refused([](Client& c) { c.legal_name = "Ana\nDíaz"; }) ==
          "Legal name must fit on one line.");
    CHECK(refused([](Client& c) { c.email = "ana at example"; }) ==
          "Email must look like name@example.org.");
    CHECK(refused([](Client& c) { c.date_of_birth = "01/04/1990"; }) ==
          "Date of birth must be a date like 1990-04-01.");
    CHECK(refused([](Client& c) { c.notes = std::string("bell \a here"); }) ==
          "Notes contains an invisible control character; please remove it.");
    CHECK(refused([](Client& c) { c.phone = std::string("\xff\xfe"); }) ==
          "Phone contains characters that cannot be read as text; please type it again.");
    CHECK(clients.count() == 0);

    auto missing = client_named("Nobody Here");
    missing.id = 4242;
    CHECK(sentence_of<NotFound>([&] { clients.update(missing); }) ==
          "That client is no longer in the practice.");
}
