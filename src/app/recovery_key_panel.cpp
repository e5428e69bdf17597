#include "app/recovery_key_panel.h"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/utils.h>

#include "app/error_presenter.h"
#include "app/recovery_sheet_printout.h"
#include "app/secret_clipboard.h"
#include "app/text_convert.h"
#include "crypto/recovery_key.h"
#include "reports/recovery_sheet_pdf.h"

namespace sb::app {

namespace {

// Lets the sheet borrow the key from guarded memory only while it is being written.
class SheetWithKey {
public:
    SheetWithKey(const crypto::SecureBuffer& key, const RecoverySheetDetails& details)
        : reader_(key) {
        sheet_.practice_name = details.practice_name;
        sheet_.counsellor_name = details.counsellor_name;
        sheet_.created_on = details.created_on;
        sheet_.recovery_key =
            std::string_view(reinterpret_cast<const char*>(reader_.data()), reader_.size());
    }
    const reports::RecoverySheet& sheet() const { return sheet_; }

private:
    crypto::SecureBuffer::Reader reader_;
    reports::RecoverySheet sheet_;
};

}  // namespace

RecoveryKeyPanel::RecoveryKeyPanel(wxWindow* parent, DialogRunner& dialogs,
                                   const crypto::SecureBuffer& key)
    : wxPanel(parent, wxID_ANY), dialogs_(dialogs), key_(key) {
    auto* groups = new wxFlexGridSizer(crypto::kRecoveryKeyGroups, wxSize(FromDIP(14), FromDIP(2)));
    wxFont number_font = GetFont().Smaller();
    wxFont group_font(
        wxFontInfo(GetFont().GetPointSize() * 1.6).Family(wxFONTFAMILY_TELETYPE).Bold());
    for (int i = 0; i < crypto::kRecoveryKeyGroups; ++i) {
        auto* number = new wxStaticText(this, wxID_ANY, wxString::Format("%d", i + 1));
        number->SetFont(number_font);
        number->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        groups->Add(number, wxSizerFlags().Centre());
    }
    for (int i = 0; i < crypto::kRecoveryKeyGroups; ++i) {
        auto* group = new wxStaticText(this, wxID_ANY, to_wx(crypto::recovery_key_group(key_, i)));
        group->SetFont(group_font);
        group->SetName(wxString::Format("recovery-key-group-%d", i + 1));
        groups->Add(group, wxSizerFlags().Centre());
    }

    auto* print_button = new wxButton(this, wxID_ANY, _("&Print…"));
    print_button->SetName("recovery-key-print");
    auto* save_button = new wxButton(this, wxID_ANY, _("&Save as PDF…"));
    save_button->SetName("recovery-key-save");
    auto* copy_button = new wxButton(this, wxID_ANY, _("C&opy"));
    copy_button->SetName("recovery-key-copy");
    done_ = new wxStaticText(this, wxID_ANY, wxString());
    done_->SetName("recovery-key-done");

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(print_button, wxSizerFlags().Border(wxRIGHT));
    buttons->Add(save_button, wxSizerFlags().Border(wxRIGHT));
    buttons->Add(copy_button, wxSizerFlags().Border(wxRIGHT));
    buttons->Add(done_, wxSizerFlags().CentreVertical().Border(wxLEFT));

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(groups, wxSizerFlags().Centre().Border(wxTOP | wxBOTTOM, FromDIP(12)));
    column->Add(buttons, wxSizerFlags().Centre());
    SetSizer(column);

    print_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { print(); });
    save_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_pdf(); });
    copy_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { copy(); });
}

void RecoveryKeyPanel::print() {
    const SheetWithKey sheet(key_, details_);
    if (print_recovery_sheet(this, sheet.sheet())) {
        done_->SetLabelText(_("Sent to the printer."));
        Layout();
    }
}

void RecoveryKeyPanel::save_pdf() {
    const wxString path =
        dialogs_.save_file(this, _("Save the recovery key as PDF"),
                           _("SecureBase recovery key.pdf"), _("PDF files (*.pdf)|*.pdf"));
    if (path.empty()) {
        return;
    }
    try {
        wxBusyCursor busy;
        const SheetWithKey sheet(key_, details_);
        reports::write_recovery_sheet_pdf(sheet.sheet(), std::string(path.fn_str()));
        done_->SetLabelText(_("Saved. Print it, then keep it safe."));
        Layout();
    } catch (const sb::Error& error) {
        show_error(dialogs_, this, error);
    }
}

void RecoveryKeyPanel::copy() {
    copy_secret_to_clipboard(to_wx(key_));
    done_->SetLabelText(_("Copied. SecureBase clears the clipboard when it locks."));
    Layout();
}

}  // namespace sb::app
