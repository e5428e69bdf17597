// Names in every script survive the CLI byte for byte; usage errors, --help and the exit codes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/cli_support.h"
#include "core/errors.h"

using namespace sb::cli::test;

TEST_CASE("A name in any script round-trips through client add and client show --json") {
    const Practice practice;
    const std::string name = GENERATE(as<std::string>{}, "يوسف", "林美", "Леся", "🌱",
                                      "e\xCC\x81" /* e + combining acute */, "Zoë O'Brien-Ñúñez 🌱");
    INFO(name);
    const auto code = practice.add_client(
        {"--legal-name", name, "--preferred-name", name, "--notes", "prefers " + name});
    const auto shown = practice.json({"client", "show", code, "--json"});
    CHECK(shown["legal_name"].get<std::string>() == name);
    CHECK(shown["preferred_name"].get<std::string>() == name);
    CHECK(shown["notes"].get<std::string>() == "prefers " + name);

    const auto listed = practice.json({"client", "list", "--json"});
    REQUIRE(listed.size() == 1);
    CHECK(listed[0]["legal_name"].get<std::string>() == name);
}

TEST_CASE("The combining accent is kept as typed, not composed") {
    const Practice practice;
    const std::string decomposed = "Jose\xCC\x81";  // e + U+0301
    const auto code = practice.add_client({"--legal-name", decomposed});
    const auto shown = practice.run_unlocked({"client", "show", code, "--json"});
    REQUIRE(shown.exit_code == 0);
    CHECK(shown.out.find("\"legal_name\": \"Jose\xCC\x81\"") != std::string::npos);
    CHECK(shown.out.find("Jos\xC3\xA9") == std::string::npos);  // the precomposed é
}

TEST_CASE("client list --search finds Cyrillic names whatever their case") {
    const Practice practice;
    const auto code = practice.add_client({"--legal-name", "Леся Українка"});
    const auto found = practice.json({"client", "list", "--search", "леся", "--json"});
    REQUIRE(found.size() == 1);
    CHECK(found[0]["code"] == code);
}

TEST_CASE("A folder without a vault exits with the VaultNotFound code and says where it looked") {
    TempFolder temp;
    const SecretPipe secret(kPassphrase);
    const auto missing =
        run({"--vault", temp.path().string(), "--passphrase-fd", secret.fd(), "client", "list"});
    CHECK(missing.exit_code == 14);
    CHECK(missing.out.empty());
    CHECK(missing.err ==
          "securebase-cli: There is no practice vault in " + temp.path().string() + ".\n");

    const auto status = run({"--vault", temp.path().string(), "vault", "status"});
    CHECK(status.exit_code == 0);
    CHECK(status.out == "No practice vault in " + temp.path().string() + "\n");
    const auto json = run({"--vault", temp.path().string(), "vault", "status", "--json"});
    CHECK(nlohmann::json::parse(json.out)["exists"] == false);
}

TEST_CASE("No vault is found before any passphrase is asked for") {
    // Without --passphrase-fd and without a terminal, asking would fail with a different error.
    TempFolder temp;
    const auto missing = run({"--vault", temp.path().string(), "client", "list"});
    CHECK(missing.exit_code == 14);
}

TEST_CASE("The --help lists every exit code with its meaning") {
    const auto help = run({"--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.err.empty());
    CHECK(help.out.find("Exit codes:\n  0  success\n  1  command-line usage error\n") !=
          std::string::npos);
    CHECK(help.out.find("  2  Please check what you entered\n") != std::string::npos);
    CHECK(help.out.find("  10 Wrong passphrase or recovery key\n") != std::string::npos);
    CHECK(help.out.find("  12 The practice vault is in use\n") != std::string::npos);
    CHECK(help.out.find("  14 No practice vault here\n") != std::string::npos);
    CHECK(help.out.find("  70 Internal error\n") != std::string::npos);

    for (const auto kind :
         {sb::ErrorKind::WrongPassphrase, sb::ErrorKind::VaultDamaged, sb::ErrorKind::VaultBusy,
          sb::ErrorKind::VaultTooNew, sb::ErrorKind::VaultNotFound, sb::ErrorKind::VaultExists,
          sb::ErrorKind::VaultNotWritable, sb::ErrorKind::DiskFull, sb::ErrorKind::WeakPassphrase,
          sb::ErrorKind::InvalidInput, sb::ErrorKind::NotFound, sb::ErrorKind::Locked,
          sb::ErrorKind::WrongEngine, sb::ErrorKind::FormError, sb::ErrorKind::Internal}) {
        const std::string code = std::to_string(sb::exit_code(kind));
        const std::string line =
            "  " + code + (code.size() < 2 ? "  " : " ") + sb::error_title(kind) + "\n";
        INFO(line);
        CHECK(help.out.find(line) != std::string::npos);
    }
}

TEST_CASE("The help says how to give a secret without putting it on the command line") {
    const auto help = run({"--help"});
    CHECK(help.out.find("--passphrase-fd 3 3<file") != std::string::npos);
    CHECK(help.out.find("--test-fast-kdf") != std::string::npos);
}

TEST_CASE("There is no --passphrase option: a secret is never taken from argv") {
    TempFolder temp;
    const auto refused = run({"--vault", temp.path().string(), "--passphrase",
                              "correct horse battery staple", "client", "list"});
    CHECK(refused.exit_code == 1);
    CHECK(refused.out.empty());
    CHECK(refused.err ==
          "securebase-cli: Unexpected on the command line: --passphrase … (values "
          "not repeated, in case one is a secret).\n"
          "Run securebase-cli --help for usage.\n");

    const auto after_command = run({"--vault", temp.path().string(), "client", "list",
                                    "--passphrase", "correct horse battery staple"});
    CHECK(after_command.exit_code == 1);
    CHECK(after_command.err.find("horse") == std::string::npos);

    const auto unquoted = run({"--vault", temp.path().string(), "--passphrase", "correct", "horse",
                               "battery", "staple", "client", "list"});
    CHECK(unquoted.exit_code == 1);
    CHECK(unquoted.err.rfind("securebase-cli: Unexpected on the command line: --passphrase … "
                             "(values not repeated",
                             0) == 0);
    CHECK(unquoted.err.find("horse") == std::string::npos);

    const auto with_equals =
        run({"--vault", temp.path().string(), "--passphrase=hunter2-secret", "client", "list"});
    CHECK(with_equals.exit_code == 1);
    CHECK(with_equals.err.find("--passphrase=…") != std::string::npos);
    CHECK(with_equals.err.find("hunter2") == std::string::npos);
}

TEST_CASE("Unexpected words that follow no option are repeated to help find the typo") {
    TempFolder temp;
    const auto refused = run({"--vault", temp.path().string(), "client", "list", "extra"});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err ==
          "securebase-cli: Unexpected on the command line: extra.\n"
          "Run securebase-cli --help for usage.\n");
}

TEST_CASE("A command's --help shows that command's options") {
    const auto help = run({"client", "add", "--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("Usage: securebase-cli client add [OPTIONS]") != std::string::npos);
    CHECK(help.out.find("--legal-name TEXT") != std::string::npos);
    CHECK(help.out.find("--dob") != std::string::npos);
}

TEST_CASE("A command line without a command is a usage error") {
    const auto bare = run({});
    CHECK(bare.exit_code == 1);
    CHECK(bare.err.find("Run securebase-cli --help for usage.") != std::string::npos);
    CHECK(run({"client"}).exit_code == 1);
    CHECK(run({"client", "fly"}).exit_code == 1);
}

TEST_CASE("An empty line on the passphrase descriptor is refused, not tried") {
    const Practice practice;
    const auto empty = practice.run_unlocked({"client", "list"}, "");
    CHECK(empty.exit_code == 2);
    CHECK(empty.err.rfind("securebase-cli: No passphrase was given on file descriptor ", 0) == 0);
    const auto status = run({"--vault", practice.folder().string(), "vault", "status", "--json"});
    CHECK(nlohmann::json::parse(status.out)["failed_unlocks"] == 0);
}

TEST_CASE("A secret given to --passphrase-fd by mistake is not repeated in the usage error") {
    TempFolder temp;
    const auto mistaken = run(
        {"--vault", temp.path().string(), "--passphrase-fd", "hunter2-secret", "client", "list"});
    CHECK(mistaken.exit_code == 1);
    CHECK(mistaken.err.find("hunter2") == std::string::npos);
    CHECK(mistaken.err.find("--passphrase-fd") != std::string::npos);

    const auto new_fd = run({"--vault", temp.path().string(), "--new-passphrase-fd=hunter2-secret",
                             "vault", "init", "--practice", "P", "--counsellor", "C"});
    CHECK(new_fd.exit_code == 1);
    CHECK(new_fd.err.find("hunter2") == std::string::npos);
}
