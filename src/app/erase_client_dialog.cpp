#include "app/erase_client_dialog.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "app/client_details_panel.h"
#include "app/dialog_layout.h"
#include "app/dialog_runner.h"
#include "app/error_presenter.h"
#include "core/errors.h"
#include "storage/client_repository.h"

namespace sb::app {

namespace {
const wxColour kDestructiveRed(0xC0, 0x1C, 0x28);
}

EraseClientDialog::EraseClientDialog(wxWindow* parent, storage::ClientRepository& clients,
                                     DialogRunner& dialogs, const Client& client)
    : wxDialog(parent, wxID_ANY, _("Erase client permanently"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE, "erase-client-dialog"),
      clients_(clients),
      dialogs_(dialogs),
      client_(client) {
    const int wrap = 440;
    const wxString code = to_wx(client.code);
    auto* heading = make_heading(
        this, wxString::Format(_("Erase %s permanently?"), to_wx(display_name(client))), 1.15);
    heading->Wrap(FromDIP(wrap));
    auto* permanent = make_paragraph(
        this,
        _("Their record and everything kept about them are removed from this vault. Erasure is "
          "permanent and cannot be undone."),
        wrap);
    auto* audited = make_paragraph(
        this,
        wxString::Format(_("The audit log records the erasure by client code only (%s), never "
                           "by name."),
                         code),
        wrap);
    auto* prompt = new wxStaticText(
        this, wxID_ANY, wxString::Format(_("To confirm, type the client code %s:"), code));
    code_ =
        new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxSize(FromDIP(160), -1),
                       wxTE_PROCESS_ENTER, wxDefaultValidator, "erase-code");

    auto* buttons = new wxStdDialogButtonSizer();
    auto* cancel = new wxButton(this, wxID_CANCEL);
    erase_ = new wxButton(this, wxID_OK, _("&Erase permanently"), wxDefaultPosition, wxDefaultSize,
                          0, wxDefaultValidator, "erase-confirm");
    buttons->AddButton(cancel);
    buttons->SetAffirmativeButton(erase_);
    buttons->Realize();
    // Enter and Escape both land on Cancel; erasing takes the typed code and a deliberate act.
    cancel->SetDefault();

    const int gap = FromDIP(12);
    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(heading);
    content->Add(permanent, wxSizerFlags().Border(wxTOP, gap));
    content->Add(audited, wxSizerFlags().Border(wxTOP, gap));
    content->Add(prompt, wxSizerFlags().Border(wxTOP, gap));
    content->Add(code_, wxSizerFlags().Border(wxTOP, FromDIP(6)));
    lay_out_dialog(*this, content, buttons);

    code_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { update_button(); });
    // Enter in the code field erases, but only once the code matches: typing it is the act.
    code_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        if (code_matches()) {
            wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
            click.SetEventObject(erase_);
            erase_->ProcessWindowEvent(click);
        }
    });
    close_when_saved(*this, [this] { return erase(); });
    update_button();
    code_->SetFocus();
}

bool EraseClientDialog::code_matches() const {
    const wxString typed = code_->GetValue().Strip(wxString::both);
    return !client_.code.empty() && typed.IsSameAs(to_wx(client_.code), false);
}

void EraseClientDialog::update_button() {
    const bool ready = code_matches();
    erase_->Enable(ready);
    // Red only when it can act: a red button that does nothing reads as broken.
    erase_->SetBackgroundColour(ready ? kDestructiveRed : wxNullColour);
    erase_->SetForegroundColour(ready ? *wxWHITE : wxNullColour);
    erase_->Refresh();
}

bool EraseClientDialog::erase() {
    if (!code_matches()) {
        return false;
    }
    try {
        clients_.erase(client_.id);
        erased_ = true;
    } catch (const Error& error) {
        show_error(dialogs_, this, error);
    }
    return erased_;
}

}  // namespace sb::app
