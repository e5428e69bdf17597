#include "core/errors.h"

namespace sb {

const char* error_title(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::WrongPassphrase: return SB_N_("Wrong passphrase or recovery key");
        case ErrorKind::VaultDamaged: return SB_N_("The practice vault is damaged");
        case ErrorKind::VaultBusy: return SB_N_("The practice vault is in use");
        case ErrorKind::VaultTooNew: return SB_N_("The practice vault needs a newer SecureBase");
        case ErrorKind::VaultNotFound: return SB_N_("No practice vault here");
        case ErrorKind::VaultExists: return SB_N_("A practice vault already exists here");
        case ErrorKind::VaultNotWritable: return SB_N_("The practice vault cannot be written");
        case ErrorKind::DiskFull: return SB_N_("The disk is full");
        case ErrorKind::WeakPassphrase: return SB_N_("Passphrase too weak");
        case ErrorKind::InvalidInput: return SB_N_("Please check what you entered");
        case ErrorKind::NotFound: return SB_N_("Not found");
        case ErrorKind::Locked: return SB_N_("The practice vault is locked");
        case ErrorKind::WrongEngine: return SB_N_("Unsafe database engine");
        case ErrorKind::FormError: return SB_N_("A form definition is malformed");
        case ErrorKind::Internal: return SB_N_("Internal error");
    }
    return SB_N_("Internal error");
}

int exit_code(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::InvalidInput: return 2;
        case ErrorKind::WrongPassphrase: return 10;
        case ErrorKind::VaultDamaged: return 11;
        case ErrorKind::VaultBusy: return 12;
        case ErrorKind::VaultTooNew: return 13;
        case ErrorKind::VaultNotFound: return 14;
        case ErrorKind::VaultExists: return 15;
        case ErrorKind::VaultNotWritable: return 16;
        case ErrorKind::DiskFull: return 17;
        case ErrorKind::WeakPassphrase: return 18;
        case ErrorKind::NotFound: return 19;
        case ErrorKind::Locked: return 20;
        case ErrorKind::WrongEngine: return 21;
        case ErrorKind::FormError: return 22;
        case ErrorKind::Internal: return 70;
    }
    return 70;
}

}  // namespace sb
