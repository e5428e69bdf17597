#pragma once
// The SecureBase window. It is in one of three states:
//   no practice in the folder -> the setup wizard (and a welcome panel behind it);
//   locked                    -> the unlock panel fills the window; no client data exists;
//   unlocked                  -> the client workspace fills the window.
// Locking destroys the workspace and then the Vault (which wipes the key), closes any dialog,
// and clears the clipboard if it holds a recovery key we copied. The title never names a client.
#include <wx/frame.h>
#include <wx/panel.h>
#include <wx/timer.h>

#include <filesystem>
#include <memory>

#include "app/dialog_runner.h"
#include "core/clock.h"
#include "core/idle_lock.h"
#include "storage/vault.h"

namespace sb::app {

class ActivityMonitor;
class ClientWorkspace;
class SessionLockMonitor;
class UnlockPanel;

struct AppOptions {
    std::filesystem::path folder;  // the practice vault folder
    bool demo = false;             // the fictional demo practice
    storage::VaultOptions vault_options;
};

class MainFrame : public wxFrame {
public:
    MainFrame(AppOptions options, DialogRunner& dialogs, const Clock& clock);
    ~MainFrame() override;

    // Shows setup or the unlock panel, whichever the folder needs. Call once, after Show().
    void start();
    // Locks at once if no dialog is running; otherwise closes the dialogs and locks as soon as
    // their modal loops have returned (code below a running dialog may still hold the vault).
    void request_lock();
    // Asks the idle policy whether to lock; the 5-second timer calls it.
    void check_idle_lock();

    bool is_unlocked() const { return vault_ != nullptr; }
    storage::Vault* vault() { return vault_.get(); }
    ClientWorkspace* workspace() { return workspace_; }
    UnlockPanel* unlock_panel() { return unlock_panel_; }
    IdleLockPolicy& idle_policy() { return idle_; }

private:
    void bind_commands();
    void show_content(wxWindow* content);
    void show_welcome();
    void show_locked();
    void run_setup();
    void on_unlocked(std::unique_ptr<storage::Vault> vault);
    void lock();
    void close_child_dialogs();
    void refresh_title_and_status();
    void tell_about_failed_unlocks(int failures);
    void run_key_dialog(int id);
    void run_client_command(int id);

    AppOptions options_;
    DialogRunner& dialogs_;
    const Clock& clock_;
    std::unique_ptr<storage::Vault> vault_;
    bool vault_is_demo_ = false;
    IdleLockPolicy idle_;
    std::unique_ptr<ActivityMonitor> activity_;
    std::unique_ptr<SessionLockMonitor> session_lock_;
    wxTimer idle_timer_;

    wxPanel* demo_banner_ = nullptr;
    wxWindow* content_ = nullptr;
    ClientWorkspace* workspace_ = nullptr;
    UnlockPanel* unlock_panel_ = nullptr;
};

}  // namespace sb::app
