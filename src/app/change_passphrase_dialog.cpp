#include "app/change_passphrase_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "app/dialog_layout.h"
#include "app/error_presenter.h"
#include "app/passphrase_entry.h"
#include "app/text_convert.h"

namespace sb::app {

ChangePassphraseDialog::ChangePassphraseDialog(wxWindow* parent, storage::Vault& vault)
    : wxDialog(parent, wxID_ANY, _("Change Passphrase")), vault_(vault) {
    entry_ = new PassphraseEntry(this);
    current_ =
        entry_->prepend_field(_("C&urrent passphrase:"), "passphrase-current", wxTE_PASSWORD);
    error_ = make_error_line(this, "change-passphrase-error");

    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(make_paragraph(this, _("Your other passphrases and the recovery key keep "
                                        "working. Only the passphrase you type first changes.")),
                 wxSizerFlags().Border(wxBOTTOM, FromDIP(12)));
    content->Add(entry_, wxSizerFlags().Expand());
    content->Add(error_, wxSizerFlags().Border(wxTOP));

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    auto* ok = FindWindow(wxID_OK);
    ok->SetLabel(_("C&hange Passphrase"));
    ok->SetName("change-passphrase-ok");
    lay_out_dialog(*this, content, buttons);

    const auto update = [this, ok] { ok->Enable(!current_->IsEmpty() && entry_->is_acceptable()); };
    entry_->on_change(update);
    current_->Bind(wxEVT_TEXT, [update](wxCommandEvent&) { update(); });
    update();
    ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { change(); });
    current_->SetFocus();
}

void ChangePassphraseDialog::change() {
    const bool changed = run_showing_error(*this, error_, [this] {
        wxBusyCursor busy;
        const crypto::SecureBuffer current = take_secret(*current_);
        const crypto::SecureBuffer next = entry_->take_passphrase();
        vault_.change_passphrase(current, next);
    });
    if (changed) {
        end_dialog(*this, wxID_OK);
    } else {
        // Both fields were emptied when taken; the sentence says which one to fix.
        current_->SetFocus();
    }
}

}  // namespace sb::app
