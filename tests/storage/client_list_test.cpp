// The client list: search that ignores case and accents, status filters and a stable order.
#include <catch2/catch.hpp>

#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

namespace {

std::vector<std::string> names(const std::vector<ClientSummary>& rows) {
    std::vector<std::string> result;
    for (const auto& row : rows) {
        result.push_back(display_name(row));
    }
    return result;
}

ClientFilter search_for(const std::string& text) {
    ClientFilter filter;
    filter.search = text;
    filter.discharged = true;
    return filter;
}

struct Practice {
    TempFolder temp;
    CreatedVault created = create_open_vault(temp.vault());
    ClientRepository& clients = created.vault->clients();

    Client add(const std::string& legal, ClientStatus status = ClientStatus::Active,
               const std::string& preferred = {}) {
        auto client = client_named(legal);
        client.preferred_name = preferred;
        auto stored = clients.add(client);
        if (status == ClientStatus::Paused) {
            stored.status = status;
            stored = clients.update(stored);
        } else if (status == ClientStatus::Discharged) {
            stored = clients.discharge(stored.id, "2026-03-01");
        }
        return stored;
    }
};

}  // namespace

TEST_CASE("Searching ignores case and accents in every script") {
    Practice practice;
    practice.add("Ana Díaz");
    practice.add("Петро Іваненко");
    practice.add("Ελένη Παπαδοπούλου");
    practice.add("王小明");
    practice.add("José Núñez", ClientStatus::Active, "Pepe");

    CHECK(names(practice.clients.list(search_for("diaz"))) == std::vector<std::string>{"Ana Díaz"});
    CHECK(names(practice.clients.list(search_for("DÍAZ"))) == std::vector<std::string>{"Ana Díaz"});
    CHECK(names(practice.clients.list(search_for("ПЕТРО"))) ==
          std::vector<std::string>{"Петро Іваненко"});
    CHECK(names(practice.clients.list(search_for("ελενη"))) ==
          std::vector<std::string>{"Ελένη Παπαδοπούλου"});
    CHECK(names(practice.clients.list(search_for("小明"))) == std::vector<std::string>{"王小明"});
    CHECK(names(practice.clients.list(search_for("pepe"))) ==
          std::vector<std::string>{"Pepe (José Núñez)"});
    CHECK(names(practice.clients.list(search_for("nunez"))) ==
          std::vector<std::string>{"Pepe (José Núñez)"});
    CHECK(practice.clients.list(search_for("nobody like this")).empty());
    CHECK(practice.clients.list(search_for("%")).empty());
    CHECK(practice.clients.list(search_for("_")).empty());
}

TEST_CASE("Searching by client code works with or without the dash, in any case") {
    Practice practice;
    const auto ana = practice.add("Ana Díaz");
    practice.add("Ben Ortiz");
    std::string compact = ana.code.substr(0, 3) + ana.code.substr(4);
    for (auto& c : compact) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    CHECK(names(practice.clients.list(search_for(ana.code))) ==
          std::vector<std::string>{"Ana Díaz"});
    CHECK(names(practice.clients.list(search_for(compact))) ==
          std::vector<std::string>{"Ana Díaz"});
}

TEST_CASE("The list shows active, then paused, then discharged clients, each by name") {
    Practice practice;
    practice.add("Zoe Adams");
    practice.add("carl Young", ClientStatus::Discharged);
    practice.add("Bea Stone", ClientStatus::Paused);
    practice.add("Ömer Kaya");
    practice.add("Yusuf Ali", ClientStatus::Active, "Al");
    practice.add("Abe Lin", ClientStatus::Paused);
    practice.add("Ana Díaz", ClientStatus::Discharged);

    CHECK(names(practice.clients.list(search_for(""))) ==
          std::vector<std::string>{"Al (Yusuf Ali)", "Ömer Kaya", "Zoe Adams", "Abe Lin",
                                   "Bea Stone", "Ana Díaz", "carl Young"});
}

TEST_CASE("The list shows only the statuses asked for; by default not the discharged") {
    Practice practice;
    practice.add("Active Client");
    practice.add("Paused Client", ClientStatus::Paused);
    practice.add("Discharged Client", ClientStatus::Discharged);

    CHECK(names(practice.clients.list({})) ==
          std::vector<std::string>{"Active Client", "Paused Client"});
    ClientFilter only_discharged;
    only_discharged.active = false;
    only_discharged.paused = false;
    only_discharged.discharged = true;
    CHECK(names(practice.clients.list(only_discharged)) ==
          std::vector<std::string>{"Discharged Client"});
    ClientFilter only_paused;
    only_paused.active = false;
    CHECK(names(practice.clients.list(only_paused)) == std::vector<std::string>{"Paused Client"});
    ClientFilter nothing;
    nothing.active = false;
    nothing.paused = false;
    CHECK(practice.clients.list(nothing).empty());
    CHECK(practice.clients.count() == 3);
}

TEST_CASE("A list row carries what the list shows: code, names, status, intake and partner") {
    Practice practice;
    const auto ana = practice.add("Ana Díaz", ClientStatus::Active, "Anita");
    auto partner = client_named("Ben Ortiz");
    partner.partner_id = ana.id;
    const auto ben = practice.clients.add(partner);
    const auto rows = practice.clients.list(search_for("anita"));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].id == ana.id);
    CHECK(rows[0].code == ana.code);
    CHECK(rows[0].legal_name == "Ana Díaz");
    CHECK(rows[0].preferred_name == "Anita");
    CHECK(rows[0].status == ClientStatus::Active);
    CHECK(rows[0].intake_date == "2026-01-15");
    CHECK(rows[0].partner_id == ben.id);
}
