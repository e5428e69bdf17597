#include "cli/cli_context.h"

#include <ostream>
#include <thread>

#include "cli/passphrase_input.h"
#include "core/errors.h"
#include "core/passphrase_policy.h"

namespace sb::cli {
namespace {

bool same_secret(const crypto::SecureBuffer& a, const crypto::SecureBuffer& b) {
    const crypto::SecureBuffer::Reader ra(a);
    const crypto::SecureBuffer::Reader rb(b);
    if (ra.size() != rb.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (std::size_t i = 0; i < ra.size(); ++i) {
        difference |= static_cast<unsigned char>(ra.data()[i] ^ rb.data()[i]);
    }
    return difference == 0;
}

}  // namespace

storage::VaultOptions CliContext::vault_options() const {
    storage::VaultOptions options;
    options.kdf =
        test_fast_kdf ? crypto::KdfStrength::FastForTests : crypto::KdfStrength::Production;
    options.actor_source = "cli";
    std::ostream& errors = err;
    options.wait_before_attempt = [&errors](std::chrono::seconds wait) {
        errors << "Waiting " << wait.count()
               << " s before trying, because of earlier failed attempts…\n";
        std::this_thread::sleep_for(wait);
    };
    return options;
}

crypto::SecureBuffer CliContext::unlock_secret() {
    if (passphrase_fd >= 0) {
        return read_secret_from_fd(passphrase_fd);
    }
    return read_secret_from_terminal("Passphrase or recovery key: ");
}

crypto::SecureBuffer CliContext::new_passphrase(const std::string& whose) {
    if (new_passphrase_fd >= 0) {
        return read_secret_from_fd(new_passphrase_fd);
    }
    auto first =
        read_secret_from_terminal("New passphrase for " + whose + " (at least " +
                                  std::to_string(kMinimumPassphraseLength) + " characters): ");
    auto again = read_secret_from_terminal("Type it again: ");
    if (!same_secret(first, again)) {
        throw InvalidInput("The two passphrases are not the same, so nothing was changed.");
    }
    return first;
}

std::unique_ptr<storage::Vault> CliContext::open_vault() {
    if (!storage::Vault::exists(vault_folder)) {
        // Fails with the precise reason (no vault, or a keyring missing beside a database)
        // before asking for a passphrase that could not help.
        auto secret = crypto::SecureBuffer::random(1);
        return storage::Vault::open(vault_folder, secret, vault_options());
    }
    return open_vault_with(unlock_secret());
}

std::unique_ptr<storage::Vault> CliContext::open_vault_with(const crypto::SecureBuffer& secret) {
    auto vault = storage::Vault::open(vault_folder, secret, vault_options());
    if (vault->failed_unlocks_before_this_open() > 0) {
        err << "Note: " << vault->failed_unlocks_before_this_open()
            << " failed unlock attempt(s) were recorded since this vault was last opened.\n";
    }
    return vault;
}

}  // namespace sb::cli
