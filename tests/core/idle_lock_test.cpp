#include <catch2/catch.hpp>

#include "core/idle_lock.h"

using namespace std::chrono_literals;

TEST_CASE("A vault just unlocked is not locked at once") {
    sb::ManualClock clock;
    const sb::IdleLockPolicy policy(clock, sb::kDefaultIdleTimeout);
    CHECK_FALSE(policy.should_lock());
    CHECK(policy.timeout() == 10min);
}

TEST_CASE("The app locks once the timeout passes without activity") {
    sb::ManualClock clock;
    const sb::IdleLockPolicy policy(clock, 10min);
    clock.advance(9min + 59s);
    CHECK_FALSE(policy.should_lock());
    clock.advance(1s);
    CHECK(policy.should_lock());
}

TEST_CASE("Activity restarts the idle count") {
    sb::ManualClock clock;
    sb::IdleLockPolicy policy(clock, 5min);
    clock.advance(4min);
    policy.record_activity();
    clock.advance(4min);
    CHECK_FALSE(policy.should_lock());
    clock.advance(1min);
    CHECK(policy.should_lock());
}

TEST_CASE("Time the machine spent suspended counts as idle time") {
    sb::ManualClock clock;
    const sb::IdleLockPolicy policy(clock, 10min);
    clock.advance(8h);  // the laptop lid was closed overnight
    CHECK(policy.should_lock());
}

TEST_CASE("A timeout of zero turns idle locking off") {
    sb::ManualClock clock;
    sb::IdleLockPolicy policy(clock, 10min);
    policy.set_timeout(0min);
    CHECK(policy.timeout() == 0min);
    clock.advance(48h);
    CHECK_FALSE(policy.should_lock());
}

TEST_CASE("Changing the timeout applies to the time already idle") {
    sb::ManualClock clock;
    sb::IdleLockPolicy policy(clock, 30min);
    clock.advance(6min);
    CHECK_FALSE(policy.should_lock());
    policy.set_timeout(5min);
    CHECK(policy.should_lock());
}
