// A full disk (here: a file size limit) stops a change cleanly: what was saved stays saved and
// the vault opens as before. Run in child processes, which alone carry the limit.
#include <signal.h>
#include <sys/resource.h>

#include <catch2/catch.hpp>

#include "core/errors.h"
#include "storage/child_process.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

namespace {

constexpr const char* kNewPassphrase = "lantern meadow quietly humming";

// Files this process writes may grow to `bytes` and no further; writing past it fails with
// EFBIG instead of killing the process.
void limit_file_size(rlim_t bytes) {
    ::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{};
    ::getrlimit(RLIMIT_FSIZE, &limit);
    limit.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &limit);
}

}  // namespace

TEST_CASE("When the disk fills while adding clients, the clients saved before are all kept") {
    TempFolder temp;
    create_vault(temp.vault());
    const VaultPaths paths{temp.vault()};
    ChildProcess child([&](int fd) {
        auto vault = open_vault(temp.vault());
        limit_file_size(std::filesystem::file_size(paths.database()) + 64 * 1024);
        try {
            for (int i = 0; i < 1000; ++i) {
                auto client = client_named("Disk full client " + std::to_string(i));
                client.notes = std::string(6000, 'x');
                write_all(fd, vault->clients().add(client).code + "\n");
            }
        } catch (const DiskFull& error) {
            write_all(fd, std::string("DiskFull: ") + error.what() + "\n");
            return std::string(error.what()) ==
                           "The disk is full, so the change was not saved. Free some space and "
                           "try again; everything saved before is safe."
                       ? 0
                       : 2;
        }
        return 3;  // the limit was never reached
    });
    std::vector<std::string> committed;
    std::string last_line;
    while (const auto line = child.read_line()) {
        last_line = *line;
        if (last_line.rfind("DiskFull: ", 0) != 0) {
            committed.push_back(last_line);
        }
    }
    INFO("the child said last: " << last_line);
    REQUIRE(child.exit_code() == 0);
    REQUIRE_FALSE(committed.empty());

    auto vault = open_vault(temp.vault());
    for (const auto& code : committed) {
        CHECK(vault->clients().get_by_code(code).notes == std::string(6000, 'x'));
    }
    CHECK(vault->clients().count() == static_cast<int>(committed.size()));
    CHECK(vault->audit().verify().intact);
    // And the vault takes new work again once there is room.
    CHECK(vault->clients().add(client_named("After the disk was cleared")).id > 0);
}

TEST_CASE("When the disk is full while changing the passphrase, the old passphrase still opens") {
    TempFolder temp;
    create_vault(temp.vault());
    const VaultPaths paths{temp.vault()};
    const auto keyring_before = read_bytes(paths.keyring());
    const std::string said = output_of_child([&] {
        auto vault = open_vault(temp.vault());
        limit_file_size(100);
        return sentence_of<DiskFull>(
            [&] { vault->change_passphrase(secret(kPassphrase), secret(kNewPassphrase)); });
    });
    CHECK(said ==
          "The disk is full, so keyring.json was not changed. Free some space and try "
          "again.");
    CHECK(read_bytes(paths.keyring()) == keyring_before);
    CHECK_FALSE(std::filesystem::exists(temp.vault() / ".keyring.json.partial"));
    CHECK(open_vault(temp.vault(), kPassphrase) != nullptr);
    CHECK_THROWS_AS(open_vault(temp.vault(), kNewPassphrase), WrongPassphrase);
}

TEST_CASE("When the disk is full while creating a vault, no half-made vault is left behind") {
    TempFolder temp;
    const VaultPaths paths{temp.vault()};
    const std::string said = output_of_child([&] {
        limit_file_size(2000);
        return sentence_of<DiskFull>([&] { create_vault(temp.vault()); });
    });
    CHECK(said ==
          "The disk is full, so the change was not saved. Free some space and try again; "
          "everything saved before is safe.");
    CHECK_FALSE(std::filesystem::exists(paths.keyring()));
    CHECK_FALSE(std::filesystem::exists(paths.database()));
    CHECK_FALSE(std::filesystem::exists(paths.database().string() + "-wal"));
    // With room again, the same folder takes a new vault.
    CHECK_NOTHROW(create_vault(temp.vault()));
}
