#pragma once
// Helpers for the crypto tests: tests compare secrets as plain strings, which real code must not.
#include <string>
#include <string_view>

#include "crypto/secure_buffer.h"

namespace sb::crypto::test {

inline SecureBuffer secret(std::string_view text) {
    return SecureBuffer::copy_of(text.data(), text.size());
}

inline std::string reveal(const SecureBuffer& buffer) {
    if (buffer.empty()) {
        return {};
    }
    SecureBuffer::Reader reader(buffer);
    return std::string(reinterpret_cast<const char*>(reader.data()), reader.size());
}

}  // namespace sb::crypto::test
