// Failed unlocks: kept beside the vault, slowing the next attempt, moved into the audit log.
#include <catch2/catch.hpp>

#include <chrono>
#include <vector>

#include "core/clock.h"
#include "core/errors.h"
#include "storage/failed_unlock_log.h"
#include "storage/vault.h"
#include "storage/vault_fixture.h"

using namespace sb;
using namespace sb::storage;
using namespace sb::storage::test;
using std::chrono::seconds;

namespace {

const auto kMorning =
    std::chrono::sys_days{std::chrono::year{2026} / 3 / 2} + std::chrono::hours{9};

// Options whose clock stands still and whose waits are written down instead of slept.
struct RecordingOptions {
    ManualClock clock{kMorning};
    std::vector<seconds> waits;
    VaultOptions options() {
        VaultOptions result = fast_options();
        result.clock = &clock;
        result.wait_before_attempt = [this](seconds wait) { waits.push_back(wait); };
        return result;
    }
};

void fail_once(const std::filesystem::path& folder, RecordingOptions& recording,
               std::string_view secret_text = "not the passphrase at all") {
    REQUIRE_THROWS_AS(open_vault(folder, secret_text, recording.options()), WrongPassphrase);
}

}  // namespace

TEST_CASE("Each failed unlock makes the next attempt wait longer: 1 s, 2 s, 4 s, 8 s") {
    TempFolder temp;
    create_vault(temp.vault());
    RecordingOptions recording;
    for (int i = 0; i < 4; ++i) {
        fail_once(temp.vault(), recording);
    }
    CHECK(recording.waits == std::vector<seconds>{seconds(1), seconds(2), seconds(4)});

    const auto log = read_bytes(VaultPaths{temp.vault()}.failed_unlocks());
    CHECK(log ==
          "2026-03-02T09:00:00Z passphrase app\n"
          "2026-03-02T09:00:00Z passphrase app\n"
          "2026-03-02T09:00:00Z passphrase app\n"
          "2026-03-02T09:00:00Z passphrase app\n");
    CHECK(Vault::status(temp.vault()).failed_unlocks_since_last_open == 4);

    // Even the right passphrase waits out the back-off first.
    auto vault = open_vault(temp.vault(), kPassphrase, recording.options());
    CHECK(recording.waits.back() == seconds(8));
}

TEST_CASE("A back-off that has already passed is not waited again") {
    TempFolder temp;
    create_vault(temp.vault());
    RecordingOptions recording;
    fail_once(temp.vault(), recording);
    fail_once(temp.vault(), recording);
    REQUIRE(recording.waits == std::vector<seconds>{seconds(1)});
    recording.clock.advance(seconds(3));
    auto vault = open_vault(temp.vault(), kPassphrase, recording.options());
    CHECK(recording.waits == std::vector<seconds>{seconds(1)});
}

TEST_CASE(
    "After a successful unlock the failed attempts are in the audit log and the plain log "
    "is gone") {
    TempFolder temp;
    create_vault(temp.vault());
    RecordingOptions recording;
    fail_once(temp.vault(), recording);
    fail_once(temp.vault(), recording);
    recording.clock.advance(seconds(30));
    fail_once(temp.vault(), recording, "7KQ3-M9TX-4RZP-0WBN-C8D2-HJ5F-YA6E-GS1V-ABCD");
    recording.clock.advance(seconds(30));

    auto vault = open_vault(temp.vault(), kPassphrase, recording.options());
    CHECK(vault->failed_unlocks_before_this_open() == 3);
    CHECK_FALSE(std::filesystem::exists(VaultPaths{temp.vault()}.failed_unlocks()));

    const auto events = vault->audit().recent(4);  // newest first
    REQUIRE(events.size() == 4);
    CHECK(events[0].action == "vault.unlocked");
    CHECK(events[1].action == "unlock.failed");
    CHECK(events[1].detail == "recovery-key via app");
    CHECK(events[1].at == "2026-03-02T09:00:30Z");
    CHECK(events[2].action == "unlock.failed");
    CHECK(events[2].detail == "passphrase via app");
    CHECK(events[2].at == "2026-03-02T09:00:00Z");
    CHECK(events[3].action == "unlock.failed");
    // Whoever failed is not known; the counsellor who unlocked afterwards is not blamed.
    CHECK(events[1].actor == "unknown");
    CHECK(events[0].actor != "unknown");
    CHECK(vault->audit().verify().intact);
}

TEST_CASE("The next unlock after a successful one reports no earlier failures") {
    TempFolder temp;
    create_vault(temp.vault());
    RecordingOptions recording;
    fail_once(temp.vault(), recording);
    open_vault(temp.vault(), kPassphrase, recording.options()).reset();
    auto vault = open_vault(temp.vault(), kPassphrase, recording.options());
    CHECK(vault->failed_unlocks_before_this_open() == 0);
    CHECK(Vault::status(temp.vault()).failed_unlocks_since_last_open == 0);
}

TEST_CASE("The failed-unlocks log holds no secret: only times, kinds of secret and programs") {
    TempFolder temp;
    create_vault(temp.vault());
    RecordingOptions recording;
    fail_once(temp.vault(), recording, "my very secret wrong guess");
    const auto log = read_bytes(VaultPaths{temp.vault()}.failed_unlocks());
    CHECK(log == "2026-03-02T09:00:00Z passphrase app\n");
}

TEST_CASE("A failure stamped in the future (clock set back) never asks for more than 30 s") {
    TempFolder temp;
    create_vault(temp.vault());
    RecordingOptions recording;
    fail_once(temp.vault(), recording);
    fail_once(temp.vault(), recording);
    // The machine's clock is corrected back by a day after the failures.
    recording.clock.advance(-std::chrono::hours(24));
    auto vault = open_vault(temp.vault(), kPassphrase, recording.options());
    CHECK(recording.waits == std::vector<seconds>{seconds(1), seconds(2)});
}

TEST_CASE("A failed-unlocks log line far in the future does not lock the counsellor out") {
    TempFolder temp;
    create_vault(temp.vault());
    write_bytes(VaultPaths{temp.vault()}.failed_unlocks(), "2099-01-01T00:00:00Z passphrase cli\n");
    CHECK(Vault::status(temp.vault()).wait_before_next_attempt <= seconds(1));
    RecordingOptions recording;
    auto vault = open_vault(temp.vault(), kPassphrase, recording.options());
    CHECK(recording.waits == std::vector<seconds>{seconds(1)});
}

TEST_CASE("A damaged line in failed-unlocks.log still counts and reaches the audit log sanitised") {
    TempFolder temp;
    create_vault(temp.vault());
    const VaultPaths paths{temp.vault()};
    // A torn write: no newline, no fields but a broken time.
    write_text_file(paths.failed_unlocks(), "2026-03-0");
    const FailedUnlockLog failures(paths.failed_unlocks());
    REQUIRE(failures.read().size() == 1);
    CHECK(failures.wait_before_next_attempt(std::chrono::system_clock::now()) ==
          std::chrono::seconds(1));

    failures.record({"2026-03-02T09:00:00Z", "passphrase", "cli"});
    const auto attempts = failures.read();
    REQUIRE(attempts.size() == 2);  // the torn line did not swallow the new one
    CHECK(attempts[0].at.empty());
    CHECK(attempts[0].method == "unknown");
    CHECK(attempts[1].method == "passphrase");

    auto vault = open_vault(temp.vault(), kPassphrase);
    const auto events = vault->audit().recent(3);
    REQUIRE(events.size() == 3);
    CHECK(events[2].action == "unlock.failed");
    CHECK(events[2].detail == "unknown via unknown (time not recorded)");
    CHECK(events[1].detail == "passphrase via cli");
}
