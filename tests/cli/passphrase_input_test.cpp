// Reading a secret from --passphrase-fd: line endings, the end of input, bad descriptors.
#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

#include "cli/passphrase_input.h"
#include "core/errors.h"

using sb::InvalidInput;
using sb::cli::read_secret_from_fd;

namespace {

// A pipe holding exactly `bytes`, closed for writing; the read end is returned.
int pipe_holding(const std::string& bytes) {
    int ends[2] = {-1, -1};
    if (::pipe(ends) != 0) {
        throw std::runtime_error("pipe failed");
    }
    const ssize_t written = ::write(ends[1], bytes.data(), bytes.size());
    ::close(ends[1]);
    if (written != static_cast<ssize_t>(bytes.size())) {
        throw std::runtime_error("writing into the pipe failed");
    }
    return ends[0];
}

std::string reveal(const sb::crypto::SecureBuffer& buffer) {
    const sb::crypto::SecureBuffer::Reader reader(buffer);
    return std::string(reinterpret_cast<const char*>(reader.data()), reader.size());
}

std::string read_from(const std::string& bytes) {
    const int fd = pipe_holding(bytes);
    try {
        std::string secret = reveal(read_secret_from_fd(fd));
        ::close(fd);
        return secret;
    } catch (...) {
        ::close(fd);
        throw;
    }
}

}  // namespace

TEST_CASE("A secret is read up to LF, CRLF or the end of input") {
    CHECK(read_from("velvet orchard\n") == "velvet orchard");
    CHECK(read_from("velvet orchard\r\n") == "velvet orchard");
    CHECK(read_from("velvet orchard") == "velvet orchard");
    CHECK(read_from("  spaces kept  \n") == "  spaces kept  ");
}

TEST_CASE("Two reads from one descriptor give its first and second lines") {
    const int fd = pipe_holding("first secret\nsecond secret\n");
    CHECK(reveal(read_secret_from_fd(fd)) == "first secret");
    CHECK(reveal(read_secret_from_fd(fd)) == "second secret");
    ::close(fd);
}

TEST_CASE("A long secret comes back whole; one past the limit is refused") {
    const std::string long_secret(1024, 'k');
    CHECK(read_from(long_secret + "\n") == long_secret);
    CHECK(read_from(std::string(300, 'q')) == std::string(300, 'q'));
    CHECK_THROWS_AS(read_from(std::string(1025, 'k') + "\n"), InvalidInput);
}

TEST_CASE("An empty line, a bare CR or no input at all is refused") {
    CHECK_THROWS_WITH(read_from("\n"), Catch::StartsWith("No passphrase was given on file"));
    CHECK_THROWS_AS(read_from("\r\n"), InvalidInput);
    CHECK_THROWS_AS(read_from(""), InvalidInput);
}

TEST_CASE("A closed or write-only descriptor is refused with a sentence, not a crash") {
    int ends[2] = {-1, -1};
    REQUIRE(::pipe(ends) == 0);
    ::close(ends[0]);
    CHECK_THROWS_WITH(
        read_secret_from_fd(ends[0]),
        "Cannot read the passphrase from file descriptor " + std::to_string(ends[0]) + ".");
    CHECK_THROWS_AS(read_secret_from_fd(ends[1]), InvalidInput);
    ::close(ends[1]);
}
