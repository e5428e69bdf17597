#include "app/practice_details_page.h"

#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/dialog_layout.h"
#include "app/text_convert.h"

namespace sb::app {

namespace {

std::string trimmed(const wxTextCtrl& field) {
    wxString text = field.GetValue();
    return to_utf8(text.Trim(true).Trim(false));
}

}  // namespace

PracticeDetailsPage::PracticeDetailsPage(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    practice_ =
        new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(320, -1)));
    practice_->SetName("practice-name");
    practice_->SetHint(_("e.g. Harbour Counselling"));
    counsellor_ = new wxTextCtrl(this, wxID_ANY);
    counsellor_->SetName("counsellor-name");
    counsellor_->SetHint(_("Your name as it appears on reports"));

    auto* grid = new wxFlexGridSizer(2, wxSize(FromDIP(12), FromDIP(8)));
    grid->AddGrowableCol(1);
    const auto label = wxSizerFlags().CentreVertical();
    grid->Add(make_field_label(this, _("&Practice name:"), practice_), label);
    grid->Add(practice_, wxSizerFlags().Expand());
    grid->Add(make_field_label(this, _("&Your name:"), counsellor_), label);
    grid->Add(counsellor_, wxSizerFlags().Expand());

    SetSizer(grid);

    const auto changed = [this](wxCommandEvent&) {
        if (on_change_) {
            on_change_();
        }
    };
    practice_->Bind(wxEVT_TEXT, changed);
    counsellor_->Bind(wxEVT_TEXT, changed);
}

bool PracticeDetailsPage::is_complete() const {
    return !trimmed(*practice_).empty() && !trimmed(*counsellor_).empty();
}

std::string PracticeDetailsPage::practice_name() const {
    return trimmed(*practice_);
}

std::string PracticeDetailsPage::counsellor_name() const {
    return trimmed(*counsellor_);
}

}  // namespace sb::app
