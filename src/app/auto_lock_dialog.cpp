#include "app/auto_lock_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/dialog_layout.h"
#include "app/error_presenter.h"

namespace sb::app {

namespace {
constexpr int kMaximumMinutes = 240;
}

AutoLockDialog::AutoLockDialog(wxWindow* parent, storage::Vault& vault)
    : wxDialog(parent, wxID_ANY, _("Auto-Lock Settings")), vault_(vault) {
    minutes_ = new wxSpinCtrl(this, wxID_ANY);
    minutes_->SetName("auto-lock-minutes");
    minutes_->SetRange(0, kMaximumMinutes);
    minutes_->SetValue(static_cast<int>(vault_.settings().idle_lock_timeout().count()));

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(make_field_label(this, _("&Lock after"), minutes_),
             wxSizerFlags().CentreVertical().Border(wxRIGHT));
    row->Add(minutes_, wxSizerFlags().CentreVertical().Border(wxRIGHT));
    // TRANSLATORS: follows a number: "Lock after [10] minutes without use"
    row->Add(new wxStaticText(this, wxID_ANY, _("minutes without use")),
             wxSizerFlags().CentreVertical());

    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(row, wxSizerFlags().Border(wxBOTTOM));
    content->Add(make_paragraph(this,
                                _("0 means never. SecureBase also locks when you lock your "
                                  "screen, and whenever you press Ctrl+L."),
                                400));
    error_ = make_error_line(this, "auto-lock-error");
    content->Add(error_, wxSizerFlags().Border(wxTOP));

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    lay_out_dialog(*this, content, buttons);
    FindWindow(wxID_OK)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    minutes_->SetFocus();
}

void AutoLockDialog::save() {
    const bool saved = run_showing_error(*this, error_, [this] {
        vault_.settings().set_idle_lock_timeout(std::chrono::minutes(minutes_->GetValue()));
    });
    if (saved) {
        end_dialog(*this, wxID_OK);
    }
}

}  // namespace sb::app
