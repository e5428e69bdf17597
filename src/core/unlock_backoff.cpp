#include "core/unlock_backoff.h"

namespace sb {

std::chrono::seconds unlock_delay_after(int consecutive_failures) {
    constexpr int kLongestDelaySeconds = 30;
    if (consecutive_failures <= 0)
        return std::chrono::seconds{0};
    // 2^5 already passes the cap; stopping there keeps the shift from overflowing.
    if (consecutive_failures > 5)
        return std::chrono::seconds{kLongestDelaySeconds};
    const int delay = 1 << (consecutive_failures - 1);
    return std::chrono::seconds{delay < kLongestDelaySeconds ? delay : kLongestDelaySeconds};
}

}  // namespace sb
