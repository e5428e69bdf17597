#pragma once
// Helpers for GUI tests that drive the real windows in-process (under xvfb-run).
//
//   TempDir dir;                                   // a fresh folder, removed afterwards
//   auto* field = require<wxTextCtrl>(root, "unlock-passphrase");
//   type_into(root, "unlock-passphrase", "secret"); // sets the value, sends wxEVT_TEXT
//   click(root, "unlock-button");                  // fails if hidden or disabled
//   send_command(frame, sb::app::ID_LOCK);         // as if chosen from the menu or Ctrl+L
//   process_events();                              // pending events, CallAfter, idle deletes
//
// Controls are found by the names the app gives them with SetName() (see the headers in
// src/app for each window's names), and only if they are shown within `root`: a test touches
// what a person could see. A dialog under ScriptedDialogRunner is never shown itself, so pass
// the dialog as `root` and its shown pages count.
//
// app_test_main.cpp gives the whole test run a temporary HOME, XDG_DATA_HOME, XDG_CONFIG_HOME,
// XDG_CACHE_HOME and TMPDIR, so nothing a test does touches the real user's files.
#include <wx/frame.h>
#include <wx/window.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>

#include "storage/vault.h"

namespace sb::app::test {

// A new empty folder under TMPDIR, removed with everything in it when the object goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// Vault options for tests: the fast (insecure) key derivation.
storage::VaultOptions fast_vault_options();

// True if `window` and every parent up to (not including) `root` is shown.
bool shown_within(const wxWindow* window, const wxWindow* root);

// The shown descendant of `root` named `name`, or null.
wxWindow* find_shown(wxWindow* root, const wxString& name);

// Like find_shown(), but throws std::runtime_error naming what is missing or of another type.
template <class Window>
Window* require(wxWindow* root, const wxString& name) {
    wxWindow* found = find_shown(root, name);
    auto* typed = dynamic_cast<Window*>(found);
    if (typed == nullptr) {
        throw std::runtime_error("no shown window named \"" + name.utf8_string() +
                                 "\" of the expected type");
    }
    return typed;
}

// Every descendant of `root` (depth first), shown or not.
void for_each_descendant(wxWindow* root, const std::function<void(wxWindow*)>& visit);

// Sets a text field's value as typing would (wxEVT_TEXT is sent).
void type_into(wxWindow* root, const wxString& name, const wxString& text);
// Clicks a button; throws if it is disabled, as a person could not click it either.
void click(wxWindow* root, const wxString& name);
bool is_enabled(wxWindow* root, const wxString& name);
// Sends a menu command to the frame, as a menu item or its accelerator would.
void send_command(wxFrame& frame, int id);

// Runs pending events, CallAfter calls and idle-time deletions.
void process_events();
// Processes events until `done` returns true or `timeout` passes; returns done().
bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds timeout);

}  // namespace sb::app::test
