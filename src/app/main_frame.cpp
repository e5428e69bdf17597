#include "app/main_frame.h"

#include <wx/app.h>
#include <wx/display.h>
#include <wx/evtloop.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

#include "app/activity_monitor.h"
#include "app/add_counsellor_dialog.h"
#include "app/app_icon.h"
#include "app/auto_lock_dialog.h"
#include "app/change_passphrase_dialog.h"
#include "app/client_workspace.h"
#include "app/main_menu.h"
#include "app/new_recovery_key_dialog.h"
#include "app/secret_clipboard.h"
#include "app/session_lock_monitor.h"
#include "app/setup_wizard.h"
#include "app/text_convert.h"
#include "app/unlock_panel.h"
#include "app/welcome_panel.h"
#include "core/errors.h"

namespace sb::app {

namespace {

constexpr int kIdleCheckMilliseconds = 5000;

wxPanel* make_demo_banner(wxWindow* parent) {
    auto* banner = new wxPanel(parent, wxID_ANY);
    banner->SetName("demo-banner");
    // Amber with dark text: readable, and unlike anything a real practice shows.
    banner->SetBackgroundColour(wxColour(0xf6, 0xd3, 0x2d));
    auto* text = new wxStaticText(banner, wxID_ANY, _("DEMO PRACTICE — fictional clients only"));
    text->SetForegroundColour(wxColour(0x24, 0x1f, 0x31));
    text->SetFont(text->GetFont().Bold());
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(text, wxSizerFlags().Centre().Border(wxALL, parent->FromDIP(6)));
    banner->SetSizer(sizer);
    return banner;
}

bool inside_nested_loop() {
    const wxEventLoopBase* loop = wxEventLoopBase::GetActive();
    return loop != nullptr && !loop->IsMain();
}

}  // namespace

MainFrame::MainFrame(AppOptions options, DialogRunner& dialogs, const Clock& clock)
    : wxFrame(nullptr, wxID_ANY, _("SecureBase")),
      options_(std::move(options)),
      dialogs_(dialogs),
      clock_(clock),
      idle_(clock, std::chrono::minutes(0)),
      idle_timer_(this) {
    SetName("main-frame");
    SetIcon(app_icon());
    SetMenuBar(make_menu_bar());
    make_tool_bar(*this);
    CreateStatusBar(2);
    // Equal halves: the right one names who unlocked, and names can be long.
    const int widths[] = {-1, -1};
    GetStatusBar()->SetStatusWidths(2, widths);

    auto* column = new wxBoxSizer(wxVERTICAL);
    demo_banner_ = make_demo_banner(this);
    column->Add(demo_banner_, wxSizerFlags().Expand());
    SetSizer(column);
    SetMinSize(FromDIP(wxSize(760, 520)));
    // Room for the list and a whole record side by side, but never larger than the screen.
    const int display = wxDisplay::GetFromWindow(this);
    const wxRect screen =
        wxDisplay(display == wxNOT_FOUND ? 0u : static_cast<unsigned>(display)).GetClientArea();
    wxSize size = FromDIP(wxSize(1200, 760));
    size.DecTo(wxSize(screen.width * 9 / 10, screen.height * 9 / 10));
    SetSize(size);

    bind_commands();
    activity_ = std::make_unique<ActivityMonitor>(idle_);
    session_lock_ = std::make_unique<SessionLockMonitor>(*this, [this] { request_lock(); });
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { check_idle_lock(); }, idle_timer_.GetId());
    idle_timer_.Start(kIdleCheckMilliseconds);
    refresh_title_and_status();
}

MainFrame::~MainFrame() {
    idle_timer_.Stop();
    // The workspace refers to the vault, so it goes first; then the key is wiped.
    delete workspace_;
    workspace_ = nullptr;
    vault_.reset();
    clear_clipboard_if_ours();
}

void MainFrame::start() {
    if (storage::Vault::exists(options_.folder)) {
        show_locked();
    } else {
        show_welcome();
        run_setup();
    }
}

void MainFrame::bind_commands() {
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { request_lock(); }, ID_LOCK);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            dialogs_.message(this,
                             _("SecureBase 0.1\n\nPrivate, encrypted practice records for "
                               "counsellors. Everything stays on this computer."),
                             _("About SecureBase"), wxOK | wxICON_INFORMATION);
        },
        wxID_ABOUT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent& event) { run_key_dialog(event.GetId()); },
        ID_CHANGE_PASSPHRASE, ID_AUTO_LOCK_SETTINGS);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent& event) { run_client_command(event.GetId()); },
        ID_NEW_CLIENT, ID_ERASE_CLIENT);

    Bind(
        wxEVT_UPDATE_UI,
        [this](wxUpdateUIEvent& event) {
            const bool selected = workspace_ != nullptr && workspace_->has_selection();
            switch (event.GetId()) {
                case ID_EDIT_CLIENT:
                case ID_DISCHARGE_CLIENT:
                case ID_REOPEN_CLIENT:
                case ID_ERASE_CLIENT: event.Enable(selected); break;
                default: event.Enable(is_unlocked());
            }
        },
        ID_CHANGE_PASSPHRASE, ID_ERASE_CLIENT);

    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        lock();
        clear_clipboard_if_ours();
        event.Skip();  // the default handler destroys the frame
    });
}

void MainFrame::show_content(wxWindow* content) {
    wxWindow* old = content_;
    content_ = content;
    GetSizer()->Add(content_, wxSizerFlags(1).Expand());
    if (old != nullptr) {
        GetSizer()->Detach(old);
        old->Hide();
        if (old == workspace_) {
            // Client data goes now, not at the next idle time.
            workspace_ = nullptr;
            delete old;
        } else {
            // The unlock or welcome panel may be inside its own event handler right now.
            unlock_panel_ = unlock_panel_ == old ? nullptr : unlock_panel_;
            wxTheApp->ScheduleForDestruction(old);
        }
    }
    Layout();
    refresh_title_and_status();
}

void MainFrame::show_welcome() {
    show_content(
        new WelcomePanel(this, options_.folder, [this] { CallAfter(&MainFrame::run_setup); }));
}

void MainFrame::show_locked() {
    auto* panel = new UnlockPanel(
        this, options_.folder, options_.vault_options, options_.demo,
        [this](std::unique_ptr<storage::Vault> vault) { on_unlocked(std::move(vault)); });
    show_content(panel);
    unlock_panel_ = panel;
    panel->focus_passphrase();
}

void MainFrame::run_setup() {
    SetupWizard wizard(this, dialogs_, options_.folder, options_.vault_options, clock_);
    dialogs_.run(wizard);
    if (std::unique_ptr<storage::Vault> vault = wizard.take_vault()) {
        on_unlocked(std::move(vault));
    }
}

void MainFrame::on_unlocked(std::unique_ptr<storage::Vault> vault) {
    vault_ = std::move(vault);
    vault_is_demo_ = vault_->settings().is_demo();
    workspace_ = new ClientWorkspace(this, *vault_, dialogs_);
    workspace_->SetName("client-workspace");
    show_content(workspace_);
    idle_.set_timeout(vault_->settings().idle_lock_timeout());
    idle_.record_activity();
    tell_about_failed_unlocks(vault_->failed_unlocks_before_this_open());
}

void MainFrame::tell_about_failed_unlocks(int failures) {
    if (failures <= 0) {
        return;
    }
    dialogs_.message(this,
                     wxString::Format(wxPLURAL("There was %d failed attempt to unlock this "
                                               "practice since it was last opened.",
                                               "There were %d failed attempts to unlock this "
                                               "practice since it was last opened.",
                                               failures),
                                      failures),
                     _("Failed Unlock Attempts"), wxOK | wxICON_WARNING);
}

void MainFrame::request_lock() {
    if (!is_unlocked()) {
        return;
    }
    close_child_dialogs();
    if (inside_nested_loop()) {
        CallAfter(&MainFrame::request_lock);
        return;
    }
    lock();
}

void MainFrame::lock() {
    if (!is_unlocked()) {
        return;
    }
    close_child_dialogs();
    clear_clipboard_if_ours();
    idle_.set_timeout(std::chrono::minutes(0));
    // The workspace refers to the vault, so it goes first, then the vault; only then is the
    // unlock panel made. It asks whether another copy of SecureBase holds the vault, and made
    // earlier it found this copy holding it and said so.
    if (workspace_ != nullptr) {
        GetSizer()->Detach(workspace_);
        delete workspace_;  // client data goes now, not at the next idle time
        workspace_ = nullptr;
        content_ = nullptr;
    }
    vault_.reset();  // closes the database and wipes the key
    show_locked();
    vault_is_demo_ = false;
    refresh_title_and_status();
}

void MainFrame::close_child_dialogs() {
    for (wxWindow* window : wxTopLevelWindows) {
        auto* dialog = wxDynamicCast(window, wxDialog);
        if (dialog == nullptr) {
            continue;
        }
        if (dialog->IsModal()) {
            dialog->EndModal(wxID_CANCEL);
        } else if (dialog->IsShown()) {
            dialog->Hide();
        }
    }
}

void MainFrame::refresh_title_and_status() {
    const bool demo = options_.demo || vault_is_demo_;
    // Never a client's name here: titles show in task switchers and screen shares.
    SetTitle(demo ? _("SecureBase — Demo practice") : _("SecureBase"));
    if (demo_banner_->IsShown() != demo) {
        demo_banner_->Show(demo);
        Layout();
    }
    if (!is_unlocked()) {
        SetStatusText(content_ == unlock_panel_ && content_ != nullptr ? _("Locked") : wxString(),
                      0);
        SetStatusText(wxString(), 1);
        return;
    }
    try {
        SetStatusText(to_wx(vault_->settings().practice_name()), 0);
        // Who opened the vault, not a second client count that could disagree with the
        // filtered list beside it.
        SetStatusText(wxString::Format(_("Unlocked by %s"), to_wx(vault_->unlocked_by())), 1);
    } catch (const sb::Error&) {
        // The status bar is a courtesy; a failing query shows up where the work is done.
        SetStatusText(wxString(), 1);
    }
}

void MainFrame::check_idle_lock() {
    if (is_unlocked() && idle_.should_lock()) {
        request_lock();
    } else if (is_unlocked() && !inside_nested_loop()) {
        refresh_title_and_status();  // the client count, after changes made in the workspace
    }
}

void MainFrame::run_key_dialog(int id) {
    if (!is_unlocked()) {
        return;
    }
    if (id == ID_CHANGE_PASSPHRASE) {
        ChangePassphraseDialog dialog(this, *vault_);
        if (dialogs_.run(dialog) == wxID_OK) {
            dialogs_.message(this,
                             _("Your passphrase has been changed. Use the new one the "
                               "next time you unlock SecureBase."),
                             _("Passphrase Changed"), wxOK | wxICON_INFORMATION);
        }
    } else if (id == ID_ADD_COUNSELLOR) {
        AddCounsellorDialog dialog(this, *vault_);
        if (dialogs_.run(dialog) == wxID_OK) {
            dialogs_.message(this,
                             _("The counsellor can now unlock this practice with their "
                               "own passphrase."),
                             _("Passphrase Added"), wxOK | wxICON_INFORMATION);
        }
    } else if (id == ID_NEW_RECOVERY_KEY) {
        NewRecoveryKeyDialog dialog(this, *vault_, dialogs_, clock_);
        dialogs_.run(dialog);
    } else if (id == ID_AUTO_LOCK_SETTINGS) {
        AutoLockDialog dialog(this, *vault_);
        if (dialogs_.run(dialog) == wxID_OK && is_unlocked()) {
            idle_.set_timeout(vault_->settings().idle_lock_timeout());
        }
    }
}

void MainFrame::run_client_command(int id) {
    if (workspace_ == nullptr) {
        return;
    }
    switch (id) {
        case ID_NEW_CLIENT: workspace_->new_client(); break;
        case ID_EDIT_CLIENT: workspace_->edit_selected(); break;
        case ID_DISCHARGE_CLIENT: workspace_->discharge_selected(); break;
        case ID_REOPEN_CLIENT: workspace_->reopen_selected(); break;
        case ID_ERASE_CLIENT: workspace_->erase_selected(); break;
        default: return;
    }
    if (is_unlocked()) {
        refresh_title_and_status();
    }
}

}  // namespace sb::app
