#pragma once
// Typed errors shared by every layer. Storage and crypto throw them; the app and the CLI turn
// each into one sentence for a person (see describe()) and, in the CLI, a distinct exit code.
#include <stdexcept>
#include <string>

namespace sb {

enum class ErrorKind {
    WrongPassphrase,   // no key slot opens with the secret given
    VaultDamaged,      // a vault file is unreadable, truncated or altered
    VaultBusy,         // another SecureBase process has the vault open
    VaultTooNew,       // written by a newer SecureBase
    VaultNotFound,     // no vault in the folder
    VaultExists,       // creating a vault where one already is
    VaultNotWritable,  // the folder or a vault file cannot be written
    DiskFull,          // a write ran out of space; nothing was half-written
    WeakPassphrase,    // refused by the passphrase policy
    InvalidInput,      // a field a person typed is not acceptable
    NotFound,          // a client (or other record) does not exist
    Locked,            // an operation needs the vault unlocked
    WrongEngine,       // the SQLite engine in the process is not SQLCipher
    FormError,         // a form definition file is malformed
    Internal,          // a bug: should never reach a person
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    ErrorKind kind() const noexcept { return kind_; }

private:
    ErrorKind kind_;
};

#define SB_DEFINE_ERROR(Name)                                                          \
    class Name : public Error {                                                        \
    public:                                                                            \
        explicit Name(const std::string& message) : Error(ErrorKind::Name, message) {} \
    }

SB_DEFINE_ERROR(WrongPassphrase);
SB_DEFINE_ERROR(VaultDamaged);
SB_DEFINE_ERROR(VaultBusy);
SB_DEFINE_ERROR(VaultTooNew);
SB_DEFINE_ERROR(VaultNotFound);
SB_DEFINE_ERROR(VaultExists);
SB_DEFINE_ERROR(VaultNotWritable);
SB_DEFINE_ERROR(DiskFull);
SB_DEFINE_ERROR(WeakPassphrase);
SB_DEFINE_ERROR(InvalidInput);
SB_DEFINE_ERROR(NotFound);
SB_DEFINE_ERROR(Locked);
SB_DEFINE_ERROR(WrongEngine);

#undef SB_DEFINE_ERROR

class InternalError : public Error {
public:
    explicit InternalError(const std::string& message) : Error(ErrorKind::Internal, message) {}
};

// A short English title for the kind of error, for dialog captions and CLI prefixes. The app
// passes it through gettext; the strings are marked with SB_N_ so xgettext finds them.
const char* error_title(ErrorKind kind);

// The CLI's process exit code for each kind; documented in `securebase-cli --help`.
int exit_code(ErrorKind kind);

}  // namespace sb

// Marks a string for translation without translating it here (core knows nothing of gettext).
#define SB_N_(text) text
