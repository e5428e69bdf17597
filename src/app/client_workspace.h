#pragma once
// The client records of an unlocked vault: the list on the left, the selected client's record
// on the right. The main frame makes one when the vault is unlocked and destroys it on lock, so
// nothing here outlives the key.
#include <wx/panel.h>

#include <optional>

#include "core/client.h"

class wxSimplebook;
class wxSplitterWindow;

namespace sb::storage {
class Vault;
}

namespace sb::app {

class ClientDetailsPanel;
class ClientListPanel;
class DialogRunner;

class ClientWorkspace : public wxPanel {
public:
    ClientWorkspace(wxWindow* parent, sb::storage::Vault& vault, DialogRunner& dialogs);

    void new_client();
    void edit_selected();
    void discharge_selected();
    void reopen_selected();
    void erase_selected();

    // True while a client's record is shown on the right: the one the actions apply to.
    bool has_selection() const;

private:
    wxWindow* build_placeholder(wxWindow* parent);
    void on_list_selection(std::optional<ClientId> id);
    void show_record(const Client& client);
    void show_placeholder();
    std::optional<Client> selected_client() const;

    sb::storage::Vault& vault_;
    DialogRunner& dialogs_;
    wxSplitterWindow* splitter_ = nullptr;
    ClientListPanel* list_ = nullptr;
    wxSimplebook* right_ = nullptr;
    ClientDetailsPanel* details_ = nullptr;
    bool showing_record_ = false;
};

}  // namespace sb::app
