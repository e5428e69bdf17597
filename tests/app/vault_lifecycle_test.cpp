// The practice vault's life in the real main window: set up on first run, locked with Ctrl+L,
// unlocked with a wrong passphrase, the right one and the recovery key. Dialogs are answered by
// a ScriptedDialogRunner; every check is on what the window shows.
#include <wx/dataview.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/stattext.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>

#include "app/app_test_support.h"
#include "app/client_workspace.h"
#include "app/dialog_runner.h"
#include "app/main_frame.h"
#include "app/main_frame_steps.h"
#include "app/main_menu.h"
#include "app/unlock_panel.h"
#include "core/clock.h"
#include "crypto/recovery_key.h"
#include "storage/vault.h"

namespace {

using namespace sb::app;
using namespace sb::app::test;
using namespace std::chrono_literals;

}  // namespace

TEST_CASE("A practice is set up, locked, and unlocked with its passphrase or recovery key",
          "[app][vault]") {
    TempDir dir;
    const std::filesystem::path folder = dir.path() / "practice";
    ScriptedDialogRunner dialogs;
    sb::SystemClock clock;
    wxString recovery_key;
    auto* frame = open_new_practice(folder, dialogs, clock, &recovery_key);

    REQUIRE(dialogs.all_answered());
    REQUIRE(frame->is_unlocked());
    REQUIRE(frame->workspace() != nullptr);
    CHECK(std::filesystem::exists(folder / "practice.db"));
    CHECK(std::filesystem::exists(folder / "keyring.json"));
    CHECK(frame->GetTitle() == "SecureBase");
    CHECK(frame->GetStatusBar()->GetStatusText(0) == "Harbour Counselling");

    SECTION("Ctrl+L locks: the workspace is gone and only the unlock panel shows") {
        const wxMenuItem* lock_item = frame->GetMenuBar()->FindItem(ID_LOCK);
        REQUIRE(lock_item != nullptr);
        CHECK(lock_item->GetItemLabel().Contains("Ctrl+L"));
        send_command(*frame, ID_LOCK);
        process_events();

        REQUIRE_FALSE(frame->is_unlocked());
        require_nothing_of_clients_shown(*frame);
        REQUIRE(find_shown(frame, "unlock-passphrase") != nullptr);

        SECTION("a wrong passphrase is refused in one sentence, then the right one unlocks") {
            unlock_with(*frame, "not the passphrase at all");
            REQUIRE_FALSE(frame->is_unlocked());
            const wxString error = require<wxStaticText>(frame, "unlock-error")->GetLabelText();
            INFO("error line: " << error.utf8_string());
            CHECK(error.Lower().Contains("passphrase"));
            CHECK(error.EndsWith("."));
            CHECK(error.Freq('.') == 1);
            CHECK_FALSE(error.Contains("\n"));
            CHECK(require<wxTextCtrl>(frame, "unlock-passphrase")->IsEmpty());

            wxString told;
            dialogs.expect_message([&](const wxString& text, const wxString&) {
                told = text;
                return wxOK;
            });
            unlock_with(*frame, kPassphrase);
            REQUIRE(frame->is_unlocked());
            REQUIRE(frame->workspace() != nullptr);
            CHECK(told.Contains("1 failed attempt"));
            CHECK(dialogs.all_answered());
        }

        SECTION("the recovery key unlocks, typed in lower case without dashes") {
            wxString typed = recovery_key.Lower();
            typed.Replace("-", " ");
            unlock_with(*frame, typed);
            REQUIRE(frame->is_unlocked());
            REQUIRE(frame->workspace() != nullptr);
        }
    }

    SECTION("an idle timeout of 0 never locks") {
        frame->idle_policy().set_timeout(std::chrono::minutes(0));
        frame->check_idle_lock();
        CHECK(frame->is_unlocked());  // 0 means never
    }

    frame->Destroy();
    process_events();
}

TEST_CASE("Idle time past the practice's timeout locks it", "[app][vault]") {
    TempDir dir;
    const std::filesystem::path folder = dir.path() / "practice";
    ScriptedDialogRunner dialogs;
    sb::ManualClock clock(std::chrono::system_clock::now());
    auto* frame = open_new_practice(folder, dialogs, clock);
    REQUIRE(frame->is_unlocked());

    clock.advance(9min);
    frame->check_idle_lock();
    CHECK(frame->is_unlocked());

    clock.advance(2min);  // 11 minutes without input: past the default 10
    frame->check_idle_lock();
    REQUIRE_FALSE(frame->is_unlocked());
    require_nothing_of_clients_shown(*frame);

    frame->Destroy();
    process_events();
}

TEST_CASE("A vault already open elsewhere is named on the unlock screen before any passphrase",
          "[app][vault]") {
    TempDir dir;
    const std::filesystem::path folder = dir.path() / "practice";
    std::string passphrase = kPassphrase.utf8_string();
    auto other = sb::storage::Vault::create(
        folder, {"Harbour Counselling", "Robin Ahmadi"}, sb::crypto::secret_from_string(passphrase),
        sb::crypto::generate_recovery_key(), fast_vault_options());
    ScriptedDialogRunner dialogs;
    sb::SystemClock clock;
    auto* frame = new MainFrame(AppOptions{folder, false, fast_vault_options()}, dialogs, clock);
    frame->Show();
    frame->start();
    process_events();

    REQUIRE_FALSE(frame->is_unlocked());
    wxString error = require<wxStaticText>(frame, "unlock-error")->GetLabelText();
    error.Replace("\n", " ");  // the line wraps to the panel's width
    CHECK(error ==
          "This practice vault is already open in another copy of SecureBase. Close it there "
          "first.");

    // Once the other copy closes, the same screen unlocks.
    other.reset();
    unlock_with(*frame, kPassphrase);
    CHECK(frame->is_unlocked());

    frame->Destroy();
    process_events();
}

TEST_CASE("A new recovery key replaces the old one only once it is typed back", "[app][vault]") {
    TempDir dir;
    const std::filesystem::path folder = dir.path() / "practice";
    ScriptedDialogRunner dialogs;
    sb::SystemClock clock;
    wxString old_key;
    auto* frame = open_new_practice(folder, dialogs, clock, &old_key);
    REQUIRE(frame->is_unlocked());

    wxString new_key;
    SECTION("cancelled after the key is shown, the old key keeps working") {
        dialogs.expect_dialog([&](wxDialog& dialog) {
            click(&dialog, "new-recovery-key-make");
            CHECK_FALSE(is_enabled(&dialog, "new-recovery-key-done"));
            dialog.SetReturnCode(wxID_CANCEL);
            return wxID_CANCEL;
        });
        send_command(*frame, ID_NEW_RECOVERY_KEY);
        process_events();
        send_command(*frame, ID_LOCK);
        process_events();
        unlock_with(*frame, old_key);
        CHECK(frame->is_unlocked());
    }

    SECTION("typed back and Done, the new key opens and the old one does not") {
        dialogs.expect_dialog([&](wxDialog& dialog) {
            click(&dialog, "new-recovery-key-make");
            for (int group = 1; group <= 9; ++group) {
                const auto* label = require<wxStaticText>(
                    &dialog, wxString::Format("recovery-key-group-%d", group));
                new_key += (group > 1 ? "-" : "") + label->GetLabelText();
            }
            type_into(&dialog, "recovery-confirm-first", new_key.Mid(2 * 5, 4));
            type_into(&dialog, "recovery-confirm-second", new_key.Mid(6 * 5, 4));
            click(&dialog, "new-recovery-key-done");
            return dialog.GetReturnCode();
        });
        send_command(*frame, ID_NEW_RECOVERY_KEY);
        process_events();
        REQUIRE(dialogs.all_answered());
        REQUIRE(new_key != old_key);

        send_command(*frame, ID_LOCK);
        process_events();
        unlock_with(*frame, old_key);
        CHECK_FALSE(frame->is_unlocked());
        dialogs.expect_message([](const wxString&, const wxString&) { return wxOK; });
        unlock_with(*frame, new_key);
        CHECK(frame->is_unlocked());
    }

    frame->Destroy();
    process_events();
}
