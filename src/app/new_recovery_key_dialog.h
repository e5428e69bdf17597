#pragma once
// Practice ▸ New recovery key…: explains that the old key stops working, makes the new key only
// when the counsellor says so, shows it once and has two groups typed back. The vault changes
// only at Done (after the check); Cancel, Escape or a lock before that keep the old key.
// Buttons: "new-recovery-key-make", "new-recovery-key-done".
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/panel.h>
#include <wx/simplebook.h>

#include "app/dialog_runner.h"
#include "core/clock.h"
#include "crypto/secure_buffer.h"
#include "storage/vault.h"

namespace sb::app {

class RecoveryKeyConfirm;

class NewRecoveryKeyDialog : public wxDialog {
public:
    NewRecoveryKeyDialog(wxWindow* parent, storage::Vault& vault, DialogRunner& dialogs,
                         const Clock& clock);

private:
    void make_key();
    void replace_key();

    storage::Vault& vault_;
    DialogRunner& dialogs_;
    const Clock& clock_;
    crypto::SecureBuffer key_;
    wxSimplebook* book_;
    wxPanel* key_page_ = nullptr;
    RecoveryKeyConfirm* confirm_ = nullptr;
    wxButton* cancel_;
    wxButton* make_;
    wxButton* done_;
};

}  // namespace sb::app
