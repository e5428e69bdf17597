#include "app/client_workspace.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/notebook.h>
#include <wx/settings.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include "app/client_details_panel.h"
#include "app/client_editor_dialog.h"
#include "app/client_list_panel.h"
#include "app/dialog_runner.h"
#include "app/discharge_dialog.h"
#include "app/erase_client_dialog.h"
#include "app/error_presenter.h"
#include "core/clock.h"
#include "core/errors.h"
#include "storage/vault.h"

namespace sb::app {

namespace {

enum Page { kPlaceholderPage, kRecordPage };

// Runs a dialog that saves from its own OK button. A scripted runner answers OK without
// pressing the button, so the save is attempted here too; a refusal shows in the dialog and it
// runs again with everything typed kept, exactly as a person would see it.
template <typename Dialog, typename Save, typename Done>
bool run_until_saved(DialogRunner& dialogs, Dialog& dialog, Save save, Done done) {
    for (;;) {
        if (dialogs.run(dialog) != wxID_OK) {
            return false;
        }
        if (done(dialog) || save(dialog)) {
            return true;
        }
    }
}

std::string today() {
    return today_iso(SystemClock{});
}

}  // namespace

ClientWorkspace::ClientWorkspace(wxWindow* parent, sb::storage::Vault& vault, DialogRunner& dialogs)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
              "client-workspace"),
      vault_(vault),
      dialogs_(dialogs) {
    splitter_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                     wxSP_LIVE_UPDATE | wxSP_3DSASH);
    splitter_->SetMinimumPaneSize(FromDIP(240));
    // The list keeps its width when the window grows; the record takes the rest.
    splitter_->SetSashGravity(0.0);

    list_ = new ClientListPanel(splitter_, vault_.clients());
    right_ = new wxSimplebook(splitter_, wxID_ANY);
    right_->AddPage(build_placeholder(right_), wxEmptyString);

    auto* notebook =
        new wxNotebook(right_, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "client-record");
    ClientDetailsActions actions;
    actions.edit = [this] { edit_selected(); };
    actions.discharge = [this] { discharge_selected(); };
    actions.reopen = [this] { reopen_selected(); };
    actions.erase = [this] { erase_selected(); };
    actions.show_partner = [this](ClientId partner) {
        try {
            list_->reveal(partner, vault_.clients().get(partner).status);
        } catch (const Error& error) {
            show_error(dialogs_, this, error);
        }
    };
    details_ = new ClientDetailsPanel(notebook, vault_.clients(), std::move(actions));
    notebook->AddPage(details_, _("Details"));
    right_->AddPage(notebook, wxEmptyString);
    right_->SetSelection(kPlaceholderPage);

    // Wide enough for a name beside code, status and intake date without a sideways scroll.
    splitter_->SplitVertically(list_, right_, FromDIP(440));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(splitter_, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    list_->on_selection_changed = [this](std::optional<ClientId> id) { on_list_selection(id); };
    list_->on_activated = [this](ClientId) {
        if (showing_record_) {
            details_->focus_actions();
        }
    };
    list_->focus_search();
}

wxWindow* ClientWorkspace::build_placeholder(wxWindow* parent) {
    auto* page = new wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL,
                             "client-placeholder");
    auto* text =
        new wxStaticText(page, wxID_ANY, _("Select a client on the left, or add a new one."),
                         wxDefaultPosition, wxDefaultSize, wxALIGN_CENTRE_HORIZONTAL);
    text->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    auto* add = new wxButton(page, wxID_ANY, _(L"&New client…"), wxDefaultPosition, wxDefaultSize,
                             0, wxDefaultValidator, "placeholder-new-client");
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { new_client(); });
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->AddStretchSpacer();
    sizer->Add(text, wxSizerFlags().CenterHorizontal().Border(wxALL, FromDIP(12)));
    sizer->Add(add, wxSizerFlags().CenterHorizontal());
    sizer->AddStretchSpacer(2);
    page->SetSizer(sizer);
    return page;
}

bool ClientWorkspace::has_selection() const {
    return showing_record_ && details_->client_id().has_value();
}

std::optional<Client> ClientWorkspace::selected_client() const {
    if (!has_selection()) {
        return std::nullopt;
    }
    return *details_->client();
}

void ClientWorkspace::on_list_selection(std::optional<ClientId> id) {
    if (!id) {
        show_placeholder();
        return;
    }
    // Already on the right (just saved, say): opening it again would audit a second open.
    if (showing_record_ && details_->client_id() == id) {
        return;
    }
    try {
        details_->open_client(*id);
        showing_record_ = true;
        right_->SetSelection(kRecordPage);
    } catch (const Error& error) {
        show_placeholder();
        show_error(dialogs_, this, error);
    }
}

void ClientWorkspace::show_record(const Client& client) {
    details_->show_client(client);
    showing_record_ = true;
    right_->SetSelection(kRecordPage);
}

void ClientWorkspace::show_placeholder() {
    showing_record_ = false;
    right_->SetSelection(kPlaceholderPage);
}

void ClientWorkspace::new_client() {
    Client blank;
    blank.intake_date = today();
    ClientEditorDialog dialog(this, vault_.clients(), dialogs_, blank);
    const auto saved = [](ClientEditorDialog& d) { return d.save(); };
    const auto done = [](ClientEditorDialog& d) { return d.saved().has_value(); };
    if (!run_until_saved(dialogs_, dialog, saved, done)) {
        return;
    }
    show_record(*dialog.saved());
    list_->reveal(dialog.saved()->id, dialog.saved()->status);
}

void ClientWorkspace::edit_selected() {
    const std::optional<Client> client = selected_client();
    if (!client) {
        return;
    }
    ClientEditorDialog dialog(this, vault_.clients(), dialogs_, *client);
    const auto saved = [](ClientEditorDialog& d) { return d.save(); };
    const auto done = [](ClientEditorDialog& d) { return d.saved().has_value(); };
    if (!run_until_saved(dialogs_, dialog, saved, done)) {
        return;
    }
    // Refresh first: if the edit moved them out of the filters, the record still stays shown.
    const Client edited = *dialog.saved();
    list_->refresh();
    show_record(edited);
}

void ClientWorkspace::discharge_selected() {
    const std::optional<Client> client = selected_client();
    if (!client || client->status == ClientStatus::Discharged) {
        return;
    }
    DischargeDialog dialog(this, vault_.clients(), dialogs_, *client, today());
    const auto saved = [](DischargeDialog& d) { return d.save(); };
    const auto done = [](DischargeDialog& d) { return d.saved().has_value(); };
    if (!run_until_saved(dialogs_, dialog, saved, done)) {
        return;
    }
    const Client discharged = *dialog.saved();
    // The list may now hide them; their record stays on the right, showing what just changed.
    list_->refresh();
    show_record(discharged);
}

void ClientWorkspace::reopen_selected() {
    const std::optional<Client> client = selected_client();
    if (!client || client->status != ClientStatus::Discharged) {
        return;
    }
    try {
        const Client reopened = vault_.clients().reopen(client->id);
        show_record(reopened);
        list_->reveal(reopened.id, reopened.status);
    } catch (const Error& error) {
        show_error(dialogs_, this, error);
    }
}

void ClientWorkspace::erase_selected() {
    const std::optional<Client> client = selected_client();
    if (!client) {
        return;
    }
    EraseClientDialog dialog(this, vault_.clients(), dialogs_, *client);
    const auto erase = [](EraseClientDialog& d) { return d.erase(); };
    const auto done = [](EraseClientDialog& d) { return d.erased(); };
    if (!run_until_saved(dialogs_, dialog, erase, done)) {
        return;
    }
    show_placeholder();
    list_->refresh();
    list_->focus_search();
}

}  // namespace sb::app
