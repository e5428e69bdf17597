#pragma once
// Runs a piece of a test in a forked child process: for a second SecureBase process, a process
// killed mid-write, resource limits and dropped privileges. The child reports through a pipe
// and always leaves with _exit, so Catch never runs twice.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace sb::storage::test {

inline void write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        const ssize_t n = ::write(fd, text.data(), text.size());
        if (n <= 0) {
            return;
        }
        text.remove_prefix(static_cast<std::size_t>(n));
    }
}

class ChildProcess {
public:
    // `work(fd)` runs in the child and returns its exit code; it may write to `fd`. An exception
    // escaping it is reported as "unexpected: <what>" with exit code 99.
    template <class Work>
    explicit ChildProcess(Work&& work) {
        int fds[2];
        if (::pipe(fds) != 0) {
            throw std::runtime_error("pipe failed");
        }
        std::cout.flush();
        std::cerr.flush();
        std::fflush(nullptr);
        pid_ = ::fork();
        if (pid_ < 0) {
            throw std::runtime_error("fork failed");
        }
        if (pid_ == 0) {
            ::close(fds[0]);
            int code = 98;
            try {
                code = work(fds[1]);
            } catch (const std::exception& error) {
                write_all(fds[1], std::string("unexpected: ") + error.what());
                code = 99;
            } catch (...) {
                code = 99;
            }
            ::close(fds[1]);
            ::_exit(code);
        }
        ::close(fds[1]);
        read_fd_ = fds[0];
    }
    ~ChildProcess() {
        if (pid_ > 0 && !reaped_) {
            ::kill(pid_, SIGKILL);
            wait();
        }
        if (read_fd_ >= 0) {
            ::close(read_fd_);
        }
    }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // The next line the child wrote, without its '\n'; nullopt once the child closed the pipe.
    std::optional<std::string> read_line() {
        std::string line;
        char c = 0;
        while (true) {
            const ssize_t n = ::read(read_fd_, &c, 1);
            if (n <= 0) {
                return line.empty() ? std::nullopt : std::optional<std::string>(line);
            }
            if (c == '\n') {
                return line;
            }
            line += c;
        }
    }

    // Everything the child writes until it closes the pipe.
    std::string read_all() {
        std::string all;
        char buffer[4096];
        ssize_t n = 0;
        while ((n = ::read(read_fd_, buffer, sizeof buffer)) > 0) {
            all.append(buffer, static_cast<std::size_t>(n));
        }
        return all;
    }

    void kill(int signal_number) { ::kill(pid_, signal_number); }

    // Waits for the child; returns its raw wait status.
    int wait() {
        if (!reaped_) {
            while (::waitpid(pid_, &status_, 0) < 0) {
            }
            reaped_ = true;
        }
        return status_;
    }

    // The child's exit code, or -1 if a signal ended it.
    int exit_code() {
        const int status = wait();
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

private:
    pid_t pid_ = -1;
    int read_fd_ = -1;
    int status_ = 0;
    bool reaped_ = false;
};

// Runs `work` (returning a string) in a child; returns what it returned, or "unexpected: …".
template <class Work>
std::string output_of_child(Work&& work) {
    ChildProcess child([&](int fd) {
        write_all(fd, work());
        return 0;
    });
    std::string output = child.read_all();
    child.wait();
    return output;
}

}  // namespace sb::storage::test
