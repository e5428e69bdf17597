#include "crypto/random_codes.h"

#include <sodium.h>

#include <string_view>
#include <vector>

#include "crypto/sodium_init.h"

namespace sb::crypto {

namespace {
constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

std::string random_client_code() {
    ensure_sodium();
    std::string code;
    code.reserve(7);
    for (int i = 0; i < 6; ++i) {
        if (i == 3) {
            code.push_back('-');
        }
        // randombytes_uniform stays unbiased for any alphabet length, unlike byte % size.
        code.push_back(kCrockford[randombytes_uniform(static_cast<uint32_t>(kCrockford.size()))]);
    }
    return code;
}

std::string random_hex_id(std::size_t bytes) {
    ensure_sodium();
    std::vector<unsigned char> raw(bytes);
    randombytes_buf(raw.data(), raw.size());
    std::string hex(bytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
    hex.resize(bytes * 2);
    return hex;
}

}  // namespace sb::crypto
