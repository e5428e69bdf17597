#pragma once
// Practice ▸ Change passphrase…: the current passphrase, then a new one typed twice. Rewrites
// the one key slot that the current passphrase opens. "passphrase-current" names the field.
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "storage/vault.h"

namespace sb::app {

class PassphraseEntry;

class ChangePassphraseDialog : public wxDialog {
public:
    ChangePassphraseDialog(wxWindow* parent, storage::Vault& vault);

private:
    void change();

    storage::Vault& vault_;
    wxTextCtrl* current_;
    PassphraseEntry* entry_;
    wxStaticText* error_;
};

}  // namespace sb::app
