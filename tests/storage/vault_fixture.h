#pragma once
// Shared by the storage tests: a fresh folder per test, the test passphrase, fast key
// derivation, no real waiting, and small helpers for files and thrown sentences.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/client.h"
#include "crypto/recovery_key.h"
#include "crypto/secure_buffer.h"
#include "storage/vault.h"

namespace sb::storage::test {

inline constexpr const char* kPassphrase = "correct horse battery staple";

// A fresh folder under the system temp folder (mkdtemp), removed with everything in it.
class TempFolder {
public:
    TempFolder() {
        std::string pattern = std::filesystem::temp_directory_path() / "sb-storage-XXXXXX";
        if (::mkdtemp(pattern.data()) == nullptr) {
            throw std::runtime_error("mkdtemp failed");
        }
        path_ = pattern;
    }
    ~TempFolder() {
        // A test may have made folders read-only; give them back before removing.
        std::error_code ignored;
        std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ignored);
        for (auto it = std::filesystem::recursive_directory_iterator(path_, ignored);
             it != std::filesystem::recursive_directory_iterator(); it.increment(ignored)) {
            if (it->is_directory(ignored)) {
                std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                             std::filesystem::perm_options::add, ignored);
            }
        }
        std::filesystem::remove_all(path_, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // Where the tests put the practice vault (made by Vault::create).
    std::filesystem::path vault() const { return path_ / "vault"; }

private:
    std::filesystem::path path_;
};

inline crypto::SecureBuffer secret(std::string_view text) {
    return crypto::SecureBuffer::copy_of(text.data(), text.size());
}

inline std::string reveal(const crypto::SecureBuffer& buffer) {
    if (buffer.empty()) {
        return {};
    }
    const crypto::SecureBuffer::Reader reader(buffer);
    return std::string(reinterpret_cast<const char*>(reader.data()), reader.size());
}

// Fast Argon2id and no sleeping: the back-off is tested by recording the waits instead.
inline VaultOptions fast_options() {
    VaultOptions options;
    options.kdf = crypto::KdfStrength::FastForTests;
    options.wait_before_attempt = [](std::chrono::seconds) {};
    return options;
}

struct CreatedVault {
    std::unique_ptr<Vault> vault;
    std::string recovery_key;  // as shown to the counsellor, with dashes
};

inline CreatedVault create_open_vault(const std::filesystem::path& folder,
                                      const VaultOptions& options = fast_options()) {
    const auto recovery = crypto::generate_recovery_key();
    auto vault = Vault::create(folder, {"Harbour Counselling", "Dr Ana Silva"}, secret(kPassphrase),
                               recovery, options);
    return {std::move(vault), reveal(recovery)};
}

// Creates a vault, locks it again and returns its recovery key.
inline std::string create_vault(const std::filesystem::path& folder,
                                const VaultOptions& options = fast_options()) {
    return create_open_vault(folder, options).recovery_key;
}

inline std::unique_ptr<Vault> open_vault(const std::filesystem::path& folder,
                                         std::string_view secret_text = kPassphrase,
                                         const VaultOptions& options = fast_options()) {
    return Vault::open(folder, secret(secret_text), options);
}

inline Client client_named(std::string legal_name) {
    Client client;
    client.legal_name = std::move(legal_name);
    client.intake_date = "2026-01-15";
    return client;
}

inline std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void write_bytes(const std::filesystem::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline bool contains(std::string_view haystack, std::string_view needle) {
    return haystack.find(needle) != std::string_view::npos;
}

// The sentence a person would see when `action` throws `E`. Any other exception escapes and
// fails the test with its own message.
template <class E, class Action>
std::string sentence_of(Action&& action) {
    try {
        action();
    } catch (const E& error) {
        return error.what();
    }
    return "(nothing was thrown)";
}

}  // namespace sb::storage::test
