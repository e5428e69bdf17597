#pragma once
// The locked state: fills the window with nothing but a passphrase field. It opens the vault
// itself and hands the unlocked Vault to its owner. After a failed attempt it counts down the
// back-off the vault folder asks for before Unlock works again. Controls are named
// "unlock-passphrase", "unlock-button", "unlock-error" and "unlock-countdown" for tests.
#include <wx/button.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>

#include <filesystem>
#include <functional>
#include <memory>

#include "storage/vault.h"

namespace sb::app {

class UnlockPanel : public wxPanel {
public:
    using UnlockedHandler = std::function<void(std::unique_ptr<storage::Vault>)>;

    UnlockPanel(wxWindow* parent, std::filesystem::path folder, storage::VaultOptions options,
                bool demo, UnlockedHandler on_unlocked);

    wxString error_text() const { return error_->GetLabelText(); }
    void focus_passphrase() { passphrase_->SetFocus(); }

private:
    void unlock();
    // Shows why the vault cannot be opened right now, if it cannot; true if it said something.
    bool say_if_busy_or_damaged();
    void start_countdown();
    void tick();
    void show_countdown();

    std::filesystem::path folder_;
    storage::VaultOptions options_;
    UnlockedHandler on_unlocked_;
    wxTextCtrl* passphrase_;
    wxButton* unlock_;
    wxStaticText* error_;
    wxStaticText* countdown_;
    wxTimer countdown_timer_;
    int seconds_left_ = 0;
};

}  // namespace sb::app
