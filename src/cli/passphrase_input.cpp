#include "cli/passphrase_input.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>

#include "core/errors.h"

namespace sb::cli {
namespace {

// Reads up to a newline into `line`; returns false on a read error.
bool read_line(int fd, std::string& line) {
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n == 0) {
            return true;
        }
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        if (c == '\n') {
            return true;
        }
        line.push_back(c);
    }
}

crypto::SecureBuffer finish(std::string& line, const std::string& where) {
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    if (line.empty()) {
        throw InvalidInput("No passphrase was given on " + where + ".");
    }
    return crypto::secret_from_string(line);
}

class EchoOff {
public:
    explicit EchoOff(int fd) : fd_(fd) {
        active_ = ::tcgetattr(fd_, &saved_) == 0;
        if (active_) {
            termios quiet = saved_;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            ::tcsetattr(fd_, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff() {
        if (active_) {
            ::tcsetattr(fd_, TCSAFLUSH, &saved_);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int fd_;
    termios saved_{};
    bool active_ = false;
};

}  // namespace

crypto::SecureBuffer read_secret_from_fd(int fd) {
    std::string line;
    line.reserve(256);
    if (!read_line(fd, line)) {
        throw InvalidInput("Cannot read the passphrase from file descriptor " + std::to_string(fd) +
                           ".");
    }
    return finish(line, "file descriptor " + std::to_string(fd));
}

crypto::SecureBuffer read_secret_from_terminal(const std::string& prompt) {
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0) {
        throw InvalidInput(
            "There is no terminal to ask for the passphrase; give it with "
            "--passphrase-fd N.");
    }
    std::string line;
    line.reserve(256);
    bool ok = false;
    {
        [[maybe_unused]] const ssize_t shown = ::write(tty, prompt.data(), prompt.size());
        const EchoOff quiet(tty);
        ok = read_line(tty, line);
        [[maybe_unused]] const ssize_t newline = ::write(tty, "\n", 1);
    }
    ::close(tty);
    if (!ok) {
        throw InvalidInput("Cannot read the passphrase from the terminal.");
    }
    return finish(line, "the terminal");
}

}  // namespace sb::cli
