#include "app/add_counsellor_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "app/dialog_layout.h"
#include "app/error_presenter.h"
#include "app/passphrase_entry.h"
#include "app/text_convert.h"

namespace sb::app {

AddCounsellorDialog::AddCounsellorDialog(wxWindow* parent, storage::Vault& vault)
    : wxDialog(parent, wxID_ANY, _("Add Counsellor Passphrase")), vault_(vault) {
    entry_ = new PassphraseEntry(this, _("&Their passphrase:"));
    name_ = entry_->prepend_field(_("Counsellor's &name:"), "counsellor-name");
    error_ = make_error_line(this, "add-counsellor-error");

    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(make_paragraph(this, _("The counsellor will unlock this practice with their own "
                                        "passphrase. Ask them to type it here themselves.")),
                 wxSizerFlags().Border(wxBOTTOM, FromDIP(12)));
    content->Add(entry_, wxSizerFlags().Expand());
    content->Add(error_, wxSizerFlags().Border(wxTOP));

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    auto* ok = FindWindow(wxID_OK);
    ok->SetLabel(_("&Add Passphrase"));
    ok->SetName("add-counsellor-ok");
    lay_out_dialog(*this, content, buttons);

    const auto update = [this, ok] {
        ok->Enable(!name_->GetValue().Strip(wxString::both).empty() && entry_->is_acceptable());
    };
    entry_->on_change(update);
    name_->Bind(wxEVT_TEXT, [update](wxCommandEvent&) { update(); });
    update();
    ok->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add(); });
    name_->SetFocus();
}

void AddCounsellorDialog::add() {
    const bool added = run_showing_error(*this, error_, [this] {
        wxBusyCursor busy;
        const crypto::SecureBuffer passphrase = entry_->take_passphrase();
        vault_.add_passphrase_slot(to_utf8(name_->GetValue().Strip(wxString::both)), passphrase);
    });
    if (added) {
        end_dialog(*this, wxID_OK);
    }
}

}  // namespace sb::app
