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
#include "support/temp_folder.h"

namespace sb::storage::test {

inline constexpr const char* kPassphrase = "correct horse battery staple";

using sb::test::TempFolder;
using sb::test::write_text_file;

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
