#pragma once
// Erasing a client for good. The counsellor must type the client's code before the red button
// works, so a slip of the mouse can never erase anyone.
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "core/client.h"

namespace sb::storage {
class ClientRepository;
}

namespace sb::app {

class DialogRunner;

class EraseClientDialog : public wxDialog {
public:
    EraseClientDialog(wxWindow* parent, storage::ClientRepository& clients, DialogRunner& dialogs,
                      const Client& client);

    // Erases the client if the code typed matches; returns whether they were erased.
    bool erase();
    bool erased() const { return erased_; }
    bool code_matches() const;

private:
    void update_button();

    storage::ClientRepository& clients_;
    DialogRunner& dialogs_;
    Client client_;
    bool erased_ = false;
    wxTextCtrl* code_ = nullptr;
    wxButton* erase_ = nullptr;
};

}  // namespace sb::app
