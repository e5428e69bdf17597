#pragma once
// An injectable clock, so that idle locking, unlock back-off and dates are testable without
// sleeping.
#include <chrono>
#include <string>

namespace sb {

class Clock {
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point now() const = 0;
};

class SystemClock final : public Clock {
public:
    std::chrono::system_clock::time_point now() const override {
        return std::chrono::system_clock::now();
    }
};

// For tests: time moves only when told to.
class ManualClock final : public Clock {
public:
    explicit ManualClock(std::chrono::system_clock::time_point start = {}) : now_(start) {}
    std::chrono::system_clock::time_point now() const override { return now_; }
    void advance(std::chrono::system_clock::duration by) { now_ += by; }

private:
    std::chrono::system_clock::time_point now_;
};

// Today's date in the local time zone, as yyyy-mm-dd.
std::string today_iso(const Clock& clock);

}  // namespace sb
