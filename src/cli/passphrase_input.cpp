#include "cli/passphrase_input.h"

#include <fcntl.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>

#include "core/errors.h"

namespace sb::cli {
namespace {

// Longer than any passphrase a person types or a script pipes in; a longer line is refused.
constexpr std::size_t kLongestSecret = 1024;

// One line read straight into guarded memory: a std::string would leave copies of the secret
// in freed heap each time it grew, and on every path that throws.
struct SecretLine {
    crypto::SecureBuffer bytes{kLongestSecret};
    std::size_t length = 0;
};

enum class LineRead { Complete, Failed, TooLong };

// Reads up to a newline or the end of input.
LineRead read_line(int fd, SecretLine& line) {
    const crypto::SecureBuffer::Writer out(line.bytes);
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n == 0) {
            return LineRead::Complete;
        }
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return LineRead::Failed;
        }
        if (c == '\n') {
            return LineRead::Complete;
        }
        if (line.length == out.size()) {
            return LineRead::TooLong;
        }
        out.data()[line.length++] = static_cast<unsigned char>(c);
    }
}

crypto::SecureBuffer finish(LineRead result, SecretLine& line, const std::string& where) {
    if (result == LineRead::Failed) {
        throw InvalidInput("Cannot read the passphrase from " + where + ".");
    }
    if (result == LineRead::TooLong) {
        throw InvalidInput("The passphrase on " + where + " is longer than " +
                           std::to_string(kLongestSecret) + " bytes.");
    }
    const crypto::SecureBuffer::Reader in(line.bytes);
    if (line.length > 0 && in.data()[line.length - 1] == '\r') {
        --line.length;
    }
    if (line.length == 0) {
        throw InvalidInput("No passphrase was given on " + where + ".");
    }
    return crypto::SecureBuffer::copy_of(in.data(), line.length);
}

// The terminal as it was before echo was turned off, for the signal handler below.
int g_quiet_tty = -1;
termios g_saved_tty{};

// Ctrl-C or a kill at the prompt must not leave the person's terminal without echo.
extern "C" void restore_echo_and_reraise(int signal_number) {
    if (g_quiet_tty >= 0) {
        ::tcsetattr(g_quiet_tty, TCSAFLUSH, &g_saved_tty);
    }
    ::signal(signal_number, SIG_DFL);
    ::raise(signal_number);
}

class EchoOff {
public:
    explicit EchoOff(int fd) : fd_(fd) {
        active_ = ::tcgetattr(fd_, &saved_) == 0;
        if (active_) {
            g_saved_tty = saved_;
            g_quiet_tty = fd_;
            for (const int signal_number : kRestoringSignals) {
                struct sigaction action {};
                action.sa_handler = restore_echo_and_reraise;
                ::sigaction(signal_number, &action, &previous_[index_of(signal_number)]);
            }
            termios quiet = saved_;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            ::tcsetattr(fd_, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff() {
        if (active_) {
            ::tcsetattr(fd_, TCSAFLUSH, &saved_);
            g_quiet_tty = -1;
            for (const int signal_number : kRestoringSignals) {
                ::sigaction(signal_number, &previous_[index_of(signal_number)], nullptr);
            }
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    static constexpr int kRestoringSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    static std::size_t index_of(int signal_number) {
        for (std::size_t i = 0; i < std::size(kRestoringSignals); ++i) {
            if (kRestoringSignals[i] == signal_number) {
                return i;
            }
        }
        return 0;
    }

    int fd_;
    termios saved_{};
    bool active_ = false;
    struct sigaction previous_[std::size(kRestoringSignals)]{};
};

}  // namespace

crypto::SecureBuffer read_secret_from_fd(int fd) {
    SecretLine line;
    const LineRead result = read_line(fd, line);
    return finish(result, line, "file descriptor " + std::to_string(fd));
}

crypto::SecureBuffer read_secret_from_terminal(const std::string& prompt) {
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0) {
        throw InvalidInput(
            "There is no terminal to ask for the passphrase; give it with "
            "--passphrase-fd N.");
    }
    SecretLine line;
    LineRead result = LineRead::Failed;
    {
        [[maybe_unused]] const ssize_t shown = ::write(tty, prompt.data(), prompt.size());
        const EchoOff quiet(tty);
        result = read_line(tty, line);
        [[maybe_unused]] const ssize_t newline = ::write(tty, "\n", 1);
    }
    ::close(tty);
    return finish(result, line, "the terminal");
}

}  // namespace sb::cli
