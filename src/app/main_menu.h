#pragma once
// The main window's commands: their ids, the menu bar and the toolbar. Kept apart from the
// frame so the frame is about states, not about menu wording.
#include <wx/defs.h>
#include <wx/frame.h>
#include <wx/menu.h>

namespace sb::app {

enum CommandId {
    ID_CHANGE_PASSPHRASE = wxID_HIGHEST + 1,
    ID_ADD_COUNSELLOR,
    ID_NEW_RECOVERY_KEY,
    ID_AUTO_LOCK_SETTINGS,
    ID_LOCK,
    ID_NEW_CLIENT,
    ID_EDIT_CLIENT,
    ID_DISCHARGE_CLIENT,
    ID_REOPEN_CLIENT,
    ID_ERASE_CLIENT,
};

wxMenuBar* make_menu_bar();
// Adds the toolbar (New client, Lock) to `frame`.
void make_tool_bar(wxFrame& frame);

}  // namespace sb::app
