#pragma once
// Steps a counsellor takes in the main window, shared by the GUI tests that need them.
#include <wx/dialog.h>
#include <wx/string.h>

#include <filesystem>

#include "app/dialog_runner.h"
#include "app/main_frame.h"
#include "core/clock.h"

namespace sb::app::test {

inline const wxString kPassphrase = "otter lantern quietly orchard 42";

// Answers the setup wizard as a counsellor would, step by step, checking that each step refuses
// what it should, and returns the recovery key it showed.
wxString set_up_practice(wxDialog& wizard);

// No client data anywhere in the window: no workspace, no list, no record, a plain title.
void require_nothing_of_clients_shown(MainFrame& frame);

// Opens the main window on an empty folder and sets the practice up through the wizard, as on a
// first run; the window comes back unlocked. The recovery key the wizard showed goes to
// `recovery_key` if given.
MainFrame* open_new_practice(const std::filesystem::path& folder, ScriptedDialogRunner& dialogs,
                             const sb::Clock& clock, wxString* recovery_key = nullptr);

// Waits out any back-off, types the secret and presses Unlock.
void unlock_with(MainFrame& frame, const wxString& secret);

}  // namespace sb::app::test
