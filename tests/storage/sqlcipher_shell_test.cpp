// practice.db is a real SQLCipher file: the sqlcipher shell reads it with the raw data key and
// with nothing else.
#include <catch2/catch.hpp>

#include <cstdio>

#include "storage/raw_sqlcipher.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

namespace {

struct ShellRun {
    int exit_status = 0;
    std::string output;  // stdout and stderr together
};

// Runs the sqlcipher shell on `database` with `script` (written to a file beside it).
ShellRun run_sqlcipher_shell(const TempFolder& temp, const std::filesystem::path& database,
                             const std::string& script) {
    const auto script_file = temp.path() / "script.sql";
    write_bytes(script_file, script);
    const std::string command = "/usr/bin/sqlcipher -bail '" + database.string() + "' < '" +
                                script_file.string() + "' 2>&1";
    ShellRun run;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        run.output.append(buffer, n);
    }
    run.exit_status = ::pclose(pipe);
    std::filesystem::remove(script_file);
    return run;
}

const std::string kQuery = "PRAGMA cipher_page_size = 4096;\nSELECT legal_name FROM clients;\n";

}  // namespace

TEST_CASE("The sqlcipher shell reads practice.db when given the raw data key") {
    REQUIRE(std::filesystem::exists("/usr/bin/sqlcipher"));
    TempFolder temp;
    {
        auto created = create_open_vault(temp.vault());
        created.vault->clients().add(client_named("Ana Díaz"));
    }
    const auto key = raw_key_literal(temp.vault());
    REQUIRE(key.size() == 67);
    const auto run = run_sqlcipher_shell(temp, VaultPaths{temp.vault()}.database(),
                                         "PRAGMA key = \"" + key + "\";\n" + kQuery);
    CHECK(run.exit_status == 0);
    CHECK(run.output == "Ana Díaz\n");
}

TEST_CASE("The sqlcipher shell cannot read practice.db without the key or with another key") {
    TempFolder temp;
    {
        auto created = create_open_vault(temp.vault());
        created.vault->clients().add(client_named("Ana Díaz"));
    }
    const auto database = VaultPaths{temp.vault()}.database();
    SECTION("without a key") {
        const auto run = run_sqlcipher_shell(temp, database, "SELECT legal_name FROM clients;\n");
        CHECK(run.exit_status != 0);
        CHECK_THAT(run.output, Catch::Contains("file is encrypted or is not a database"));
        CHECK_THAT(run.output, !Catch::Contains("Díaz"));
    }
    SECTION("with another vault's key") {
        const auto other = crypto::SecureBuffer::random(crypto::kDataKeyBytes);
        const auto run = run_sqlcipher_shell(temp, database,
                                             "PRAGMA key = \"" +
                                                 reveal(crypto::sqlcipher_raw_key_literal(other)) +
                                                 "\";\n" + kQuery);
        CHECK(run.exit_status != 0);
        CHECK_THAT(run.output, Catch::Contains("file is encrypted or is not a database"));
        CHECK_THAT(run.output, !Catch::Contains("Díaz"));
    }
    SECTION("with the passphrase as a SQLCipher passphrase (it is not the database key)") {
        const auto run = run_sqlcipher_shell(
            temp, database, "PRAGMA key = '" + std::string(kPassphrase) + "';\n" + kQuery);
        CHECK(run.exit_status != 0);
        CHECK_THAT(run.output, Catch::Contains("file is encrypted or is not a database"));
    }
}
