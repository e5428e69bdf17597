// Every window with the keyboard alone: where Tab goes, what each Alt+letter reaches, where the
// focus is on open, and that Escape has a Cancel to press. Tab is pressed as GTK presses it
// (wxWindow::Navigate asks the toplevel GTK window to move the focus), so a stale GTK focus
// chain shows here as it does on screen.
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <map>
#include <memory>
#include <string>

#include "app/add_counsellor_dialog.h"
#include "app/app_icon.h"
#include "app/app_test_support.h"
#include "app/auto_lock_dialog.h"
#include "app/change_passphrase_dialog.h"
#include "app/client_editor_dialog.h"
#include "app/discharge_dialog.h"
#include "app/erase_client_dialog.h"
#include "app/main_frame.h"
#include "app/main_frame_steps.h"
#include "app/main_menu.h"
#include "app/new_recovery_key_dialog.h"
#include "app/setup_wizard.h"
#include "core/clock.h"
#include "crypto/recovery_key.h"
#include "storage/client_repository.h"
#include "storage/demo_practice.h"
#include "storage/vault.h"

namespace {

using namespace sb::app;
using namespace sb::app::test;
using namespace std::chrono_literals;

std::string name_of(const wxWindow* window) {
    if (window == nullptr) {
        return "(nothing)";
    }
    return (window->GetName() + " \"" + window->GetLabel() + "\"").utf8_string();
}

// True once `window` has the focus. wx learns of focus changes from GTK's focus events, which
// can come a moment later under a bare X server, so this waits a little for them.
bool focus_settles_on(const wxWindow* window) {
    return wait_until([&] { return wxWindow::FindFocus() == window; }, 2s);
}

// Puts the focus in `from`, presses Tab (or Shift+Tab) and says where the focus went.
wxWindow* focus_after_tab(wxWindow* from, bool forward = true) {
    from->SetFocus();
    focus_settles_on(from);
    from->Navigate(forward ? wxNavigationKeyEvent::IsForward : wxNavigationKeyEvent::IsBackward);
    wait_until([&] { return wxWindow::FindFocus() != from; }, 2s);
    return wxWindow::FindFocus();
}

// The letter after a single & in a label, lower-cased; 0 if there is none.
wxChar mnemonic_of(const wxString& label) {
    for (size_t i = 0; i + 1 < label.length(); ++i) {
        if (label[i] == '&') {
            if (label[i + 1] != '&') {
                return wxTolower(label[i + 1]);
            }
            ++i;
        }
    }
    return 0;
}

// What wxGTK gives a label's mnemonic to: the next window after it in Tab order that can take
// the focus from the keyboard.
wxWindow* mnemonic_target(wxWindow* label) {
    for (wxWindow* next = label->GetNextSibling(); next != nullptr; next = next->GetNextSibling()) {
        if (next->AcceptsFocusFromKeyboard()) {
            return next;
        }
    }
    return nullptr;
}

// Checks what a keyboard user meets in whatever of `root` is shown now: each Alt+letter is used
// once (counting the menu bar's `taken` letters), every label's letter reaches a field, and the
// window has a Cancel for Escape if it is a dialog.
void check_keyboard_reach(wxWindow* root, const wxString& taken = wxString()) {
    std::map<wxChar, std::string> used;
    for (const wxChar letter : taken) {
        used[letter] = "the menu bar";
    }
    for_each_descendant(root, [&](wxWindow* window) {
        const bool labelled = dynamic_cast<wxStaticText*>(window) != nullptr ||
                              dynamic_cast<wxButton*>(window) != nullptr ||
                              dynamic_cast<wxCheckBox*>(window) != nullptr;
        if (!labelled || !shown_within(window, root)) {
            return;
        }
        const wxChar letter = mnemonic_of(window->GetLabel());
        if (letter == 0) {
            return;
        }
        INFO("Alt+" << wxString(letter).utf8_string() << " on " << name_of(window)
                    << (used.count(letter) != 0 ? " and on " + used[letter] : std::string()));
        CHECK(used.count(letter) == 0);
        used[letter] = name_of(window);
        if (dynamic_cast<wxStaticText*>(window) != nullptr) {
            // The field right after its label, not a window further on.
            const wxWindow* target = mnemonic_target(window);
            INFO("reaches " << name_of(target));
            CHECK(target != nullptr);
            CHECK(window->GetNextSibling() == target);
        }
    });
    if (auto* dialog = dynamic_cast<wxDialog*>(root)) {
        CHECK(dialog->FindWindow(wxID_CANCEL) != nullptr);  // what Escape presses
    }
}

// A practice with the demo clients, and a frame to hold its dialogs.
struct DemoPractice {
    TempDir dir;
    std::unique_ptr<sb::storage::Vault> vault;
    ScriptedDialogRunner dialogs;
    sb::SystemClock clock;
    wxFrame* frame = nullptr;

    DemoPractice() {
        std::string passphrase = kPassphrase.utf8_string();
        vault =
            sb::storage::Vault::create(dir.path() / "practice", {"Harbour Counselling", "Robin"},
                                       sb::crypto::secret_from_string(passphrase),
                                       sb::crypto::generate_recovery_key(), fast_vault_options());
        sb::storage::fill_demo_practice(*vault);
        frame = new wxFrame(nullptr, wxID_ANY, "SecureBase");
        frame->Show();
    }
    ~DemoPractice() {
        frame->Destroy();
        process_events();
    }
    sb::Client first_client() {
        const auto clients = vault->clients().list({});
        REQUIRE_FALSE(clients.empty());
        return vault->clients().get(clients.front().id);
    }
    // Shows `dialog` as ShowModal would, without a modal loop; the frame destroys it.
    template <class Dialog>
    Dialog* show(Dialog* dialog) {
        dialog->Show();
        process_events();
        return dialog;
    }
};

}  // namespace

TEST_CASE("New recovery key: Tab goes from group 3 to group 7, and Return then presses Done",
          "[app][keyboard]") {
    DemoPractice practice;
    auto* dialog = practice.show(new NewRecoveryKeyDialog(practice.frame, *practice.vault,
                                                          practice.dialogs, practice.clock));
    auto* make = require<wxButton>(dialog, "new-recovery-key-make");
    CHECK(focus_settles_on(make));
    CHECK(dialog->GetDefaultItem() == make);
    check_keyboard_reach(dialog);

    click(dialog, "new-recovery-key-make");
    process_events();
    auto* first = require<wxTextCtrl>(dialog, "recovery-confirm-first");
    auto* second = require<wxTextCtrl>(dialog, "recovery-confirm-second");
    CHECK(focus_settles_on(first));
    // The key's page was filled after the dialog was on screen; GTK's Tab chain must know it.
    INFO("Tab went to " << name_of(focus_after_tab(first)));
    CHECK(focus_after_tab(first) == second);
    CHECK(focus_after_tab(second, false) == first);
    CHECK(focus_after_tab(require<wxWindow>(dialog, "recovery-key-copy")) == first);
    CHECK(dialog->GetDefaultItem() == require<wxButton>(dialog, "new-recovery-key-done"));
    check_keyboard_reach(dialog);
}

TEST_CASE("Setup wizard: each step is reached, filled and left with the keyboard",
          "[app][keyboard]") {
    TempDir dir;
    ScriptedDialogRunner dialogs;
    sb::SystemClock clock;
    auto* frame = new wxFrame(nullptr, wxID_ANY, "SecureBase");
    auto* wizard =
        new SetupWizard(frame, dialogs, dir.path() / "practice", fast_vault_options(), clock);
    wizard->Show();
    process_events();

    auto* practice_name = require<wxTextCtrl>(wizard, "practice-name");
    CHECK(focus_settles_on(practice_name));
    CHECK(focus_after_tab(practice_name) == require<wxWindow>(wizard, "counsellor-name"));
    check_keyboard_reach(wizard);
    type_into(wizard, "practice-name", "Harbour Counselling");
    type_into(wizard, "counsellor-name", "Robin Ahmadi");
    click(wizard, "setup-next");
    process_events();

    auto* passphrase = require<wxTextCtrl>(wizard, "passphrase-new");
    CHECK(focus_settles_on(passphrase));
    CHECK(focus_after_tab(passphrase) == require<wxWindow>(wizard, "passphrase-confirm"));
    check_keyboard_reach(wizard);  // "&New passphrase:" was Alt+N, which is also Next
    type_into(wizard, "passphrase-new", kPassphrase);
    type_into(wizard, "passphrase-confirm", kPassphrase);
    click(wizard, "setup-next");
    process_events();

    CHECK(focus_settles_on(require<wxWindow>(wizard, "setup-next")));
    check_keyboard_reach(wizard);
    click(wizard, "setup-next");
    process_events();

    auto* first = require<wxTextCtrl>(wizard, "recovery-confirm-first");
    CHECK(focus_settles_on(first));
    CHECK(focus_after_tab(first) == require<wxWindow>(wizard, "recovery-confirm-second"));
    check_keyboard_reach(wizard);
    CHECK(wizard->GetDefaultItem() == require<wxButton>(wizard, "setup-next"));

    frame->Destroy();
    process_events();
}

TEST_CASE("Practice and client dialogs: focus on open, Tab order, Alt+letters and Escape",
          "[app][keyboard]") {
    DemoPractice practice;
    sb::storage::ClientRepository& clients = practice.vault->clients();
    const sb::Client client = practice.first_client();

    SECTION("change passphrase") {
        auto* dialog = practice.show(new ChangePassphraseDialog(practice.frame, *practice.vault));
        auto* current = require<wxWindow>(dialog, "passphrase-current");
        CHECK(focus_settles_on(current));
        CHECK(focus_after_tab(current) == require<wxWindow>(dialog, "passphrase-new"));
        check_keyboard_reach(dialog);
    }
    SECTION("add counsellor passphrase") {
        auto* dialog = practice.show(new AddCounsellorDialog(practice.frame, *practice.vault));
        auto* name = require<wxWindow>(dialog, "counsellor-name");
        CHECK(focus_settles_on(name));
        CHECK(focus_after_tab(name) == require<wxWindow>(dialog, "passphrase-new"));
        check_keyboard_reach(dialog);
    }
    SECTION("auto-lock settings: Alt+L reaches the minutes") {
        auto* dialog = practice.show(new AutoLockDialog(practice.frame, *practice.vault));
        CHECK(focus_settles_on(require<wxWindow>(dialog, "auto-lock-minutes")));
        check_keyboard_reach(dialog);
    }
    SECTION("client editor: down the left column, then the right") {
        auto* dialog = practice.show(
            new ClientEditorDialog(practice.frame, clients, practice.dialogs, client));
        auto* legal = require<wxWindow>(dialog, "client-legal-name");
        CHECK(focus_settles_on(legal));
        CHECK(focus_after_tab(legal) == require<wxWindow>(dialog, "client-preferred-name"));
        CHECK(focus_after_tab(require<wxWindow>(dialog, "client-address")) ==
              require<wxWindow>(dialog, "client-emergency-name"));
        CHECK(focus_after_tab(require<wxWindow>(dialog, "client-emergency-relationship")) ==
              require<wxWindow>(dialog, "client-referral-source"));
        check_keyboard_reach(dialog);
    }
    SECTION("discharge: the date, selected, and Return discharges") {
        auto* dialog = practice.show(
            new DischargeDialog(practice.frame, clients, practice.dialogs, client, "2026-11-24"));
        auto* date = require<wxTextCtrl>(dialog, "discharge-date");
        CHECK(focus_settles_on(date));
        CHECK(dialog->GetDefaultItem() == require<wxButton>(dialog, "discharge-ok"));
        check_keyboard_reach(dialog);
    }
    SECTION("erase: the code field, and Return stays on Cancel until the code is typed") {
        auto* dialog =
            practice.show(new EraseClientDialog(practice.frame, clients, practice.dialogs, client));
        auto* code = require<wxTextCtrl>(dialog, "erase-code");
        CHECK(focus_settles_on(code));
        CHECK(dialog->GetDefaultItem() == dialog->FindWindow(wxID_CANCEL));
        check_keyboard_reach(dialog);
    }
}

TEST_CASE("Main window: locking shows a clean unlock screen that keeps the menu's Alt+letters",
          "[app][keyboard]") {
    TempDir dir;
    ScriptedDialogRunner dialogs;
    sb::SystemClock clock;
    auto* frame = open_new_practice(dir.path() / "practice", dialogs, clock);
    REQUIRE(frame->is_unlocked());
    CHECK(app_icon().IsOk());  // no "No image handler" box at start

    send_command(*frame, ID_LOCK);
    process_events();
    REQUIRE_FALSE(frame->is_unlocked());
    // Made before this copy let go of the vault, the screen said it was open elsewhere.
    CHECK(require<wxStaticText>(frame, "unlock-error")->GetLabelText().empty());
    CHECK(focus_settles_on(require<wxWindow>(frame, "unlock-passphrase")));

    wxString menu_letters;
    for (size_t i = 0; i < frame->GetMenuBar()->GetMenuCount(); ++i) {
        menu_letters += mnemonic_of(frame->GetMenuBar()->GetMenuLabel(i));
    }
    CHECK(menu_letters == "pch");
    check_keyboard_reach(require<wxWindow>(frame, "unlock-panel"), menu_letters);

    unlock_with(*frame, kPassphrase);
    CHECK(frame->is_unlocked());
    frame->Destroy();
    process_events();
}
