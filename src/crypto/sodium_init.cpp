#include "crypto/sodium_init.h"

#include <sodium.h>

#include <mutex>

#include "core/errors.h"

namespace sb::crypto {

void ensure_sodium() {
    // sodium_init() is itself idempotent, but call_once also makes a failure sticky and visible
    // to every caller instead of letting one thread race ahead of another's initialisation.
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    if (!ok) {
        throw InternalError("libsodium could not be initialised");
    }
}

}  // namespace sb::crypto
