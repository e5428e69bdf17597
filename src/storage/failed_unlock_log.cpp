#include "storage/failed_unlock_log.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
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
        if (line.empty()) {
            continue;
        }
        std::istringstream fields(line);
        FailedUnlock attempt;
        fields >> attempt.at >> attempt.method >> attempt.source;
        // A torn or edited line still counts as a failure (so the back-off cannot be reset by
        // damaging the file), but nothing of it reaches the audit log unchecked.
        if (!parse_timestamp(attempt.at)) {
            attempt.at.clear();  // the time is not known
        }
        if (attempt.method != "passphrase" && attempt.method != "recovery-key") {
            attempt.method = "unknown";
        }
        if (attempt.source != "app" && attempt.source != "cli") {
            attempt.source = "unknown";
        }
        attempts.push_back(attempt);
    }
    return attempts;
}

void FailedUnlockLog::record(const FailedUnlock& attempt) const {
    // Starts with a newline when an earlier write was torn, so two attempts never share a line.
    std::string line;
    {
        std::ifstream existing(path_, std::ios::binary | std::ios::ate);
        if (existing && existing.tellg() > 0) {
            existing.seekg(-1, std::ios::end);
            if (existing.get() != '\n') {
                line = "\n";
            }
        }
    }
    line += attempt.at + " " + attempt.method + " " + attempt.source + "\n";
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
    // The newest attempt whose time is known; a torn last line does not cancel the wait.
    std::optional<std::chrono::system_clock::time_point> last;
    for (auto it = attempts.rbegin(); it != attempts.rend() && !last; ++it) {
        last = parse_timestamp(it->at);
    }
    if (!last) {
        return unlock_delay_after(static_cast<int>(attempts.size()));
    }
    const auto delay = unlock_delay_after(static_cast<int>(attempts.size()));
    const auto allowed_at = *last + delay;
    if (allowed_at <= now) {
        return std::chrono::seconds(0);
    }
    // Never longer than the back-off itself: a failure stamped in the future (the clock was
    // set back since, or the line was edited) must not lock the counsellor out for hours.
    return std::min(delay, std::chrono::ceil<std::chrono::seconds>(allowed_at - now));
}

}  // namespace sb::storage
