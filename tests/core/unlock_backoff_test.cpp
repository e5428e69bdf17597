#include <catch2/catch.hpp>
#include <climits>

#include "core/unlock_backoff.h"

using std::chrono::seconds;

TEST_CASE("The first unlock attempt does not wait") {
    CHECK(sb::unlock_delay_after(0) == seconds{0});
    CHECK(sb::unlock_delay_after(-3) == seconds{0});
}

TEST_CASE("Each failed unlock doubles the wait, starting at one second") {
    CHECK(sb::unlock_delay_after(1) == seconds{1});
    CHECK(sb::unlock_delay_after(2) == seconds{2});
    CHECK(sb::unlock_delay_after(3) == seconds{4});
    CHECK(sb::unlock_delay_after(4) == seconds{8});
    CHECK(sb::unlock_delay_after(5) == seconds{16});
}

TEST_CASE("The wait after failed unlocks never exceeds thirty seconds") {
    CHECK(sb::unlock_delay_after(6) == seconds{30});
    CHECK(sb::unlock_delay_after(7) == seconds{30});
    CHECK(sb::unlock_delay_after(64) == seconds{30});
    CHECK(sb::unlock_delay_after(INT_MAX) == seconds{30});
}
