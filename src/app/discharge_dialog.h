#pragma once
// Discharging a client: the date their care ended. Nothing is deleted; the record leaves the
// default list and can be re-opened at any time.
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <optional>

#include "core/client.h"

namespace sb::storage {
class ClientRepository;
}

namespace sb::app {

class DialogRunner;

class DischargeDialog : public wxDialog {
public:
    DischargeDialog(wxWindow* parent, storage::ClientRepository& clients, DialogRunner& dialogs,
                    const Client& client, const std::string& today_iso);

    // Discharges with the date typed. On refusal shows why in the dialog and returns false.
    bool save();
    const std::optional<Client>& saved() const { return saved_; }

private:
    void show_problem(const wxString& sentence);

    storage::ClientRepository& clients_;
    DialogRunner& dialogs_;
    ClientId id_;
    std::optional<Client> saved_;
    wxTextCtrl* date_ = nullptr;
    wxStaticText* problem_ = nullptr;
};

}  // namespace sb::app
