#pragma once
// Helpers for the CLI tests: run securebase-cli in-process (run_cli with our own streams) or as
// the built binary in a bash subprocess, and give it secrets the way a person's script would,
// through a file descriptor, never through argv.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/run_cli.h"
#include "support/temp_folder.h"

namespace sb::cli::test {

inline constexpr const char* kPassphrase = "correct horse battery staple";
inline constexpr const char* kSecondPassphrase = "velvet orchard quietly hums at dusk";
inline constexpr const char* kCliPath = SECUREBASE_CLI_PATH;

using sb::test::TempFolder;

using sb::test::read_text_file;
using sb::test::write_text_file;

// A pipe already holding the secrets, one a line; its read end is what --passphrase-fd gets.
class SecretPipe {
public:
    explicit SecretPipe(const std::string& secret) {
        int ends[2] = {-1, -1};
        if (::pipe(ends) != 0) {
            throw std::runtime_error("pipe failed");
        }
        const std::string line = secret + "\n";
        const ssize_t written = ::write(ends[1], line.data(), line.size());
        ::close(ends[1]);
        read_end_ = ends[0];
        if (written != static_cast<ssize_t>(line.size())) {
            throw std::runtime_error("writing the secret into the pipe failed");
        }
    }
    ~SecretPipe() { ::close(read_end_); }
    SecretPipe(const SecretPipe&) = delete;
    SecretPipe& operator=(const SecretPipe&) = delete;

    std::string fd() const { return std::to_string(read_end_); }

private:
    int read_end_ = -1;
};

struct CliResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs securebase-cli in this process with --test-fast-kdf before the arguments given.
inline CliResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"securebase-cli", "--test-fast-kdf"});
    std::vector<const char*> argv;
    for (const auto& arg : args) {
        argv.push_back(arg.c_str());
    }
    std::ostringstream out;
    std::ostringstream err;
    CliResult result;
    result.exit_code = sb::cli::run_cli(static_cast<int>(argv.size()), argv.data(), out, err);
    result.out = out.str();
    result.err = err.str();
    return result;
}

// Runs the built binary through bash in `scratch`, so `3<secret` redirections work exactly as
// in a person's script. `arguments` is shell text placed after the binary's path.
inline CliResult run_binary(const TempFolder& scratch, const std::string& arguments) {
    const auto out_file = scratch.path() / "stdout.txt";
    const auto err_file = scratch.path() / "stderr.txt";
    const auto script = scratch.path() / "run.sh";
    write_text_file(script, "cd '" + scratch.path().string() + "' || exit 99\n'" +
                                std::string(kCliPath) + "' " + arguments + " >'" +
                                out_file.string() + "' 2>'" + err_file.string() + "'\n");
    const int status = std::system(("bash '" + script.string() + "'").c_str());
    CliResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_text_file(out_file);
    result.err = read_text_file(err_file);
    return result;
}

// The recovery key printed by `vault init` and `vault recovery`: nine groups of four.
inline std::string recovery_key_in(const std::string& text) {
    static const std::regex key(R"([0-9A-Z]{4}(-[0-9A-Z]{4}){8})");
    std::smatch match;
    return std::regex_search(text, match, key) ? match.str() : std::string();
}

// A practice vault made with `vault init` in a fresh temp folder, unlocked by kPassphrase.
class Practice {
public:
    Practice() {
        const SecretPipe secret(kPassphrase);
        const auto created =
            run({"--vault", folder().string(), "--new-passphrase-fd", secret.fd(), "vault", "init",
                 "--practice", "Harbour Counselling", "--counsellor", "Mira Okafor"});
        REQUIRE(created.exit_code == 0);
        recovery_key_ = recovery_key_in(created.out);
        REQUIRE_FALSE(recovery_key_.empty());
    }

    std::filesystem::path folder() const { return temp_.path() / "vault"; }
    const std::string& recovery_key() const { return recovery_key_; }

    // Runs a command that unlocks the vault with `secret` on --passphrase-fd.
    CliResult run_unlocked(const std::vector<std::string>& command,
                           const std::string& secret = kPassphrase) const {
        const SecretPipe pipe(secret);
        std::vector<std::string> args{"--vault", folder().string(), "--passphrase-fd", pipe.fd()};
        args.insert(args.end(), command.begin(), command.end());
        return run(args);
    }

    // Runs a command expected to succeed and print JSON; returns what it printed, parsed.
    nlohmann::json json(const std::vector<std::string>& command) const {
        const auto result = run_unlocked(command);
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        return nlohmann::json::parse(result.out);
    }

    // Adds a client with the options given; returns the client code it printed.
    std::string add_client(std::vector<std::string> options) const {
        options.insert(options.begin(), {"client", "add"});
        const auto result = run_unlocked(options);
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        REQUIRE(result.out.size() == 8);
        return result.out.substr(0, 7);
    }

private:
    TempFolder temp_;
    std::string recovery_key_;
};

}  // namespace sb::cli::test
