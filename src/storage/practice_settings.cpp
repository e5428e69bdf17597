#include "storage/practice_settings.h"

#include <string>

#include "core/errors.h"
#include "core/idle_lock.h"
#include "storage/database.h"

namespace sb::storage {

PracticeSettings::PracticeSettings(Database& db) : db_(db) {}

std::string PracticeSettings::get(const std::string& key, const std::string& fallback) {
    Statement stmt(db_, "SELECT value FROM practice_settings WHERE key = ?1");
    stmt.bind(1, key);
    return stmt.step() ? stmt.text(0) : fallback;
}

void PracticeSettings::set(const std::string& key, const std::string& value) {
    Statement stmt(db_, "INSERT OR REPLACE INTO practice_settings (key, value) VALUES (?1, ?2)");
    stmt.bind(1, key).bind(2, value).run();
}

std::string PracticeSettings::practice_name() {
    return get("practice_name");
}

std::string PracticeSettings::counsellor_name() {
    return get("counsellor_name");
}

bool PracticeSettings::is_demo() {
    return get("is_demo", "0") == "1";
}

std::chrono::minutes PracticeSettings::idle_lock_timeout() {
    const std::string stored = get("idle_lock_minutes");
    if (stored.empty()) {
        return kDefaultIdleTimeout;
    }
    try {
        return std::chrono::minutes(std::stoi(stored));
    } catch (const std::exception&) {
        return kDefaultIdleTimeout;
    }
}

void PracticeSettings::set_idle_lock_timeout(std::chrono::minutes timeout) {
    if (timeout.count() < 0 || timeout > kLongestIdleTimeout) {
        throw InvalidInput("The auto-lock time must be between 0 (never) and " +
                           std::to_string(kLongestIdleTimeout.count()) + " minutes.");
    }
    set("idle_lock_minutes", std::to_string(timeout.count()));
}

}  // namespace sb::storage
