// A vault folder the counsellor may not change is reported as such, naming the folder. Root
// ignores permissions, so as root the checks run in a child that becomes 'nobody'.
#include <grp.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "core/errors.h"
#include "storage/child_process.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

namespace {

constexpr uid_t kNobody = 65534;
namespace fs = std::filesystem;

// Runs `work` in a child without the power to ignore permissions; returns what it returned.
template <class Work>
std::string as_unprivileged_user(Work&& work) {
    return output_of_child([&]() -> std::string {
        if (::geteuid() == 0 &&
            (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)) {
            return "could not drop privileges";
        }
        return work();
    });
}

// A test folder 'nobody' may walk through, holding a vault folder it may only read.
void make_read_only_for_others(const TempFolder& temp) {
    fs::permissions(temp.path(), fs::perms::owner_all | fs::perms::group_read |
                                     fs::perms::group_exec | fs::perms::others_read |
                                     fs::perms::others_exec);
    fs::permissions(temp.vault(), fs::perms::owner_read | fs::perms::owner_exec |
                                      fs::perms::group_read | fs::perms::group_exec |
                                      fs::perms::others_read | fs::perms::others_exec);
}

}  // namespace

TEST_CASE("Opening a vault in a folder that cannot be written says so, naming the folder") {
    TempFolder temp;
    create_vault(temp.vault());
    make_read_only_for_others(temp);
    const auto said = as_unprivileged_user(
        [&] { return sentence_of<VaultNotWritable>([&] { open_vault(temp.vault()); }); });
    CHECK(said == "SecureBase cannot write to the vault folder " + temp.vault().string() +
                      ". Check that it exists and that you may change it.");
    CHECK_FALSE(fs::exists(VaultPaths{temp.vault()}.failed_unlocks()));
}

TEST_CASE("Creating a vault in a folder that cannot be written says so, and writes nothing") {
    TempFolder temp;
    fs::create_directory(temp.vault());
    make_read_only_for_others(temp);
    if (::geteuid() != 0) {
        // The owner of a folder may make it writable again, as create() does for its own
        // folder; only a folder belonging to someone else is really out of reach.
        SUCCEED("run as root to test a folder owned by someone else");
        return;
    }
    const auto said = as_unprivileged_user(
        [&] { return sentence_of<VaultNotWritable>([&] { create_vault(temp.vault()); }); });
    CHECK(said == "SecureBase cannot write to the vault folder " + temp.vault().string() +
                      ". Check that it exists and that you may change it.");
    CHECK(fs::is_empty(temp.vault()));
}

TEST_CASE("Creating a vault below a folder that cannot be written says the folder cannot be made") {
    TempFolder temp;
    fs::create_directory(temp.vault());
    make_read_only_for_others(temp);
    const auto folder = temp.vault() / "practice";
    const auto said = as_unprivileged_user(
        [&] { return sentence_of<VaultNotWritable>([&] { create_vault(folder); }); });
    CHECK(said ==
          "SecureBase cannot create the vault folder " + folder.string() + " (Permission denied).");
    CHECK_FALSE(fs::exists(folder));
}
