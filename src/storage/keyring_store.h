#pragma once
// The copy of keyring.json kept inside the encrypted database, so that a backup of practice.db
// carries the key slots that open it.
#include <optional>
#include <string>

namespace sb::storage {

class Database;

void store_keyring_copy(Database& db, const std::string& json, const std::string& now_iso);
std::optional<std::string> load_keyring_copy(Database& db);

}  // namespace sb::storage
