#pragma once
// Practice-wide settings kept inside the vault.
#include <chrono>
#include <string>

namespace sb::storage {

class Database;

inline constexpr std::chrono::minutes kLongestIdleTimeout{240};

class PracticeSettings {
public:
    explicit PracticeSettings(Database& db);

    std::string practice_name();
    std::string counsellor_name();  // the counsellor who created the practice
    bool is_demo();
    std::chrono::minutes idle_lock_timeout();  // default 10 minutes; 0 = never
    void set_idle_lock_timeout(std::chrono::minutes timeout);

    std::string get(const std::string& key, const std::string& fallback = {});
    void set(const std::string& key, const std::string& value);

private:
    Database& db_;
};

}  // namespace sb::storage
