#include "core/idle_lock.h"

namespace sb {

// Starting the count at construction means a vault just unlocked is not locked at once.
IdleLockPolicy::IdleLockPolicy(const Clock& clock, std::chrono::minutes timeout)
    : clock_(clock), timeout_(timeout), last_activity_(clock.now()) {}

void IdleLockPolicy::record_activity() {
    last_activity_ = clock_.now();
}

void IdleLockPolicy::set_timeout(std::chrono::minutes timeout) {
    timeout_ = timeout;
}

bool IdleLockPolicy::should_lock() const {
    if (timeout_ <= std::chrono::minutes::zero())
        return false;
    return clock_.now() - last_activity_ >= timeout_;
}

}  // namespace sb
