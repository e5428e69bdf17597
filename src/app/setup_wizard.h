#pragma once
// First run: sets up a new practice in four steps (about the practice, passphrase, recovery
// key, check the recovery key). Nothing is written until Finish; then the vault is created and
// handed over unlocked through take_vault(). A wxDialog with a wxSimplebook rather than
// wxWizard, so tests can drive it without a modal loop. Buttons: "setup-back", "setup-next"
// (labelled Finish on the last step).
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/simplebook.h>
#include <wx/stattext.h>

#include <filesystem>
#include <memory>

#include "app/dialog_runner.h"
#include "core/clock.h"
#include "crypto/secure_buffer.h"
#include "storage/vault.h"

namespace sb::app {

class PracticeDetailsPage;
class PassphraseEntry;
class RecoveryKeyPanel;
class RecoveryKeyConfirm;

class SetupWizard : public wxDialog {
public:
    SetupWizard(wxWindow* parent, DialogRunner& dialogs, std::filesystem::path folder,
                storage::VaultOptions options, const Clock& clock);

    // The new, unlocked vault after Finish; null if the counsellor cancelled.
    std::unique_ptr<storage::Vault> take_vault() { return std::move(vault_); }

private:
    enum Step { kDetails, kPassphrase, kRecoveryKey, kConfirm, kStepCount };

    wxWindow* make_step(wxWindow* body, const wxString& heading, const wxString& explanation);
    void show_step(int step);
    void update_buttons();
    void next();
    void finish();

    DialogRunner& dialogs_;
    std::filesystem::path folder_;
    storage::VaultOptions options_;
    const Clock& clock_;
    // Made up front so step 3 can show it; written into the vault only at Finish.
    crypto::SecureBuffer recovery_key_;
    std::unique_ptr<storage::Vault> vault_;

    wxSimplebook* book_;
    wxStaticText* step_label_;
    PracticeDetailsPage* details_;
    PassphraseEntry* passphrase_;
    RecoveryKeyPanel* recovery_key_panel_;
    RecoveryKeyConfirm* confirm_;
    wxButton* back_;
    wxButton* next_;
};

}  // namespace sb::app
