#include "storage/vault_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/errors.h"

namespace sb::storage {
namespace {

[[noreturn]] void throw_write_error(int error, const std::filesystem::path& path) {
    if (error == ENOSPC || error == EFBIG || error == EDQUOT) {
        throw DiskFull("The disk is full, so " + path.filename().string() +
                       " was not changed. Free some space and try again.");
    }
    throw VaultNotWritable("SecureBase cannot write " + path.string() + " (" +
                           std::strerror(error) + ").");
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }
    int release_and_close() {
        const int rc = ::close(fd_);
        fd_ = -1;
        return rc;
    }

private:
    int fd_;
};

void fsync_folder(const std::filesystem::path& folder) {
    const FileDescriptor dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() >= 0) {
        ::fsync(dir.get());
    }
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    // Built with += : GCC 12 reports a false -Wrestrict on "." + string + ".partial".
    std::string temp_name = ".";
    temp_name += path.filename().string();
    temp_name += ".partial";
    const auto temp = path.parent_path() / temp_name;
    FileDescriptor fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
    if (fd.get() < 0) {
        throw_write_error(errno, path);
    }
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd.get(), data, left);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int error = errno;
            fd.release_and_close();
            std::filesystem::remove(temp);
            throw_write_error(error, path);
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    if (::fsync(fd.get()) != 0 || fd.release_and_close() != 0) {
        const int error = errno;
        std::filesystem::remove(temp);
        throw_write_error(error, path);
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int error = errno;
        std::filesystem::remove(temp);
        throw_write_error(error, path);
    }
    fsync_folder(path.parent_path());
}

std::string read_whole_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw VaultDamaged("The vault file " + path.filename().string() +
                           " is missing or cannot be read.");
    }
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

void require_writable_folder(const std::filesystem::path& folder) {
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        throw VaultNotWritable("SecureBase cannot write to the vault folder " + folder.string() +
                               ". Check that it exists and that you may change it.");
    }
}

void create_private_folder(const std::filesystem::path& folder) {
    std::error_code error;
    if (std::filesystem::exists(folder, error)) {
        return;  // a folder the counsellor chose keeps the permissions they gave it
    }
    std::filesystem::create_directories(folder, error);
    if (error) {
        throw VaultNotWritable("SecureBase cannot create the vault folder " + folder.string() +
                               " (" + error.message() + ").");
    }
    ::chmod(folder.c_str(), 0700);
}

}  // namespace sb::storage
