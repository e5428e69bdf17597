#pragma once
// The client list: a search box that filters as the counsellor types, status filters, and a
// virtual list that stays fast with thousands of clients. The selection is kept by client id,
// so a refresh never moves it to someone else.
#include <wx/checkbox.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <functional>
#include <optional>
#include <vector>

#include "core/client_summary.h"

namespace sb::storage {
class ClientRepository;
}

namespace sb::app {

class ClientListView;

class ClientListPanel : public wxPanel {
public:
    ClientListPanel(wxWindow* parent, storage::ClientRepository& clients);

    // Asks storage again with the current search and filters; keeps the selected client
    // selected if they are still shown.
    void refresh();

    std::optional<ClientId> selected_id() const { return selected_; }
    // Selects a client, widening the search and filters first if they hide them.
    void reveal(ClientId id, ClientStatus status);
    void focus_search();

    // Called when the selected client changes (to none, too), and when the counsellor presses
    // Enter on a client.
    std::function<void(std::optional<ClientId>)> on_selection_changed;
    std::function<void(ClientId)> on_activated;

private:
    // Asks storage and redraws, keeping `selected_` selected if shown; reports nothing.
    void query();
    ClientFilter current_filter() const;
    void update_count();
    void select_row(long row);
    void sync_selection();
    void activate_selection();

    storage::ClientRepository& clients_;
    wxSearchCtrl* search_ = nullptr;
    wxCheckBox* active_ = nullptr;
    wxCheckBox* paused_ = nullptr;
    wxCheckBox* discharged_ = nullptr;
    ClientListView* list_ = nullptr;
    wxStaticText* count_ = nullptr;
    std::vector<ClientSummary> rows_;
    std::optional<ClientId> selected_;
    bool refreshing_ = false;
};

}  // namespace sb::app
