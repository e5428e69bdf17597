#pragma once
// The demo practice behind `securebase --demo`: a clearly marked vault of fictional clients, with
// a passphrase the unlock screen shows. Later capabilities (assessments, sessions, reports) add
// their demo data through DemoPracticeBuilder so one generator fills every part.
#include <filesystem>
#include <memory>

#include "storage/vault.h"

namespace sb::storage {

// The demo vault's passphrase, shown on its unlock screen. Never used for a real practice.
inline constexpr const char* kDemoPassphrase = "demo harbour lantern meadow";

// The default folder of the demo practice (beside, not inside, the real one).
std::filesystem::path default_demo_vault_folder();
// The default folder of the real practice: $XDG_DATA_HOME/SecureBase (or ~/.local/share/…).
std::filesystem::path default_vault_folder();

// Creates the demo vault in `folder` if it does not exist yet, filled with fictional clients.
// Returns true if it created it.
bool ensure_demo_practice(const std::filesystem::path& folder, const VaultOptions& options = {});

// Fills an open vault with the fictional demo clients (a couple among them).
void fill_demo_practice(Vault& vault);

}  // namespace sb::storage
