// `securebase-cli client …`: add, list, show, edit, partner links, discharge, reopen, erase.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/cli_support.h"

using namespace sb::cli::test;

namespace {

bool lists_code(const nlohmann::json& rows, const std::string& code) {
    for (const auto& row : rows) {
        if (row["code"] == code) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("client show --json prints every field under its own name") {
    const Practice practice;
    const auto code =
        practice.add_client({"--legal-name", "Tomás Reyes", "--preferred-name", "Tom", "--pronouns",
                             "he/him", "--phone", "+34 600 000 000", "--dob", "1985-11-02"});
    const auto shown = practice.json({"client", "show", code, "--json"});
    CHECK(shown["code"] == code);
    CHECK(shown["legal_name"] == "Tomás Reyes");
    CHECK(shown["preferred_name"] == "Tom");
    CHECK(shown["pronouns"] == "he/him");
    CHECK(shown["phone"] == "+34 600 000 000");
    CHECK(shown["date_of_birth"] == "1985-11-02");
    CHECK(shown["status"] == "active");
    CHECK(shown["relationship_status"] == "unspecified");
    CHECK(shown["partner_code"].is_null());
    CHECK(shown["discharge_date"] == "");
    for (const char* key :
         {"id", "email", "address", "emergency_contact_name", "referral_source",
          "presenting_concerns", "intake_date", "notes", "created_at", "updated_at"}) {
        INFO(key);
        CHECK(shown.contains(key));
    }
}

TEST_CASE("client show without --json prints labelled lines") {
    const Practice practice;
    const auto code = practice.add_client({"--legal-name", "Ana Díaz", "--preferred-name", "Ana"});
    const auto shown = practice.run_unlocked({"client", "show", code});
    REQUIRE(shown.exit_code == 0);
    CHECK(shown.out.rfind("Client code:                    " + code + "\n", 0) == 0);
    CHECK(shown.out.find("\nStatus:                         active\n") != std::string::npos);
    CHECK(shown.out.find("\nLegal name:                     Ana Díaz\n") != std::string::npos);
}

TEST_CASE("client list prints a table with a count, or says no clients match") {
    const Practice practice;
    CHECK(practice.run_unlocked({"client", "list"}).out == "No clients match.\n");
    const auto code = practice.add_client({"--legal-name", "Ana Díaz", "--preferred-name", "Ana"});
    const auto listed = practice.run_unlocked({"client", "list"});
    REQUIRE(listed.exit_code == 0);
    CHECK(listed.out.rfind("CODE     NAME", 0) == 0);
    CHECK(listed.out.find(code + "  Ana (Ana Díaz)  active") != std::string::npos);
    CHECK(listed.out.substr(listed.out.size() - 9) == "1 client\n");
}

TEST_CASE("client list lines up its columns for names that take two columns a character") {
    const Practice practice;
    const auto wide = practice.add_client({"--legal-name", "林美"});    // 6 bytes, 4 columns
    const auto narrow = practice.add_client({"--legal-name", "Abcd"});  // 4 bytes, 4 columns
    const auto listed = practice.run_unlocked({"client", "list"}).out;
    const auto line_of = [&listed](const std::string& code) {
        const auto start = listed.find(code);
        return listed.substr(start, listed.find('\n', start) - start);
    };
    INFO(listed);
    // Equal on screen means the wide name's line has two more bytes and two fewer spaces.
    CHECK(line_of(wide).size() == line_of(narrow).size() + 2);
    CHECK(line_of(wide).find("active") == line_of(narrow).find("active") + 2);
}

TEST_CASE("client list --search finds a client by part of a name, ignoring case and accents") {
    const Practice practice;
    const auto ana = practice.add_client({"--legal-name", "Ana Díaz"});
    practice.add_client({"--legal-name", "Bruno Keller"});
    const auto found = practice.json({"client", "list", "--search", "diaz", "--json"});
    REQUIRE(found.size() == 1);
    CHECK(found[0]["code"] == ana);
}

TEST_CASE("client edit changes only the fields given") {
    const Practice practice;
    const auto code = practice.add_client({"--legal-name", "Ana Díaz", "--preferred-name", "Ana",
                                           "--phone", "555-0100", "--dob", "1990-04-01"});
    const auto before = practice.json({"client", "show", code, "--json"});

    const auto edited = practice.run_unlocked({"client", "edit", code, "--phone", "555-0199"});
    INFO(edited.err);
    REQUIRE(edited.exit_code == 0);
    CHECK(edited.out.find("Phone:") != std::string::npos);

    const auto after = practice.json({"client", "show", code, "--json"});
    CHECK(after["phone"] == "555-0199");
    auto unchanged = after;
    unchanged["phone"] = before["phone"];
    unchanged["updated_at"] = before["updated_at"];
    CHECK(unchanged == before);
}

TEST_CASE("client edit --json prints the edited record") {
    const Practice practice;
    const auto code = practice.add_client({"--legal-name", "Ana Díaz"});
    const auto edited = practice.json({"client", "edit", code, "--status", "paused", "--json"});
    CHECK(edited["code"] == code);
    CHECK(edited["status"] == "paused");
}

TEST_CASE("client edit refuses a status of discharged and points to client discharge") {
    const Practice practice;
    const auto code = practice.add_client({"--legal-name", "Ana Díaz"});
    const auto refused = practice.run_unlocked({"client", "edit", code, "--status", "discharged"});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err ==
          "securebase-cli: Status must be active or paused; use `client "
          "discharge` to discharge a client.\n");
    CHECK(practice.json({"client", "show", code, "--json"})["status"] == "active");
}

TEST_CASE("client edit --partner links two clients both ways and --no-partner unlinks both") {
    const Practice practice;
    const auto ana = practice.add_client({"--legal-name", "Ana Díaz"});
    const auto ben = practice.add_client({"--legal-name", "Ben Adler"});

    const auto linked = practice.run_unlocked(
        {"client", "edit", ana, "--partner", ben, "--relationship-status", "married"});
    INFO(linked.err);
    REQUIRE(linked.exit_code == 0);
    CHECK(practice.json({"client", "show", ana, "--json"})["partner_code"] == ben);
    CHECK(practice.json({"client", "show", ben, "--json"})["partner_code"] == ana);
    CHECK(practice.json({"client", "show", ana, "--json"})["relationship_status"] == "married");

    const auto unlinked = practice.run_unlocked({"client", "edit", ana, "--no-partner"});
    INFO(unlinked.err);
    REQUIRE(unlinked.exit_code == 0);
    CHECK(practice.json({"client", "show", ana, "--json"})["partner_code"].is_null());
    CHECK(practice.json({"client", "show", ben, "--json"})["partner_code"].is_null());
}

TEST_CASE("client edit with both --partner and --no-partner is refused and changes nothing") {
    const Practice practice;
    const auto ana = practice.add_client({"--legal-name", "Ana Díaz"});
    const auto ben = practice.add_client({"--legal-name", "Ben Adler"});
    const auto both =
        practice.run_unlocked({"client", "edit", ana, "--partner", ben, "--no-partner"});
    CHECK(both.exit_code == 1);
    CHECK(practice.json({"client", "show", ana, "--json"})["partner_code"].is_null());
    CHECK(practice.json({"client", "show", ben, "--json"})["partner_code"].is_null());
}

TEST_CASE("client add --partner links the new client to an existing one") {
    const Practice practice;
    const auto ana = practice.add_client({"--legal-name", "Ana Díaz"});
    const auto ben = practice.add_client({"--legal-name", "Ben Adler", "--partner", ana});
    CHECK(practice.json({"client", "show", ben, "--json"})["partner_code"] == ana);
    CHECK(practice.json({"client", "show", ana, "--json"})["partner_code"] == ben);
}

TEST_CASE("A discharged client leaves the list until asked for, and reopen brings them back") {
    const Practice practice;
    const auto code =
        practice.add_client({"--legal-name", "Ana Díaz", "--intake-date", "2024-01-10"});

    const auto discharged =
        practice.run_unlocked({"client", "discharge", code, "--date", "2024-05-31"});
    INFO(discharged.err);
    REQUIRE(discharged.exit_code == 0);
    CHECK(discharged.out == code + " discharged on 2024-05-31\n");

    CHECK_FALSE(lists_code(practice.json({"client", "list", "--json"}), code));
    const auto all = practice.json({"client", "list", "--status", "all", "--json"});
    REQUIRE(lists_code(all, code));
    CHECK(all[0]["status"] == "discharged");
    CHECK(lists_code(practice.json({"client", "list", "--status", "discharged", "--json"}), code));
    const auto shown = practice.json({"client", "show", code, "--json"});
    CHECK(shown["status"] == "discharged");
    CHECK(shown["discharge_date"] == "2024-05-31");

    const auto reopened = practice.run_unlocked({"client", "reopen", code});
    INFO(reopened.err);
    REQUIRE(reopened.exit_code == 0);
    CHECK(reopened.out == code + " is active again\n");
    CHECK(lists_code(practice.json({"client", "list", "--json"}), code));
    const auto again = practice.json({"client", "show", code, "--json"});
    CHECK(again["status"] == "active");
    CHECK(again["discharge_date"] == "");
}

TEST_CASE("A discharge date before the intake date is refused") {
    const Practice practice;
    const auto code =
        practice.add_client({"--legal-name", "Ana Díaz", "--intake-date", "2024-01-10"});
    const auto refused =
        practice.run_unlocked({"client", "discharge", code, "--date", "2023-12-31"});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err == "securebase-cli: Discharge date must not be before the intake date.\n");
    CHECK(practice.json({"client", "show", code, "--json"})["status"] == "active");
}

TEST_CASE("client list refuses an unknown status word") {
    const Practice practice;
    const auto refused = practice.run_unlocked({"client", "list", "--status", "gone"});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err ==
          "securebase-cli: Unknown status \"gone\": use active, paused, discharged "
          "or all.\n");
}

TEST_CASE("client erase without --confirm refuses and keeps the client") {
    const Practice practice;
    const auto code = practice.add_client({"--legal-name", "Ana Díaz"});

    const auto refused = practice.run_unlocked({"client", "erase", code});
    CHECK(refused.exit_code == 2);
    CHECK(refused.out.empty());
    CHECK(refused.err ==
          "securebase-cli: Erasing a client is permanent: repeat the client code "
          "with --confirm " +
              code + " to go ahead.\n");

    const auto mismatched =
        practice.run_unlocked({"client", "erase", code, "--confirm", "ZZZ-ZZZ"});
    CHECK(mismatched.exit_code == 2);
    CHECK(practice.run_unlocked({"client", "show", code}).exit_code == 0);
}

TEST_CASE("client erase --confirm CODE removes the client for good") {
    const Practice practice;
    const auto code = practice.add_client({"--legal-name", "Ana Díaz"});

    const auto erased = practice.run_unlocked({"client", "erase", code, "--confirm", code});
    INFO(erased.err);
    REQUIRE(erased.exit_code == 0);
    CHECK(erased.out == code + " erased permanently\n");

    const auto gone = practice.run_unlocked({"client", "show", code});
    CHECK(gone.exit_code == 19);
    CHECK(gone.err == "securebase-cli: There is no client with the code " + code + ".\n");
    CHECK(practice.json({"client", "list", "--status", "all", "--json"}).empty());
}

TEST_CASE("An unknown client code exits with the NotFound code and names the code") {
    const Practice practice;
    for (const char* command : {"show", "edit", "discharge", "reopen"}) {
        INFO(command);
        const auto missing = practice.run_unlocked({"client", command, "ZZZ-ZZZ"});
        CHECK(missing.exit_code == 19);
        CHECK(missing.out.empty());
        CHECK(missing.err == "securebase-cli: There is no client with the code ZZZ-ZZZ.\n");
    }
    const auto partner = practice.run_unlocked(
        {"client", "add", "--legal-name", "Ana Díaz", "--partner", "ZZZ-ZZZ"});
    CHECK(partner.exit_code == 19);
    CHECK(practice.json({"client", "list", "--json"}).empty());
}

TEST_CASE("client add without a legal name is refused as invalid input") {
    const Practice practice;
    const auto refused = practice.run_unlocked({"client", "add", "--preferred-name", "Ana"});
    CHECK(refused.exit_code == 2);
    CHECK(refused.out.empty());
    CHECK(refused.err.rfind("securebase-cli: ", 0) == 0);
    CHECK(practice.json({"client", "list", "--json"}).empty());
}
