#pragma once
// One SecureBase process per vault: an exclusive flock on practice.lock, released by the kernel
// when the process ends (so a crash never leaves the vault stuck).
#include <filesystem>

namespace sb::storage {

class VaultLockFile {
public:
    // Throws VaultBusy naming the other process if it holds the lock.
    explicit VaultLockFile(const std::filesystem::path& path);
    ~VaultLockFile();

    // True if another process holds the lock now (asked before a passphrase is typed, so the
    // counsellor is not made to wait for key derivation only to hear the vault is busy).
    static bool held_elsewhere(const std::filesystem::path& path);
    VaultLockFile(const VaultLockFile&) = delete;
    VaultLockFile& operator=(const VaultLockFile&) = delete;

private:
    int fd_ = -1;
};

}  // namespace sb::storage
