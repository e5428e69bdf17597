// `securebase-cli vault …` and `audit list`: creating a vault, unlocking it, and its keys.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "cli/cli_support.h"

using namespace sb::cli::test;

namespace {

const char* const kWrongPassphraseError =
    "securebase-cli: That passphrase is not right for this practice vault.\n";

CliResult init_vault(const std::filesystem::path& folder, const std::string& passphrase) {
    const SecretPipe secret(passphrase);
    return run({"--vault", folder.string(), "--new-passphrase-fd", secret.fd(), "vault", "init",
                "--practice", "Harbour Counselling", "--counsellor", "Mira Okafor"});
}

nlohmann::json status_of(const Practice& practice) {
    const auto result = run({"--vault", practice.folder().string(), "vault", "status", "--json"});
    REQUIRE(result.exit_code == 0);
    return nlohmann::json::parse(result.out);
}

}  // namespace

TEST_CASE("vault init prints the vault folder and a recovery key of nine groups of four") {
    TempFolder temp;
    const auto folder = temp.path() / "practice";
    const auto created = init_vault(folder, kPassphrase);
    INFO(created.err);
    REQUIRE(created.exit_code == 0);
    CHECK(created.err.empty());
    const std::regex expected(
        "Created the practice vault in " + folder.string() +
        "\nRecovery key \\(shown once; print it and keep it away from this computer\\):\n\n"
        "    [0-9A-Z]{4}(-[0-9A-Z]{4}){8}\n\n"
        "It opens this vault if the passphrase is forgotten\\. Anyone holding it can open the "
        "vault\\.\n");
    CHECK(std::regex_match(created.out, expected));
    CHECK(std::filesystem::exists(folder / "practice.db"));
    CHECK(std::filesystem::exists(folder / "keyring.json"));
}

TEST_CASE("vault init refuses a weak passphrase with its reason and makes no vault") {
    TempFolder temp;
    const auto folder = temp.path() / "practice";
    const auto refused = init_vault(folder, "short");
    CHECK(refused.exit_code == 18);
    CHECK(refused.out.empty());
    CHECK(refused.err == "securebase-cli: Use at least 12 characters; this has 5.\n");
    CHECK_FALSE(std::filesystem::exists(folder / "keyring.json"));

    const auto predictable = init_vault(folder, "password1234");
    CHECK(predictable.exit_code == 18);
    CHECK(predictable.err ==
          "securebase-cli: This passphrase is too predictable: avoid common "
          "words, repeats and sequences like 1234.\n");
}

TEST_CASE("vault init twice in one folder refuses the second time") {
    TempFolder temp;
    const auto folder = temp.path() / "practice";
    REQUIRE(init_vault(folder, kPassphrase).exit_code == 0);
    const auto again = init_vault(folder, kSecondPassphrase);
    CHECK(again.exit_code == 15);
    CHECK(again.out.empty());
    CHECK(again.err ==
          "securebase-cli: There is already a practice vault in " + folder.string() + ".\n");
}

TEST_CASE("A wrong passphrase exits with 10 and says so in one sentence") {
    const Practice practice;
    const auto wrong = practice.run_unlocked({"client", "list"}, "not the right passphrase");
    CHECK(wrong.exit_code == 10);
    CHECK(wrong.out.empty());
    CHECK(wrong.err == kWrongPassphraseError);
}

TEST_CASE("The recovery key printed by vault init unlocks the vault") {
    const Practice practice;
    const auto listed = practice.run_unlocked({"client", "list"}, practice.recovery_key());
    INFO(listed.err);
    CHECK(listed.exit_code == 0);
    CHECK(listed.out == "No clients match.\n");

    SECTION("typed in lower case with spaces instead of dashes") {
        std::string typed = practice.recovery_key();
        for (char& c : typed) {
            c = c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        CHECK(practice.run_unlocked({"client", "list"}, typed).exit_code == 0);
    }
}

TEST_CASE("vault status counts failed unlocks until the next good one") {
    const Practice practice;
    const auto fresh = status_of(practice);
    CHECK(fresh["exists"] == true);
    CHECK(fresh["folder"] == practice.folder().string());
    CHECK(fresh["passphrase_slots"] == 1);
    CHECK(fresh["recovery_key"] == true);
    CHECK(fresh["failed_unlocks"] == 0);

    REQUIRE(practice.run_unlocked({"client", "list"}, "not the right passphrase").exit_code == 10);
    CHECK(status_of(practice)["failed_unlocks"] == 1);

    const auto good = practice.run_unlocked({"client", "list"});
    CHECK(good.exit_code == 0);
    CHECK(good.err.find("Note: 1 failed unlock attempt(s) were recorded since this vault was "
                        "last opened.\n") != std::string::npos);
    CHECK(status_of(practice)["failed_unlocks"] == 0);
}

TEST_CASE("vault status describes a vault in words without unlocking it") {
    const Practice practice;
    const auto status = run({"--vault", practice.folder().string(), "vault", "status"});
    CHECK(status.exit_code == 0);
    CHECK(status.out == "Practice vault:        " + practice.folder().string() +
                            "\nPassphrase slots:      1\nRecovery key slot:     yes\n"
                            "Failed unlocks since last opened: 0\n");
}

TEST_CASE("audit list shows a failed unlock after the next successful one") {
    const Practice practice;
    REQUIRE(practice.run_unlocked({"client", "list"}, "not the right passphrase").exit_code == 10);
    const auto events = practice.json({"audit", "list", "--json"});
    REQUIRE(events.is_array());
    bool found_failed = false;
    for (const auto& event : events) {
        for (const char* key : {"id", "at", "actor", "action", "subject", "detail"}) {
            CHECK(event.contains(key));
        }
        if (event["action"] == "unlock.failed") {
            found_failed = true;
            CHECK(event["detail"] == "passphrase via cli");
        }
    }
    CHECK(found_failed);

    const auto text = practice.run_unlocked({"audit", "list"});
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("  unlock.failed  ") != std::string::npos);
    CHECK(text.out.find("Audit chain intact: ") != std::string::npos);
}

TEST_CASE("After vault passwd the old passphrase stops working and the new one works") {
    const Practice practice;
    const SecretPipe current(kPassphrase);
    const SecretPipe next(kSecondPassphrase);
    const auto changed = run({"--vault", practice.folder().string(), "--passphrase-fd",
                              current.fd(), "--new-passphrase-fd", next.fd(), "vault", "passwd"});
    INFO(changed.err);
    REQUIRE(changed.exit_code == 0);
    CHECK(changed.out == "Passphrase changed.\n");

    const auto old = practice.run_unlocked({"client", "list"});
    CHECK(old.exit_code == 10);
    CHECK(old.err == kWrongPassphraseError);
    CHECK(practice.run_unlocked({"client", "list"}, kSecondPassphrase).exit_code == 0);
    CHECK(practice.run_unlocked({"client", "list"}, practice.recovery_key()).exit_code == 0);
}

TEST_CASE("vault passwd refuses a weak new passphrase and keeps the old one") {
    const Practice practice;
    const SecretPipe current(kPassphrase);
    const SecretPipe next("short");
    const auto refused = run({"--vault", practice.folder().string(), "--passphrase-fd",
                              current.fd(), "--new-passphrase-fd", next.fd(), "vault", "passwd"});
    CHECK(refused.exit_code == 18);
    CHECK(refused.err == "securebase-cli: Use at least 12 characters; this has 5.\n");
    CHECK(practice.run_unlocked({"client", "list"}).exit_code == 0);
}

TEST_CASE("vault add-slot gives a second counsellor their own passphrase") {
    const Practice practice;
    const SecretPipe current(kPassphrase);
    const SecretPipe added(kSecondPassphrase);
    const auto result =
        run({"--vault", practice.folder().string(), "--passphrase-fd", current.fd(),
             "--new-passphrase-fd", added.fd(), "vault", "add-slot", "--counsellor", "Sam Lee"});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out == "Added a passphrase for Sam Lee.\n");

    CHECK(practice.run_unlocked({"client", "list"}).exit_code == 0);
    CHECK(practice.run_unlocked({"client", "list"}, kSecondPassphrase).exit_code == 0);
    CHECK(status_of(practice)["passphrase_slots"] == 2);
}

TEST_CASE("vault recovery prints a new recovery key and the old one stops working") {
    const Practice practice;
    const auto replaced = practice.run_unlocked({"vault", "recovery"});
    INFO(replaced.err);
    REQUIRE(replaced.exit_code == 0);
    const std::string new_key = recovery_key_in(replaced.out);
    REQUIRE_FALSE(new_key.empty());
    CHECK(new_key != practice.recovery_key());
    CHECK(replaced.out.rfind("Recovery key (shown once;", 0) == 0);

    CHECK(practice.run_unlocked({"client", "list"}, new_key).exit_code == 0);
    const auto old = practice.run_unlocked({"client", "list"}, practice.recovery_key());
    CHECK(old.exit_code == 10);
    CHECK(old.err == "securebase-cli: That recovery key does not open this practice vault.\n");
    CHECK(practice.run_unlocked({"client", "list"}).exit_code == 0);
}
