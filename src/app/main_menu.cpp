#include "app/main_menu.h"

#include <wx/artprov.h>
#include <wx/toolbar.h>

namespace sb::app {

wxMenuBar* make_menu_bar() {
    auto* practice = new wxMenu;
    practice->Append(ID_CHANGE_PASSPHRASE, _("Change &Passphrase…"));
    practice->Append(ID_ADD_COUNSELLOR, _("&Add Counsellor Passphrase…"));
    practice->Append(ID_NEW_RECOVERY_KEY, _("New &Recovery Key…"));
    practice->AppendSeparator();
    practice->Append(ID_AUTO_LOCK_SETTINGS, _("A&uto-Lock Settings…"));
    practice->AppendSeparator();
    practice->Append(ID_LOCK, _("&Lock\tCtrl+L"));
    practice->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));

    auto* client = new wxMenu;
    client->Append(ID_NEW_CLIENT, _("&New Client…\tCtrl+N"));
    client->Append(ID_EDIT_CLIENT, _("&Edit…"));
    client->AppendSeparator();
    client->Append(ID_DISCHARGE_CLIENT, _("&Discharge…"));
    client->Append(ID_REOPEN_CLIENT, _("&Re-open"));
    client->AppendSeparator();
    client->Append(ID_ERASE_CLIENT, _("Erase &Permanently…"));

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About SecureBase"));

    auto* bar = new wxMenuBar;
    bar->Append(practice, _("&Practice"));
    bar->Append(client, _("&Client"));
    bar->Append(help, _("&Help"));
    return bar;
}

void make_tool_bar(wxFrame& frame) {
    wxToolBar* tools =
        frame.CreateToolBar(wxTB_HORIZONTAL | wxTB_TEXT | wxTB_HORZ_LAYOUT | wxTB_NODIVIDER);
    tools->SetName("main-toolbar");
    tools->AddTool(ID_NEW_CLIENT, _("New Client"),
                   wxArtProvider::GetBitmapBundle(wxART_NEW, wxART_TOOLBAR),
                   _("Add a new client (Ctrl+N)"));
    tools->AddStretchableSpace();
    // The desktop's lock icon where the theme has one; a plain close icon otherwise.
    wxBitmapBundle lock = wxArtProvider::GetBitmapBundle("system-lock-screen", wxART_TOOLBAR);
    if (!lock.IsOk()) {
        lock = wxArtProvider::GetBitmapBundle(wxART_CLOSE, wxART_TOOLBAR);
    }
    tools->AddTool(ID_LOCK, _("Lock"), lock, _("Lock SecureBase now (Ctrl+L)"));
    tools->Realize();
}

}  // namespace sb::app
