#pragma once
// Failed unlock attempts, kept in a small plain file beside the vault because without the key
// nothing can be written into the encrypted audit log. Each line holds a time, the kind of
// secret tried and which program tried it: nothing secret, nothing clinical. At the next
// successful unlock the lines move into the audit log and the file is cleared. The count also
// drives the back-off (core/unlock_backoff.h), so restarting a program does not reset it.
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace sb::storage {

struct FailedUnlock {
    std::string at;      // ISO 8601 UTC; empty if the line was damaged
    std::string method;  // "passphrase" or "recovery-key"
    std::string source;  // "app" or "cli"
};

class FailedUnlockLog {
public:
    explicit FailedUnlockLog(std::filesystem::path path) : path_(std::move(path)) {}

    std::vector<FailedUnlock> read() const;
    // Best effort: a full disk must not stop a person from trying again, so errors are ignored.
    void record(const FailedUnlock& attempt) const;
    void clear() const;

    // How long to wait before the next attempt may be tried, given the failures so far.
    std::chrono::seconds wait_before_next_attempt(std::chrono::system_clock::time_point now) const;

private:
    std::filesystem::path path_;
};

}  // namespace sb::storage
