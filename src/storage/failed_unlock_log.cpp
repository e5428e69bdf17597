#include "storage/failed_unlock_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <ctime>
#include <fstream>
#include <iomanip>
#include <optional>
#include <sstream>

#include "core/dates.h"
#include "core/unlock_backoff.h"

namespace sb::storage {
namespace {

std::optional<std::chrono::system_clock::time_point> parse_timestamp(const std::string& text) {
    std::tm tm{};
    std::istringstream in(text);
    in >> std::get_time(&tm, "%Y-%m-%dT%H:%M:%SZ");
    if (in.fail()) {
        return std::nullopt;
    }
    return std::chrono::system_clock::from_time_t(timegm(&tm));
}

}  // namespace

std::vector<FailedUnlock> FailedUnlockLog::read() const {
    std::vector<FailedUnlock> attempts;
    std::ifstream in(path_);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        FailedUnlock attempt;
        if (fields >> attempt.at >> attempt.method >> attempt.source) {
            attempts.push_back(attempt);
        }
    }
    return attempts;
}

void FailedUnlockLog::record(const FailedUnlock& attempt) const {
    const std::string line = attempt.at + " " + attempt.method + " " + attempt.source + "\n";
    const int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) {
        return;
    }
    [[maybe_unused]] const ssize_t written = ::write(fd, line.data(), line.size());
    ::fsync(fd);
    ::close(fd);
}

void FailedUnlockLog::clear() const {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
}

std::chrono::seconds FailedUnlockLog::wait_before_next_attempt(
    std::chrono::system_clock::time_point now) const {
    const auto attempts = read();
    if (attempts.empty()) {
        return std::chrono::seconds(0);
    }
    const auto last = parse_timestamp(attempts.back().at);
    if (!last) {
        return std::chrono::seconds(0);
    }
    const auto allowed_at = *last + unlock_delay_after(static_cast<int>(attempts.size()));
    if (allowed_at <= now) {
        return std::chrono::seconds(0);
    }
    return std::chrono::ceil<std::chrono::seconds>(allowed_at - now);
}

}  // namespace sb::storage
