// Nothing a counsellor types reaches the disk unencrypted: a canary in a client's notes and
// the client's name are searched for, byte by byte, in every file the vault and SQLite wrote.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>

#include "core/text_fold.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;

namespace {

const std::string kCanary = "CANARY-7f3a9e-ΩЖ中";
const std::string kLegalName = "Zephyrine Okonkwo-Lindqvist";

// Points TMPDIR (and SQLite's own SQLITE_TMPDIR) somewhere for one test, then back.
class TemporaryTmpdir {
public:
    explicit TemporaryTmpdir(const std::filesystem::path& folder) {
        for (const char* name : {"TMPDIR", "SQLITE_TMPDIR"}) {
            const char* value = std::getenv(name);
            saved_.emplace_back(name, value ? std::optional<std::string>(value) : std::nullopt);
            ::setenv(name, folder.c_str(), 1);
        }
    }
    ~TemporaryTmpdir() {
        for (const auto& [name, value] : saved_) {
            value ? ::setenv(name.c_str(), value->c_str(), 1) : ::unsetenv(name.c_str());
        }
    }
    TemporaryTmpdir(const TemporaryTmpdir&) = delete;
    TemporaryTmpdir& operator=(const TemporaryTmpdir&) = delete;

private:
    std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

// Every regular file under `folder`, with the secrets each one gives away (none, we hope).
std::vector<std::string> leaks_under(const std::filesystem::path& folder,
                                     std::vector<std::string>& files_seen) {
    const std::vector<std::string> secrets{kCanary, kLegalName, fold_for_search(kLegalName),
                                           "Okonkwo", "7f3a9e"};
    std::vector<std::string> leaks;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (!entry.is_regular_file()) {
            continue;
        }
        files_seen.push_back(entry.path().filename().string());
        const auto bytes = read_bytes(entry.path());
        for (const auto& text : secrets) {
            if (contains(bytes, text)) {
                leaks.push_back(text + " in " + entry.path().string());
            }
        }
    }
    return leaks;
}

bool seen(const std::vector<std::string>& files, const std::string& name) {
    return std::find(files.begin(), files.end(), name) != files.end();
}

}  // namespace

TEST_CASE("A client's name and notes appear in no file, while the vault is open or after") {
    TempFolder temp;
    const auto tmpdir = temp.path() / "tmp";
    std::filesystem::create_directory(tmpdir);
    const TemporaryTmpdir redirect(tmpdir);
    const VaultPaths paths{temp.vault()};
    {
        auto created = create_open_vault(temp.vault());
        auto client = client_named(kLegalName);
        client.notes = "Session themes. " + kCanary + " Follow up in May.";
        client = created.vault->clients().add(client);
        for (int i = 0; i < 50; ++i) {
            created.vault->clients().add(client_named("Filler client " + std::to_string(i)));
        }
        client.presenting_concerns = "Sleep. " + kCanary;
        created.vault->clients().update(client);
        CHECK(created.vault->clients().list({"okonkwo"}).size() == 1);
        // A failed unlock while open writes failed-unlocks.log beside the vault.
        CHECK_THROWS(open_vault(temp.vault(), "wrong guess for the canary"));

        std::vector<std::string> files_while_open;
        CHECK(leaks_under(temp.path(), files_while_open).empty());
        CHECK(seen(files_while_open, "practice.db-wal"));
        CHECK(seen(files_while_open, "practice.db-shm"));
    }
    std::vector<std::string> files_after;
    CHECK(leaks_under(temp.path(), files_after).empty());
    CHECK(seen(files_after, "practice.db"));
    CHECK(seen(files_after, "keyring.json"));
    CHECK(seen(files_after, "practice.lock"));
    CHECK(read_bytes(paths.database()).substr(0, 16) != std::string("SQLite format 3\0", 16));
}

TEST_CASE("A canary is found by the same search when written in plain text (the search works)") {
    TempFolder temp;
    write_bytes(temp.path() / "plain.txt", "notes: " + kCanary);
    std::vector<std::string> files;
    CHECK(leaks_under(temp.path(), files).size() == 2);
}
