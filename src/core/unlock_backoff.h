#pragma once
// After each failed unlock the next attempt waits a little longer: 1 s, 2 s, 4 s … up to 30 s.
// The count of failures is kept on disk (see storage's FailedUnlockLog), so restarting the app
// or the CLI does not reset it.
#include <chrono>

namespace sb {

std::chrono::seconds unlock_delay_after(int consecutive_failures);

}  // namespace sb
