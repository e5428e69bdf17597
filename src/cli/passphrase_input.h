#pragma once
// Reading a secret without it ever appearing in argv, the shell history or the terminal.
#include <string>

#include "crypto/secure_buffer.h"

namespace sb::cli {

// Reads one line from an inherited file descriptor (`3<secret`), byte by byte so a second read
// from the same descriptor gets the next line. Throws InvalidInput if the fd is unreadable or
// the line is empty.
crypto::SecureBuffer read_secret_from_fd(int fd);

// Prompts on the controlling terminal with echo off. Throws InvalidInput when there is no
// terminal (then --passphrase-fd is the way).
crypto::SecureBuffer read_secret_from_terminal(const std::string& prompt);

}  // namespace sb::cli
