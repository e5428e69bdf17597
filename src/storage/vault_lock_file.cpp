#include "storage/vault_lock_file.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "core/errors.h"

namespace sb::storage {
namespace {

std::string read_holder(int fd) {
    char buffer[64] = {};
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    std::string holder = n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : "";
    while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' ')) {
        holder.pop_back();
    }
    return holder;
}

}  // namespace

VaultLockFile::VaultLockFile(const std::filesystem::path& path) {
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) {
        throw VaultNotWritable("SecureBase cannot create its lock file in " +
                               path.parent_path().string() + " (" + std::strerror(errno) + ").");
    }
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        const std::string holder = read_holder(fd_);
        ::close(fd_);
        fd_ = -1;
        throw VaultBusy("This practice vault is already open in another copy of SecureBase" +
                        (holder.empty() ? std::string() : " (process " + holder + ")") +
                        ". Close it there first.");
    }
    // Who holds it, for the message another process shows. Nothing clinical.
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd_, 0) == 0) {
        [[maybe_unused]] const ssize_t written = ::pwrite(fd_, pid.data(), pid.size(), 0);
    }
}

bool VaultLockFile::held_elsewhere(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);  // closing releases the shared lock if it was taken
    return held;
}

VaultLockFile::~VaultLockFile() {
    if (fd_ >= 0) {
        ::flock(fd_, LOCK_UN);
        ::close(fd_);
    }
}

}  // namespace sb::storage
