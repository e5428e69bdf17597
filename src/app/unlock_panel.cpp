#include "app/unlock_panel.h"

#include <wx/artprov.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/utils.h>

#include "app/dialog_layout.h"
#include "app/error_presenter.h"
#include "app/text_convert.h"
#include "storage/demo_practice.h"

namespace sb::app {

UnlockPanel::UnlockPanel(wxWindow* parent, std::filesystem::path folder,
                         storage::VaultOptions options, bool demo, UnlockedHandler on_unlocked)
    : wxPanel(parent, wxID_ANY),
      folder_(std::move(folder)),
      options_(std::move(options)),
      on_unlocked_(std::move(on_unlocked)),
      countdown_timer_(this) {
    SetName("unlock-panel");
    auto* column = new wxBoxSizer(wxVERTICAL);

    // The desktop theme's lock icon, if it has one; the heading says it anyway.
    const wxBitmapBundle lock_icon =
        wxArtProvider::GetBitmapBundle("system-lock-screen", wxART_OTHER, FromDIP(wxSize(64, 64)));
    if (lock_icon.IsOk()) {
        column->Add(new wxStaticBitmap(this, wxID_ANY, lock_icon),
                    wxSizerFlags().Centre().Border(wxBOTTOM, FromDIP(12)));
    }
    column->Add(make_heading(this, _("SecureBase is locked"), 1.6),
                wxSizerFlags().Centre().Border(wxBOTTOM, FromDIP(4)));
    auto* where = new wxStaticText(this, wxID_ANY, to_wx(folder_.string()));
    where->SetFont(where->GetFont().Smaller());
    where->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    where->SetName("unlock-folder");
    column->Add(where, wxSizerFlags().Centre().Border(wxBOTTOM, FromDIP(24)));

    passphrase_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                                 FromDIP(wxSize(360, -1)), wxTE_PASSWORD | wxTE_PROCESS_ENTER);
    passphrase_->SetName("unlock-passphrase");
    unlock_ = new wxButton(this, wxID_ANY, _("&Unlock"));
    unlock_->SetName("unlock-button");
    unlock_->SetDefault();

    auto* field_row = new wxBoxSizer(wxHORIZONTAL);
    field_row->Add(passphrase_, wxSizerFlags(1).CentreVertical().Border(wxRIGHT));
    field_row->Add(unlock_, wxSizerFlags().CentreVertical());
    auto* field_column = new wxBoxSizer(wxVERTICAL);
    // No mnemonic: Alt+P opens the Practice menu, and the field has the focus anyway.
    field_column->Add(make_field_label(this, _("Passphrase or recovery key:"), passphrase_),
                      wxSizerFlags().Border(wxBOTTOM, FromDIP(4)));
    field_column->Add(field_row, wxSizerFlags().Expand());
    column->Add(field_column, wxSizerFlags().Centre());

    error_ = make_error_line(this, "unlock-error");
    column->Add(error_, wxSizerFlags().Centre().Border(wxTOP, FromDIP(12)));
    countdown_ = new wxStaticText(this, wxID_ANY, wxString());
    countdown_->SetName("unlock-countdown");
    column->Add(countdown_, wxSizerFlags().Centre().Border(wxTOP, FromDIP(4)));
    reserve_lines(error_, 1);
    reserve_lines(countdown_, 1);

    if (demo) {
        auto* hint = new wxStaticText(
            this, wxID_ANY,
            wxString::Format(_("Demo practice passphrase: %s"), storage::kDemoPassphrase));
        hint->SetName("unlock-demo-hint");
        column->Add(hint, wxSizerFlags().Centre().Border(wxTOP, FromDIP(24)));
    }

    // Centred in whatever space the window gives.
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->AddStretchSpacer(2);
    outer->Add(column, wxSizerFlags().Centre().Border(wxALL, FromDIP(24)));
    outer->AddStretchSpacer(3);
    SetSizer(outer);

    unlock_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { unlock(); });
    passphrase_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { unlock(); });
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { tick(); }, countdown_timer_.GetId());
    // Told before anything is typed: a busy or damaged vault, or a back-off still running from
    // attempts made before this window opened.
    if (!say_if_busy_or_damaged()) {
        start_countdown();
    }
}

bool UnlockPanel::say_if_busy_or_damaged() {
    try {
        if (storage::Vault::status(folder_).open_elsewhere) {
            set_error_line(error_, _("This practice vault is already open in another copy of "
                                     "SecureBase. Close it there first."));
            return true;
        }
    } catch (const sb::Error& error) {
        set_error_line(error_, error_sentence(error));
        return true;
    }
    return false;
}

void UnlockPanel::unlock() {
    if (seconds_left_ > 0) {
        return;  // Enter pressed during the back-off
    }
    if (passphrase_->IsEmpty()) {
        set_error_line(error_, _("Type your passphrase or recovery key."));
        return;
    }
    if (say_if_busy_or_damaged()) {
        return;  // no half-second key derivation only to hear the vault is in use
    }
    std::unique_ptr<storage::Vault> vault;
    try {
        // Argon2id takes about half a second by design.
        wxBusyCursor busy;
        const crypto::SecureBuffer secret = take_secret(*passphrase_);
        vault = storage::Vault::open(folder_, secret, options_);
    } catch (const std::exception& error) {
        set_error_line(error_, error_sentence(error));
        start_countdown();
        passphrase_->SetFocus();
        return;
    }
    set_error_line(error_, wxString());
    // May destroy this panel: nothing of it is touched afterwards.
    on_unlocked_(std::move(vault));
}

void UnlockPanel::start_countdown() {
    try {
        seconds_left_ =
            static_cast<int>(storage::Vault::status(folder_).wait_before_next_attempt.count());
    } catch (const sb::Error&) {
        seconds_left_ = 0;  // an unreadable folder already said so in the error line
    }
    if (seconds_left_ <= 0) {
        return;
    }
    unlock_->Disable();
    show_countdown();
    countdown_timer_.Start(1000);
}

void UnlockPanel::tick() {
    --seconds_left_;
    show_countdown();
}

void UnlockPanel::show_countdown() {
    if (seconds_left_ <= 0) {
        countdown_timer_.Stop();
        countdown_->SetLabelText(wxString());
        unlock_->Enable();
    } else {
        countdown_->SetLabelText(
            wxString::Format(wxPLURAL("You can try again in %d second.",
                                      "You can try again in %d seconds.", seconds_left_),
                             seconds_left_));
    }
    Layout();
}

}  // namespace sb::app
