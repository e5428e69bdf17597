#pragma once
// Practice ▸ Auto-lock settings…: minutes without use before SecureBase locks itself (0 = never).
// Saved in the vault, so it travels with the practice. "auto-lock-minutes" names the spinner.
#include <wx/dialog.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

#include "storage/vault.h"

namespace sb::app {

class AutoLockDialog : public wxDialog {
public:
    AutoLockDialog(wxWindow* parent, storage::Vault& vault);

private:
    void save();

    storage::Vault& vault_;
    wxSpinCtrl* minutes_;
    wxStaticText* error_;
};

}  // namespace sb::app
