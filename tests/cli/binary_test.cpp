// The built securebase-cli binary, run the way a person's script runs it: through bash, with
// secrets on inherited file descriptors (`3<secret`).
#include <catch2/catch.hpp>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "cli/cli_support.h"
#include "crypto/secure_buffer.h"
#include "storage/vault.h"

using namespace sb::cli::test;

namespace {

std::string command_output(const std::string& command) {
    std::string text;
    const std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
    REQUIRE(pipe);
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0) {
        text.append(buffer, n);
    }
    return text;
}

}  // namespace

TEST_CASE("The issue's example adds a client and prints only the new client code") {
    const Practice practice;
    TempFolder scratch;
    write_text_file(scratch.path() / "secret", std::string(kPassphrase) + "\n");

    // Verbatim from the issue; opening a vault made with fast key slots is fast without the flag
    // (the flag only chooses the limits of slots being created).
    const auto added = run_binary(scratch, "--vault '" + practice.folder().string() +
                                               "' --passphrase-fd 3 client add --legal-name "
                                               "\"Ana Díaz\" --preferred-name Ana --dob "
                                               "1990-04-01 3<secret");
    INFO(added.err);
    REQUIRE(added.exit_code == 0);
    CHECK(std::regex_match(added.out, std::regex("[0-9A-Z]{3}-[0-9A-Z]{3}\n")));
    CHECK(added.err.empty());
    const std::string code = added.out.substr(0, 7);

    const auto listed = run_binary(scratch, "--vault '" + practice.folder().string() +
                                                "' --passphrase-fd 3 client list --json 3<secret");
    REQUIRE(listed.exit_code == 0);
    const auto rows = nlohmann::json::parse(listed.out);
    REQUIRE(rows.is_array());
    REQUIRE(rows.size() == 1);
    const auto& row = rows[0];
    CHECK(row.size() == 6);
    for (const char* key :
         {"code", "legal_name", "preferred_name", "status", "intake_date", "id"}) {
        INFO(key);
        CHECK(row.contains(key));
    }
    CHECK(row["code"] == code);
    CHECK(row["legal_name"].get<std::string>() ==
          "Ana D\xC3\xAD"
          "az");
    CHECK(row["preferred_name"] == "Ana");
    CHECK(row["status"] == "active");
    // The JSON carries the name's bytes as typed, not as \u escapes.
    CHECK(listed.out.find("\"legal_name\": \"Ana D\xC3\xAD"
                          "az\"") != std::string::npos);
}

TEST_CASE("vault passwd reads the old passphrase on fd 3 and the new one on fd 4") {
    const Practice practice;
    TempFolder scratch;
    write_text_file(scratch.path() / "old", std::string(kPassphrase) + "\n");
    write_text_file(scratch.path() / "new", std::string(kSecondPassphrase) + "\n");
    const std::string vault = "--test-fast-kdf --vault '" + practice.folder().string() + "' ";

    const auto changed = run_binary(
        scratch, vault + "--passphrase-fd 3 --new-passphrase-fd 4 vault passwd 3<old 4<new");
    INFO(changed.err);
    REQUIRE(changed.exit_code == 0);
    CHECK(changed.out == "Passphrase changed.\n");

    const auto with_old = run_binary(scratch, vault + "--passphrase-fd 3 client list 3<old");
    CHECK(with_old.exit_code == 10);
    CHECK(with_old.err ==
          "securebase-cli: That passphrase is not right for this practice vault.\n");

    const auto with_new = run_binary(scratch, vault + "--passphrase-fd 3 client list 3<new");
    INFO(with_new.err);
    CHECK(with_new.exit_code == 0);
    CHECK(with_new.out == "No clients match.\n");
}

TEST_CASE("A second process cannot open a vault this process holds open") {
    const Practice practice;
    TempFolder scratch;
    write_text_file(scratch.path() / "secret", std::string(kPassphrase) + "\n");

    sb::storage::VaultOptions options;
    options.kdf = sb::crypto::KdfStrength::FastForTests;
    std::string typed = kPassphrase;
    const auto secret = sb::crypto::secret_from_string(typed);
    const auto held = sb::storage::Vault::open(practice.folder(), secret, options);

    const auto second =
        run_binary(scratch, "--test-fast-kdf --vault '" + practice.folder().string() +
                                "' --passphrase-fd 3 client list 3<secret");
    CHECK(second.exit_code == 12);
    CHECK(second.out.empty());
    CHECK(second.err.rfind("securebase-cli: ", 0) == 0);
    CHECK(second.err.find("already open") != std::string::npos);
    CHECK(second.err.back() == '\n');
    CHECK(second.err.find('\n') == second.err.size() - 1);  // one sentence, one line
}

TEST_CASE("The binary uses SQLCipher and never loads the plain SQLite library") {
    const std::string libraries = command_output("ldd '" + std::string(kCliPath) + "' 2>&1");
    INFO(libraries);
    CHECK(libraries.find("libsqlcipher") != std::string::npos);
    CHECK(libraries.find("libsqlite3") == std::string::npos);
}

TEST_CASE("The binary prints its help, with the exit codes, and exits with 0") {
    TempFolder scratch;
    const auto help = run_binary(scratch, "--help");
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("Usage: securebase-cli") != std::string::npos);
    CHECK(help.out.find("  10 Wrong passphrase or recovery key\n") != std::string::npos);
}
