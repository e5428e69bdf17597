#pragma once
// Small files beside the database: written whole or not at all.
#include <filesystem>
#include <string>
#include <string_view>

namespace sb::storage {

// Writes `content` to `path` atomically: a temporary file in the same folder, fsync, rename,
// fsync of the folder. On failure the old file is untouched and the temporary file is removed;
// throws DiskFull or VaultNotWritable.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// Reads a whole file; throws VaultDamaged naming the file if it cannot be read.
std::string read_whole_file(const std::filesystem::path& path);

// Throws VaultNotWritable unless `folder` exists and this process can create files in it.
void require_writable_folder(const std::filesystem::path& folder);

// Creates the folder (and parents) readable only by the owner.
void create_private_folder(const std::filesystem::path& folder);

}  // namespace sb::storage
