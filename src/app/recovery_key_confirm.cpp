#include "app/recovery_key_confirm.h"

#include <wx/sizer.h>

#include "app/dialog_layout.h"
#include "app/text_convert.h"
#include "crypto/recovery_key.h"

namespace sb::app {

namespace {

bool same_group(const wxTextCtrl& typed, const std::string& expected) {
    wxString text = typed.GetValue();
    text.Trim(true).Trim(false);
    return text.CmpNoCase(to_wx(expected)) == 0;
}

}  // namespace

RecoveryKeyConfirm::RecoveryKeyConfirm(wxWindow* parent, const crypto::SecureBuffer& key)
    : wxPanel(parent, wxID_ANY), key_(key) {
    const wxSize field_size = FromDIP(wxSize(90, -1));
    first_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, field_size);
    first_->SetName("recovery-confirm-first");
    first_->SetMaxLength(4);
    second_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, field_size);
    second_->SetName("recovery-confirm-second");
    second_->SetMaxLength(4);
    status_ = new wxStaticText(this, wxID_ANY, wxString());
    status_->SetName("recovery-confirm-status");
    reserve_lines(status_, 1);
    // The same type as the key was shown in, so 0/O and 1/I look as they did there.
    const wxFont key_font(wxFontInfo(GetFont().GetPointSize()).Family(wxFONTFAMILY_TELETYPE));
    first_->SetFont(key_font);
    second_->SetFont(key_font);

    auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(12), FromDIP(8)));
    const auto label = wxSizerFlags().CentreVertical();
    grid->Add(make_field_label(this, wxString::Format(_("Group &%d:"), kFirstGroup), first_),
              label);
    grid->Add(first_);
    grid->Add(make_field_label(this, wxString::Format(_("Group &%d:"), kSecondGroup), second_),
              label);
    grid->Add(second_);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(make_paragraph(this, wxString::Format(_("To be sure you have it, type group %d "
                                                        "and group %d of your recovery key."),
                                                      kFirstGroup, kSecondGroup)),
                wxSizerFlags().Border(wxBOTTOM));
    column->Add(grid, wxSizerFlags().Border(wxBOTTOM));
    column->Add(status_);
    SetSizer(column);

    first_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { check(); });
    second_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { check(); });
}

void RecoveryKeyConfirm::check() {
    matches_ = same_group(*first_, crypto::recovery_key_group(key_, kFirstGroup - 1)) &&
               same_group(*second_, crypto::recovery_key_group(key_, kSecondGroup - 1));
    const bool both_typed = first_->GetValue().length() == 4 && second_->GetValue().length() == 4;
    if (matches_) {
        status_->SetLabelText(_("Both groups match."));
    } else if (both_typed) {
        status_->SetLabelText(_("That does not match the key shown before. Go back to check it."));
    } else {
        status_->SetLabelText(wxString());
    }
    Layout();
    if (on_change_) {
        on_change_();
    }
}

}  // namespace sb::app
