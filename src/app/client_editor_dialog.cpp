#include "app/client_editor_dialog.h"

#include <wx/button.h>
#include <wx/display.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>

#include <algorithm>

#include "app/client_details_panel.h"
#include "app/dialog_layout.h"
#include "app/dialog_runner.h"
#include "app/error_presenter.h"
#include "core/errors.h"
#include "core/text_fold.h"
#include "storage/client_repository.h"

namespace sb::app {

namespace {

std::string trimmed(const wxTextCtrl* field) {
    return trim(to_utf8(field->GetValue()));
}

}  // namespace

ClientEditorDialog::ClientEditorDialog(wxWindow* parent, storage::ClientRepository& clients,
                                       DialogRunner& dialogs, const Client& client)
    // The title never names the client: window titles reach task bars and screen sharing.
    : wxDialog(parent, wxID_ANY, client.id == 0 ? _("New client") : _("Edit client"),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER,
               "client-editor"),
      clients_(clients),
      dialogs_(dialogs),
      original_(client) {
    auto* scroll = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                        wxVSCROLL | wxTAB_TRAVERSAL);
    scroll->SetScrollRate(0, FromDIP(12));
    auto* fields = new wxBoxSizer(wxVERTICAL);
    fields->Add(build_fields(scroll), wxSizerFlags(1).Expand());
    scroll->SetSizer(fields);

    // As tall as the fields need, up to most of the screen; beyond that the fields scroll.
    const wxSize wanted = fields->GetMinSize();
    const int display = wxDisplay::GetFromWindow(parent != nullptr ? parent : this);
    const int screen = wxDisplay(display == wxNOT_FOUND ? 0U : static_cast<unsigned>(display))
                           .GetClientArea()
                           .GetHeight();
    const int height = std::min(wanted.y, screen * 3 / 4);
    const int bar = height < wanted.y ? wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this) : 0;
    scroll->SetMinSize(wxSize(wanted.x + bar, height));
    scroll->FitInside();

    problem_ = make_error_line(this, "client-editor-problem");

    wxStdDialogButtonSizer* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    auto* ok = static_cast<wxButton*>(FindWindow(wxID_OK));
    ok->SetLabel(client.id == 0 ? _("&Add client") : _("&Save"));
    ok->SetName("client-editor-ok");

    auto* content = new wxBoxSizer(wxVERTICAL);
    content->Add(scroll, wxSizerFlags(1).Expand());
    content->Add(problem_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
    lay_out_dialog(*this, content, buttons);

    // Saving happens here rather than after ShowModal returns, so a refusal keeps the dialog
    // open with everything typed still in it.
    close_when_saved(*this, [this] { return save(); });
    legal_name_->SetFocus();
}

wxStaticBoxSizer* ClientEditorDialog::section(wxWindow* parent, const wxString& title,
                                              wxFlexGridSizer*& grid, int columns) {
    auto* box = new wxStaticBoxSizer(wxVERTICAL, parent, title);
    grid = new wxFlexGridSizer(columns, FromDIP(6), FromDIP(12));
    grid->AddGrowableCol(columns - 1, 1);
    box->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(8)));
    return box;
}

wxTextCtrl* ClientEditorDialog::text_row(wxWindow* box, wxFlexGridSizer* grid,
                                         const wxString& label, const std::string& value,
                                         const wxString& name, int lines) {
    auto* caption = new wxStaticText(box, wxID_ANY, label);
    captions_.push_back(caption);
    const long style = lines > 1 ? wxTE_MULTILINE : 0;
    auto* field = new wxTextCtrl(box, wxID_ANY, to_wx(value), wxDefaultPosition, wxDefaultSize,
                                 style, wxDefaultValidator, name);
    const int line_height = field->GetCharHeight();
    field->SetMinSize(
        wxSize(FromDIP(240), lines > 1 ? line_height * lines + FromDIP(12) : wxDefaultCoord));
    grid->Add(caption, wxSizerFlags()
                           .Align(lines > 1 ? wxALIGN_TOP : wxALIGN_CENTER_VERTICAL)
                           .Border(wxTOP, lines > 1 ? FromDIP(4) : 0));
    grid->Add(field, wxSizerFlags(1).Expand());
    if (lines > 1) {
        grid->AddGrowableRow(grid->GetItemCount() / 2 - 1, 1);
    }
    return field;
}

wxChoice* ClientEditorDialog::choice_row(wxWindow* box, wxFlexGridSizer* grid,
                                         const wxString& label, const wxString& name) {
    auto* caption = new wxStaticText(box, wxID_ANY, label);
    captions_.push_back(caption);
    grid->Add(caption, wxSizerFlags().CenterVertical());
    auto* choice = new wxChoice(box, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                                wxDefaultValidator, name);
    grid->Add(choice, wxSizerFlags(1).Expand());
    return choice;
}

wxSizer* ClientEditorDialog::build_fields(wxWindow* parent) {
    const Client& c = original_;
    const int gap = FromDIP(12);
    wxFlexGridSizer* grid = nullptr;

    wxStaticBoxSizer* identity = section(parent, _("Identity"), grid);
    wxWindow* box = identity->GetStaticBox();
    legal_name_ = text_row(box, grid, _("Legal name:"), c.legal_name, "client-legal-name");
    legal_name_->SetHint(_("Required"));
    preferred_name_ =
        text_row(box, grid, _("Preferred name:"), c.preferred_name, "client-preferred-name");
    pronouns_ = text_row(box, grid, _("Pronouns:"), c.pronouns, "client-pronouns");
    date_of_birth_ =
        text_row(box, grid, _("Date of birth:"), c.date_of_birth, "client-date-of-birth");
    // TRANSLATORS: the format dates are typed in; keep it as is, only the letters may change.
    date_of_birth_->SetHint(_("yyyy-mm-dd"));

    wxStaticBoxSizer* contact = section(parent, _("Contact"), grid);
    box = contact->GetStaticBox();
    phone_ = text_row(box, grid, _("Phone:"), c.phone, "client-phone");
    email_ = text_row(box, grid, _("Email:"), c.email, "client-email");
    address_ = text_row(box, grid, _("Address:"), c.address, "client-address", 3);

    wxStaticBoxSizer* emergency = section(parent, _("Emergency contact"), grid);
    box = emergency->GetStaticBox();
    emergency_name_ =
        text_row(box, grid, _("Name:"), c.emergency_contact_name, "client-emergency-name");
    emergency_phone_ =
        text_row(box, grid, _("Phone:"), c.emergency_contact_phone, "client-emergency-phone");
    emergency_relationship_ =
        text_row(box, grid, _("Relationship:"), c.emergency_contact_relationship,
                 "client-emergency-relationship");

    align_captions();

    wxStaticBoxSizer* referral = section(parent, _("Referral and concerns"), grid);
    box = referral->GetStaticBox();
    referral_source_ =
        text_row(box, grid, _("Referral source:"), c.referral_source, "client-referral-source");
    presenting_concerns_ = text_row(box, grid, _("Presenting concerns:"), c.presenting_concerns,
                                    "client-presenting-concerns", 4);

    wxStaticBoxSizer* relationship = section(parent, _("Relationship"), grid);
    box = relationship->GetStaticBox();
    relationship_ = choice_row(box, grid, _("Status:"), "client-relationship-status");
    for (const RelationshipStatus status : all_relationship_statuses()) {
        relationship_->Append(relationship_status_label(status));
        if (status == c.relationship_status) {
            relationship_->SetSelection(static_cast<int>(relationship_->GetCount()) - 1);
        }
    }
    partner_ = choice_row(box, grid, _("Partner:"), "client-partner");
    fill_partners();

    wxStaticBoxSizer* care = section(parent, _("Care"), grid);
    box = care->GetStaticBox();
    status_ = choice_row(box, grid, _("Status:"), "client-status");
    status_->Append(client_status_label(ClientStatus::Active));
    status_->Append(client_status_label(ClientStatus::Paused));
    if (c.status == ClientStatus::Discharged) {
        // Discharge and re-opening are their own actions, with their own date; not a field.
        status_->Append(client_status_label(ClientStatus::Discharged));
        status_->SetSelection(2);
        status_->Disable();
        status_->SetToolTip(_("Use Re-open on the client's record to resume their care."));
    } else {
        status_->SetSelection(c.status == ClientStatus::Paused ? 1 : 0);
    }
    intake_date_ = text_row(box, grid, _("Intake date:"), c.intake_date, "client-intake-date");
    intake_date_->SetHint(_("yyyy-mm-dd"));

    align_captions();

    wxStaticBoxSizer* notes = section(parent, _("Notes"), grid, 1);
    box = notes->GetStaticBox();
    notes_ = new wxTextCtrl(box, wxID_ANY, to_wx(c.notes), wxDefaultPosition, wxDefaultSize,
                            wxTE_MULTILINE, wxDefaultValidator, "client-notes");
    notes_->SetMinSize(wxSize(FromDIP(240), notes_->GetCharHeight() * 5 + FromDIP(12)));
    grid->Add(notes_, wxSizerFlags(1).Expand());
    grid->AddGrowableRow(0, 1);

    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(identity, wxSizerFlags().Expand());
    left->Add(contact, wxSizerFlags(1).Expand().Border(wxTOP, gap));
    left->Add(emergency, wxSizerFlags().Expand().Border(wxTOP, gap));
    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(referral, wxSizerFlags(1).Expand());
    right->Add(relationship, wxSizerFlags().Expand().Border(wxTOP, gap));
    right->Add(care, wxSizerFlags().Expand().Border(wxTOP, gap));
    right->Add(notes, wxSizerFlags(1).Expand().Border(wxTOP, gap));
    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    columns->Add(left, wxSizerFlags(1).Expand());
    columns->Add(right, wxSizerFlags(1).Expand().Border(wxLEFT, gap));
    return columns;
}

// Gives every label in a column the width of the widest, so the fields of one column line up
// from box to box instead of each box having its own edge.
void ClientEditorDialog::align_captions() {
    int widest = 0;
    for (const wxStaticText* caption : captions_) {
        widest = std::max(widest, caption->GetBestSize().x);
    }
    for (wxStaticText* caption : captions_) {
        caption->SetMinSize(wxSize(widest, -1));
    }
    captions_.clear();
}

void ClientEditorDialog::fill_partners() {
    partner_->Append(_("No partner linked"));
    partner_ids_.push_back(std::nullopt);
    partner_->SetSelection(0);
    ClientFilter everyone;
    everyone.active = everyone.paused = everyone.discharged = true;
    for (const ClientSummary& other : clients_.list(everyone)) {
        if (other.id == original_.id) {
            continue;
        }
        // With the code, so two clients of the same name cannot be confused.
        // TRANSLATORS: a client in the partner list: their name, then their client code.
        partner_->Append(
            wxString::Format(_(L"%s — %s"), client_display_name(other), to_wx(other.code)));
        partner_ids_.push_back(other.id);
        if (original_.partner_id == other.id) {
            partner_->SetSelection(static_cast<int>(partner_ids_.size()) - 1);
        }
    }
}

Client ClientEditorDialog::collect() const {
    Client c = original_;
    c.legal_name = trimmed(legal_name_);
    c.preferred_name = trimmed(preferred_name_);
    c.pronouns = trimmed(pronouns_);
    c.date_of_birth = trimmed(date_of_birth_);
    c.phone = trimmed(phone_);
    c.email = trimmed(email_);
    // Multi-line text keeps its inner layout; only blank lines around it go.
    c.address = trimmed(address_);
    c.emergency_contact_name = trimmed(emergency_name_);
    c.emergency_contact_phone = trimmed(emergency_phone_);
    c.emergency_contact_relationship = trimmed(emergency_relationship_);
    c.referral_source = trimmed(referral_source_);
    c.presenting_concerns = trimmed(presenting_concerns_);
    const int relationship = relationship_->GetSelection();
    if (relationship >= 0) {
        c.relationship_status = all_relationship_statuses()[static_cast<std::size_t>(relationship)];
    }
    const int partner = partner_->GetSelection();
    c.partner_id = partner > 0 ? partner_ids_[static_cast<std::size_t>(partner)] : std::nullopt;
    if (original_.status != ClientStatus::Discharged) {
        c.status = status_->GetSelection() == 1 ? ClientStatus::Paused : ClientStatus::Active;
    }
    c.intake_date = trimmed(intake_date_);
    c.notes = trimmed(notes_);
    return c;
}

bool ClientEditorDialog::save() {
    const Client client = collect();
    try {
        saved_ = client.id == 0 ? clients_.add(client) : clients_.update(client);
        return true;
    } catch (const InvalidInput& problem) {
        show_problem(error_sentence(problem));
        if (client.legal_name.empty()) {
            legal_name_->SetFocus();
        }
    } catch (const Error& error) {
        show_error(dialogs_, this, error);
    }
    return false;
}

void ClientEditorDialog::show_problem(const wxString& sentence) {
    set_error_line(problem_, sentence);
    // Grow if the sentence needs the room, but never shrink what the counsellor sized.
    const wxSize best = GetBestSize();
    const wxSize now = GetSize();
    if (best.y > now.y) {
        SetSize(wxSize(now.x, best.y));
    }
}

}  // namespace sb::app
