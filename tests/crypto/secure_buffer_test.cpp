#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <string>
#include <utility>

#include "crypto/secure_buffer.h"
#include "crypto/support.h"

using sb::crypto::SecureBuffer;
using sb::crypto::test::reveal;
using sb::crypto::test::secret;

namespace {

// Reads `address` in a child process and reports whether the read crashed it, so a test can
// show that memory is closed without crashing the test run itself.
bool reading_crashes(const unsigned char* address) {
    const pid_t child = fork();
    if (child == 0) {
        // The test framework's crash handler would report the expected crash as a failure.
        std::signal(SIGSEGV, SIG_DFL);
        std::signal(SIGBUS, SIG_DFL);
        const volatile unsigned char* p = address;
        const unsigned char value = *p;
        _exit(value == 0xff ? 1 : 0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFSIGNALED(status) && (WTERMSIG(status) == SIGSEGV || WTERMSIG(status) == SIGBUS);
}

}  // namespace

TEST_CASE("A new secure buffer has the size asked for and holds only zeroes") {
    SecureBuffer buffer(48);
    REQUIRE(buffer.size() == 48);
    REQUIRE_FALSE(buffer.empty());
    CHECK(reveal(buffer) == std::string(48, '\0'));
}

TEST_CASE("A secure buffer of size zero holds nothing and can still be read") {
    SecureBuffer buffer(0);
    CHECK(buffer.empty());
    SecureBuffer::Reader reader(buffer);
    CHECK(reader.data() == nullptr);
    CHECK(reader.size() == 0);
}

TEST_CASE("copy_of keeps the bytes it was given") {
    const SecureBuffer buffer = secret("correct horse battery staple");
    CHECK(reveal(buffer) == "correct horse battery staple");
}

TEST_CASE("Two random buffers differ") {
    const SecureBuffer a = SecureBuffer::random(32);
    const SecureBuffer b = SecureBuffer::random(32);
    REQUIRE(a.size() == 32);
    CHECK(reveal(a) != reveal(b));
}

TEST_CASE("What a writer writes, a reader reads back") {
    SecureBuffer buffer(3);
    {
        SecureBuffer::Writer writer(buffer);
        writer.data()[0] = 'a';
        writer.data()[1] = 'b';
        writer.data()[2] = 'c';
    }
    CHECK(reveal(buffer) == "abc");
}

TEST_CASE("Moving a secure buffer takes the bytes and leaves the source empty") {
    SecureBuffer source = secret("data key");
    SecureBuffer moved(std::move(source));
    CHECK(source.empty());
    CHECK(reveal(moved) == "data key");

    SecureBuffer assigned = secret("something else");
    assigned = std::move(moved);
    CHECK(moved.empty());
    CHECK(reveal(assigned) == "data key");
}

TEST_CASE("Wiping a secure buffer empties it") {
    SecureBuffer buffer = secret("passphrase");
    buffer.wipe();
    CHECK(buffer.empty());
    CHECK(buffer.size() == 0);
    buffer.wipe();  // a second wipe is harmless
    CHECK(buffer.empty());
}

TEST_CASE("The memory of a secure buffer cannot be read once no reader is open") {
    const SecureBuffer buffer = secret("secret");
    const unsigned char* address = nullptr;
    {
        SecureBuffer::Reader reader(buffer);
        address = reader.data();
        CHECK_FALSE(reading_crashes(address));
    }
    CHECK(reading_crashes(address));
}

TEST_CASE("Nested readers keep the memory readable until the last one closes") {
    const SecureBuffer buffer = secret("secret");
    SecureBuffer::Reader outer(buffer);
    {
        SecureBuffer::Reader inner(buffer);
        CHECK(inner.data()[0] == 's');
    }
    CHECK(outer.data()[0] == 's');
    CHECK_FALSE(reading_crashes(outer.data()));
}

TEST_CASE("secret_from_string copies the text and wipes the string it came from") {
    // Long enough to live on the heap, where clear() keeps the old storage (and its bytes).
    std::string typed = "a passphrase long enough to be stored outside the string object";
    const std::size_t length = typed.size();
    const char* storage = typed.data();

    const SecureBuffer buffer = sb::crypto::secret_from_string(typed);

    CHECK(reveal(buffer) == "a passphrase long enough to be stored outside the string object");
    CHECK(typed.empty());
    REQUIRE(typed.data() == storage);  // same storage, so inspecting it below is meaningful
    CHECK(std::string(storage, length) == std::string(length, '\0'));
}

TEST_CASE("secret_from_string wipes a short string too") {
    std::string typed = "short";
    const SecureBuffer buffer = sb::crypto::secret_from_string(typed);
    CHECK(reveal(buffer) == "short");
    CHECK(typed.empty());
}
