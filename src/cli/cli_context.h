#pragma once
// What every securebase-cli command shares: the global options, the output streams, and how
// to get secrets and an unlocked vault.
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>

#include "crypto/secure_buffer.h"
#include "storage/vault.h"

namespace sb::cli {

struct CliContext {
    CliContext(std::ostream& output, std::ostream& errors) : out(output), err(errors) {}

    std::ostream& out;
    std::ostream& err;

    std::filesystem::path vault_folder;
    int passphrase_fd = -1;      // --passphrase-fd
    int new_passphrase_fd = -1;  // --new-passphrase-fd (passwd, add-slot, init)
    bool test_fast_kdf = false;  // --test-fast-kdf: minimum Argon2id limits, tests only
    bool json = false;           // --json on listing commands

    storage::VaultOptions vault_options() const;

    // The secret that unlocks the vault: from --passphrase-fd, else the terminal.
    crypto::SecureBuffer unlock_secret();
    // A new passphrase: from --new-passphrase-fd, else asked twice on the terminal.
    crypto::SecureBuffer new_passphrase(const std::string& whose);
    std::unique_ptr<storage::Vault> open_vault();
    // Opens with a secret already read (passwd needs it again to find the slot to rewrite).
    std::unique_ptr<storage::Vault> open_vault_with(const crypto::SecureBuffer& secret);
};

}  // namespace sb::cli
