#pragma once
// Practice ▸ Add counsellor passphrase…: another counsellor of the practice gets a key slot of
// their own, so each unlocks with their own passphrase and the audit log says who did what.
// "counsellor-name" names the name field.
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "storage/vault.h"

namespace sb::app {

class PassphraseEntry;

class AddCounsellorDialog : public wxDialog {
public:
    AddCounsellorDialog(wxWindow* parent, storage::Vault& vault);

private:
    void add();

    storage::Vault& vault_;
    wxTextCtrl* name_;
    PassphraseEntry* entry_;
    wxStaticText* error_;
};

}  // namespace sb::app
