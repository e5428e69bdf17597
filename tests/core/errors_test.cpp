#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "core/errors.h"

namespace {

const sb::ErrorKind kAllKinds[] = {
    sb::ErrorKind::WrongPassphrase,  sb::ErrorKind::VaultDamaged,  sb::ErrorKind::VaultBusy,
    sb::ErrorKind::VaultTooNew,      sb::ErrorKind::VaultNotFound, sb::ErrorKind::VaultExists,
    sb::ErrorKind::VaultNotWritable, sb::ErrorKind::DiskFull,      sb::ErrorKind::WeakPassphrase,
    sb::ErrorKind::InvalidInput,     sb::ErrorKind::NotFound,      sb::ErrorKind::Locked,
    sb::ErrorKind::WrongEngine,      sb::ErrorKind::FormError,     sb::ErrorKind::Internal,
};

}  // namespace

TEST_CASE("Every kind of error has its own CLI exit code, none of them success") {
    std::set<int> codes;
    for (const auto kind : kAllKinds) {
        const int code = sb::exit_code(kind);
        CHECK(code != 0);
        CHECK(code != 1);  // left for failures that are not ours, such as a bad command line
        CHECK(codes.insert(code).second);
    }
    CHECK(codes.size() == std::size(kAllKinds));
}

TEST_CASE("Every kind of error has a title a person can read") {
    std::set<std::string> titles;
    for (const auto kind : kAllKinds) {
        const std::string title = sb::error_title(kind);
        CHECK_FALSE(title.empty());
        CHECK(titles.insert(title).second);
    }
}

TEST_CASE("A typed error keeps its kind and its message") {
    try {
        throw sb::WeakPassphrase("Use at least 12 characters; this has 8.");
    } catch (const sb::Error& error) {
        CHECK(error.kind() == sb::ErrorKind::WeakPassphrase);
        CHECK(std::string(error.what()) == "Use at least 12 characters; this has 8.");
    }
    const sb::InternalError internal("bug");
    CHECK(internal.kind() == sb::ErrorKind::Internal);
}
