#include "app/discharge_dialog.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "app/client_details_panel.h"
#include "app/dialog_layout.h"
#include "app/dialog_runner.h"
#include "app/error_presenter.h"
#include "core/dates.h"
#include "core/errors.h"
#include "core/text_fold.h"
#include "storage/client_repository.h"

namespace sb::app {

DischargeDialog::DischargeDialog(wxWindow* parent, storage::ClientRepository& clients,
                                 DialogRunner& dialogs, const Client& client,
                                 const std::string& today_iso)
    : wxDialog(parent, wxID_ANY, _("Discharge client"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE, "discharge-dialog"),
      clients_(clients),
      dialogs_(dialogs),
      id_(client.id) {
    auto* heading =
        make_heading(this, wxString::Format(_("Discharge %s?"), to_wx(display_name(client))), 1.15);
    heading->Wrap(FromDIP(420));
    auto* explanation = make_paragraph(
        this,
        _("Their care is recorded as ended on the date below. Nothing is deleted: the record "
          "leaves the list of current clients (tick Discharged to see it) and can be re-opened "
          "at any time."),
        420);

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(this, wxID_ANY, _("Discharge da&te:")),
             wxSizerFlags().CenterVertical());
    date_ = new wxTextCtrl(this, wxID_ANY, to_wx(today_iso), wxDefaultPosition,
                           wxSize(FromDIP(140), -1), 0, wxDefaultValidator, "discharge-date");
    date_->SetHint(_("yyyy-mm-dd"));
    row->Add(date_, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(12)));
    problem_ = make_error_line(this, "discharge-problem");

    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(heading);
    content->Add(explanation, wxSizerFlags().Border(wxTOP, FromDIP(12)));
    content->Add(row, wxSizerFlags().Border(wxTOP, FromDIP(12)));
    content->Add(problem_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
    wxStdDialogButtonSizer* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    FindWindow(wxID_OK)->SetLabel(_("&Discharge"));
    FindWindow(wxID_OK)->SetName("discharge-ok");
    lay_out_dialog(*this, content, buttons);

    close_when_saved(*this, [this] { return save(); });
    date_->SetFocus();
    date_->SelectAll();
}

bool DischargeDialog::save() {
    const std::string date = trim(to_utf8(date_->GetValue()));
    // Checked here as well as in storage, so the sentence can say how to type it.
    if (!parse_iso_date(date)) {
        show_problem(_("Type the discharge date as year-month-day, for example 2025-03-14."));
        return false;
    }
    try {
        saved_ = clients_.discharge(id_, date);
        return true;
    } catch (const InvalidInput& problem) {
        show_problem(error_sentence(problem));
    } catch (const Error& error) {
        show_error(dialogs_, this, error);
    }
    return false;
}

void DischargeDialog::show_problem(const wxString& sentence) {
    set_error_line(problem_, sentence);
    GetSizer()->Fit(this);
    date_->SetFocus();
}

}  // namespace sb::app
