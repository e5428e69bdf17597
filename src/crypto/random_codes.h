#pragma once
// Random identifiers that carry no information about the person they label.
#include <string>

namespace sb::crypto {

// A pseudonymous client code such as "K7Q-3M9": six Crockford base32 characters.
std::string random_client_code();

// A random hex identifier of `bytes` random bytes, e.g. for key slot ids.
std::string random_hex_id(std::size_t bytes);

}  // namespace sb::crypto
