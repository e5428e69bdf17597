#include "app/new_recovery_key_dialog.h"

#include <wx/sizer.h>
#include <wx/utils.h>

#include "app/dialog_layout.h"
#include "app/error_presenter.h"
#include "app/recovery_key_confirm.h"
#include "app/recovery_key_panel.h"
#include "crypto/recovery_key.h"

namespace sb::app {

NewRecoveryKeyDialog::NewRecoveryKeyDialog(wxWindow* parent, storage::Vault& vault,
                                           DialogRunner& dialogs, const Clock& clock)
    : wxDialog(parent, wxID_ANY, _("New Recovery Key")),
      vault_(vault),
      dialogs_(dialogs),
      clock_(clock) {
    book_ = new wxSimplebook(this, wxID_ANY);

    auto* explain_page = new wxPanel(book_, wxID_ANY);
    auto* explain = new wxBoxSizer(wxVERTICAL);
    explain->Add(make_heading(explain_page, _("Replace your recovery key?")),
                 wxSizerFlags().Border(wxBOTTOM));
    explain->Add(make_paragraph(explain_page,
                                _("A new recovery key replaces the current one. Once you have "
                                  "kept the new key and typed part of it back, the old key stops "
                                  "working, so destroy any printed or saved copy of it. Your "
                                  "passphrases keep working."),
                                600));
    explain_page->SetSizer(explain);
    book_->AddPage(explain_page, wxString());

    // The key's page is made by make_key(): the key cannot be shown before it exists.

    cancel_ = new wxButton(this, wxID_CANCEL);
    make_ = new wxButton(this, wxID_ANY, _("&Make New Key"));
    make_->SetName("new-recovery-key-make");
    make_->SetDefault();
    done_ = new wxButton(this, wxID_OK, _("&Done"));
    done_->SetName("new-recovery-key-done");
    done_->Hide();

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    buttons->Add(cancel_, wxSizerFlags().Border(wxRIGHT));
    buttons->Add(make_);
    buttons->Add(done_);

    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(book_, wxSizerFlags(1).Expand());
    lay_out_dialog(*this, content, buttons);

    make_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { make_key(); });
    done_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { replace_key(); });
    make_->SetFocus();
}

void NewRecoveryKeyDialog::replace_key() {
    if (confirm_ == nullptr || !confirm_->matches()) {
        return;
    }
    try {
        wxBusyCursor busy;
        vault_.replace_recovery_key(key_);
    } catch (const sb::Error& error) {
        show_error(dialogs_, this, error);
        return;
    }
    end_dialog(*this, wxID_OK);
}

void NewRecoveryKeyDialog::make_key() {
    // Nothing changes in the vault until the counsellor has kept this key and typed part of it
    // back; closing the dialog before that keeps the old key.
    if (confirm_ != nullptr) {
        return;  // made once: a second key would silently replace the one being copied down
    }
    key_ = crypto::generate_recovery_key();

    // The page is made here, whole, and only then added to the book. wxGTK builds each
    // container's Tab chain from the children that can take the focus when it is built, and an
    // empty hidden page made up front stayed out of the book's chain for good: Tab from
    // "Group 3" then jumped past "Group 7" to Cancel.
    key_page_ = new wxPanel(book_, wxID_ANY);
    auto* column = new wxBoxSizer(wxVERTICAL);
    // Created in the order they are laid out, so Tab follows the page from top to bottom.
    column->Add(make_heading(key_page_, _("Your new recovery key")),
                wxSizerFlags().Border(wxBOTTOM));
    column->Add(make_paragraph(key_page_,
                               _("Print this key or save it as a PDF, and keep it somewhere safe, "
                                 "away from this computer. Then type back the two groups asked "
                                 "for: the old key stops working when you press Done."),
                               600),
                wxSizerFlags().Border(wxBOTTOM));
    auto* panel = new RecoveryKeyPanel(key_page_, dialogs_, key_);
    panel->set_details({vault_.settings().practice_name(), vault_.settings().counsellor_name(),
                        today_iso(clock_)});
    column->Add(panel, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(16)));
    confirm_ = new RecoveryKeyConfirm(key_page_, key_);
    column->Add(confirm_, wxSizerFlags().Expand());
    key_page_->SetSizer(column);
    book_->AddPage(key_page_, wxString(), true);
    make_->Hide();
    done_->Show();
    done_->SetDefault();
    done_->Disable();
    confirm_->on_change([this] {
        done_->Enable(confirm_->matches());
        // Fields grow a little once GTK has realised them; refit, as the setup wizard does, so
        // the line saying whether the groups match is not clipped.
        book_->InvalidateBestSize();
        GetSizer()->SetSizeHints(this);
    });
    Fit();
    CentreOnParent();
    confirm_->focus();
}

}  // namespace sb::app
