#pragma once
// Adding a client or editing one: every field of the record, grouped as a counsellor thinks of
// them. OK saves through storage; if storage refuses what was typed, its sentence shows in red
// inside the dialog and the dialog stays open with everything typed kept.
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <optional>
#include <vector>

#include "core/client.h"

namespace sb::storage {
class ClientRepository;
}

namespace sb::app {

class DialogRunner;

class ClientEditorDialog : public wxDialog {
public:
    // `client` with id 0 adds a new client; otherwise edits that client.
    ClientEditorDialog(wxWindow* parent, storage::ClientRepository& clients, DialogRunner& dialogs,
                       const Client& client);

    // Builds the record from the fields and stores it. On refusal shows why and returns false.
    // The OK button calls it; the owner calls it too when a dialog runner answered OK for it.
    bool save();
    const std::optional<Client>& saved() const { return saved_; }

private:
    wxStaticBoxSizer* section(wxWindow* parent, const wxString& title, wxFlexGridSizer*& grid,
                              int columns = 2);
    wxTextCtrl* text_row(wxWindow* box, wxFlexGridSizer* grid, const wxString& label,
                         const std::string& value, const wxString& name, int lines = 1);
    wxChoice* choice_row(wxWindow* box, wxFlexGridSizer* grid, const wxString& label,
                         const wxString& name);
    wxSizer* build_fields(wxWindow* parent);
    void align_captions();
    void fill_partners();
    Client collect() const;
    void show_problem(const wxString& sentence);

    storage::ClientRepository& clients_;
    DialogRunner& dialogs_;
    Client original_;
    std::optional<Client> saved_;

    wxTextCtrl* legal_name_ = nullptr;
    wxTextCtrl* preferred_name_ = nullptr;
    wxTextCtrl* pronouns_ = nullptr;
    wxTextCtrl* date_of_birth_ = nullptr;
    wxTextCtrl* phone_ = nullptr;
    wxTextCtrl* email_ = nullptr;
    wxTextCtrl* address_ = nullptr;
    wxTextCtrl* emergency_name_ = nullptr;
    wxTextCtrl* emergency_phone_ = nullptr;
    wxTextCtrl* emergency_relationship_ = nullptr;
    wxTextCtrl* referral_source_ = nullptr;
    wxTextCtrl* presenting_concerns_ = nullptr;
    wxChoice* relationship_ = nullptr;
    wxChoice* partner_ = nullptr;
    std::vector<std::optional<ClientId>> partner_ids_;  // one per partner_ item
    wxChoice* status_ = nullptr;
    wxTextCtrl* intake_date_ = nullptr;
    wxTextCtrl* notes_ = nullptr;
    wxStaticText* problem_ = nullptr;
    std::vector<wxStaticText*> captions_;  // of the column being built
};

}  // namespace sb::app
