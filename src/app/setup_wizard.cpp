#include "app/setup_wizard.h"

#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "app/dialog_layout.h"
#include "app/error_presenter.h"
#include "app/passphrase_entry.h"
#include "app/practice_details_page.h"
#include "app/recovery_key_confirm.h"
#include "app/recovery_key_panel.h"
#include "crypto/recovery_key.h"

namespace sb::app {

SetupWizard::SetupWizard(wxWindow* parent, DialogRunner& dialogs, std::filesystem::path folder,
                         storage::VaultOptions options, const Clock& clock)
    : wxDialog(parent, wxID_ANY, _("Set Up Your Practice")),
      dialogs_(dialogs),
      folder_(std::move(folder)),
      options_(std::move(options)),
      clock_(clock),
      recovery_key_(crypto::generate_recovery_key()) {
    SetName("setup-wizard");
    book_ = new wxSimplebook(this, wxID_ANY);

    wxWindow* step = make_step(book_, _("About your practice"),
                               _("SecureBase keeps your client records in an encrypted "
                                 "practice vault on this computer; nothing leaves it unless you "
                                 "export it. These names appear on the reports you print. You "
                                 "can add other counsellors later."));
    details_ = new PracticeDetailsPage(step);
    step->GetSizer()->Add(details_, wxSizerFlags().Expand());

    step = make_step(book_, _("Choose a passphrase"),
                     _("You type this passphrase each time you open SecureBase. Nobody can "
                       "reset it for you, so choose one you will remember."));
    // Not "&New passphrase:", whose Alt+N would also be the Next button's.
    passphrase_ = new PassphraseEntry(step, _("&Passphrase:"));
    step->GetSizer()->Add(passphrase_, wxSizerFlags().Expand());

    step = make_step(book_, _("Your recovery key"),
                     _("If you forget your passphrase, this recovery key is the only way back "
                       "into your records: nobody, not even the makers of SecureBase, can open "
                       "them without it. Print it or save it as a PDF now, and keep it "
                       "somewhere safe, away from this computer."));
    recovery_key_panel_ = new RecoveryKeyPanel(step, dialogs_, recovery_key_);
    step->GetSizer()->Add(recovery_key_panel_, wxSizerFlags().Expand());

    step = make_step(book_, _("Check your recovery key"),
                     _("Your practice is created when you click Finish. Until then nothing is "
                       "saved on this computer."));
    confirm_ = new RecoveryKeyConfirm(step, recovery_key_);
    step->GetSizer()->Add(confirm_, wxSizerFlags().Expand());

    step_label_ = new wxStaticText(this, wxID_ANY, wxString());
    step_label_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    auto* cancel = new wxButton(this, wxID_CANCEL);
    back_ = new wxButton(this, wxID_BACKWARD, _("&Back"));
    back_->SetName("setup-back");
    next_ = new wxButton(this, wxID_FORWARD, _("&Next"));
    next_->SetName("setup-next");
    next_->SetDefault();

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(step_label_, wxSizerFlags().CentreVertical());
    buttons->AddStretchSpacer();
    buttons->Add(cancel, wxSizerFlags().Border(wxRIGHT));
    buttons->Add(back_, wxSizerFlags().Border(wxRIGHT));
    buttons->Add(next_);

    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(book_, wxSizerFlags(1).Expand());
    lay_out_dialog(*this, content, buttons);

    details_->on_change([this] { update_buttons(); });
    passphrase_->on_change([this] { update_buttons(); });
    confirm_->on_change([this] { update_buttons(); });
    back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { show_step(book_->GetSelection() - 1); });
    next_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { next(); });
    show_step(kDetails);
}

wxWindow* SetupWizard::make_step(wxWindow* body, const wxString& heading,
                                 const wxString& explanation) {
    auto* step = new wxPanel(body, wxID_ANY);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(make_heading(step, heading), wxSizerFlags().Border(wxBOTTOM));
    column->Add(make_paragraph(step, explanation, 600),
                wxSizerFlags().Border(wxBOTTOM, FromDIP(16)));
    step->SetSizer(column);
    book_->AddPage(step, heading);
    return step;
}

void SetupWizard::show_step(int step) {
    if (step < 0 || step >= kStepCount) {
        return;
    }
    book_->SetSelection(step);
    // TRANSLATORS: progress through the setup, e.g. "Step 2 of 4"
    step_label_->SetLabelText(wxString::Format(_("Step %d of %d"), step + 1, int{kStepCount}));
    next_->SetLabel(step == kConfirm ? _("&Finish") : _("&Next"));
    if (step == kRecoveryKey) {
        recovery_key_panel_->set_details(
            {details_->practice_name(), details_->counsellor_name(), today_iso(clock_)});
    }
    switch (step) {
        case kDetails: details_->focus(); break;
        case kPassphrase: passphrase_->focus(); break;
        case kConfirm: confirm_->focus(); break;
        default: next_->SetFocus();
    }
    update_buttons();
}

void SetupWizard::update_buttons() {
    const int step = book_->GetSelection();
    back_->Enable(step > kDetails);
    switch (step) {
        case kDetails: next_->Enable(details_->is_complete()); break;
        case kPassphrase: next_->Enable(passphrase_->is_acceptable()); break;
        case kConfirm: next_->Enable(confirm_->matches() && passphrase_->is_acceptable()); break;
        default: next_->Enable(true);
    }
    // Labels and fields can grow a little once GTK has realised them and text appears; refit
    // so the tallest step is never clipped. The book is as tall as its tallest page, so the
    // dialog keeps one size across the steps.
    book_->InvalidateBestSize();
    GetSizer()->SetSizeHints(this);
}

void SetupWizard::next() {
    const int step = book_->GetSelection();
    if (!next_->IsEnabled()) {
        return;  // Enter in a field reaches the default button even while it is disabled
    }
    if (step == kConfirm) {
        finish();
    } else {
        show_step(step + 1);
    }
}

void SetupWizard::finish() {
    storage::NewPractice practice;
    practice.practice_name = details_->practice_name();
    practice.counsellor_name = details_->counsellor_name();
    try {
        wxBusyCursor busy;
        const crypto::SecureBuffer passphrase = passphrase_->take_passphrase();
        vault_ = storage::Vault::create(folder_, practice, passphrase, recovery_key_, options_);
    } catch (const sb::Error& error) {
        show_error(dialogs_, this, error);
        // The passphrase fields were emptied when it was taken; have it typed again.
        show_step(kPassphrase);
        return;
    }
    recovery_key_.wipe();
    end_dialog(*this, wxID_OK);
}

}  // namespace sb::app
