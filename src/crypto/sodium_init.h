#pragma once
namespace sb::crypto {
// Initialises libsodium once; throws InternalError if it cannot.
void ensure_sodium();
}  // namespace sb::crypto
