// A SecureBase process killed mid-work loses nothing it had committed.
#include <signal.h>

#include <catch2/catch.hpp>

#include "core/errors.h"
#include "storage/child_process.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

TEST_CASE("After a process is killed while adding clients, every client it committed is there") {
    TempFolder temp;
    create_vault(temp.vault());
    ChildProcess child([&](int fd) {
        auto vault = open_vault(temp.vault());
        for (int i = 0; i < 200; ++i) {
            auto client = client_named("Crash test client " + std::to_string(i));
            client.notes = std::string(500, 'n');
            // Reported only once add() has returned, i.e. once the transaction committed.
            write_all(fd, vault->clients().add(client).code + "\n");
        }
        return 0;
    });
    std::vector<std::string> committed;
    while (committed.size() < 80) {
        const auto code = child.read_line();
        REQUIRE(code);
        committed.push_back(*code);
    }
    child.kill(SIGKILL);
    const int status = child.wait();
    // Codes already in the pipe were committed too.
    while (const auto code = child.read_line()) {
        committed.push_back(*code);
    }
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);
    INFO(committed.size() << " clients were committed before the kill");
    REQUIRE(committed.size() < 200);

    // The killed process's lock died with it, so the vault opens without waiting.
    auto vault = open_vault(temp.vault());
    for (const auto& code : committed) {
        CHECK(vault->clients().get_by_code(code).notes == std::string(500, 'n'));
    }
    // At most the one add in flight at the kill may have committed without being reported.
    CHECK(vault->clients().count() >= static_cast<int>(committed.size()));
    CHECK(vault->clients().count() <= static_cast<int>(committed.size()) + 1);
    const auto verification = vault->audit().verify();
    CHECK(verification.intact);
    CHECK_FALSE(verification.first_broken_id);
}
