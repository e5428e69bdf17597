#include "app/main_frame_steps.h"

#include <wx/dataview.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <catch2/catch.hpp>

#include <chrono>

#include "app/app_test_support.h"
#include "app/client_workspace.h"

namespace sb::app::test {

using namespace std::chrono_literals;

wxString set_up_practice(wxDialog& wizard) {
    REQUIRE_FALSE(is_enabled(&wizard, "setup-next"));  // both names are required
    type_into(&wizard, "practice-name", "Harbour Counselling");
    type_into(&wizard, "counsellor-name", "Robin Ahmadi");
    click(&wizard, "setup-next");

    type_into(&wizard, "passphrase-new", "password1234");
    type_into(&wizard, "passphrase-confirm", "password1234");
    CHECK_FALSE(is_enabled(&wizard, "setup-next"));  // too weak
    type_into(&wizard, "passphrase-new", kPassphrase);
    CHECK_FALSE(is_enabled(&wizard, "setup-next"));  // not confirmed yet
    type_into(&wizard, "passphrase-confirm", kPassphrase);
    click(&wizard, "setup-next");

    wxString key;
    for (int group = 1; group <= 9; ++group) {
        const auto* label =
            require<wxStaticText>(&wizard, wxString::Format("recovery-key-group-%d", group));
        key += (group > 1 ? "-" : "") + label->GetLabelText();
    }
    click(&wizard, "setup-next");

    const wxString group3 = key.Mid(2 * 5, 4);
    const wxString group7 = key.Mid(6 * 5, 4);
    type_into(&wizard, "recovery-confirm-first", group3.Lower());  // case does not matter
    type_into(&wizard, "recovery-confirm-second", "ZZZZ");
    CHECK_FALSE(is_enabled(&wizard, "setup-next"));
    type_into(&wizard, "recovery-confirm-second", group7);
    click(&wizard, "setup-next");  // Finish: the vault is created now
    return key;
}

// No client data anywhere in the window: no workspace, no list, no record.
void require_nothing_of_clients_shown(MainFrame& frame) {
    REQUIRE(frame.workspace() == nullptr);
    for_each_descendant(&frame, [&](wxWindow* window) {
        INFO("window " << window->GetName().utf8_string());
        CHECK(dynamic_cast<ClientWorkspace*>(window) == nullptr);
        if (shown_within(window, &frame)) {
            CHECK(dynamic_cast<wxListCtrl*>(window) == nullptr);
            CHECK(dynamic_cast<wxDataViewCtrl*>(window) == nullptr);
        }
    });
    CHECK(frame.GetTitle() == "SecureBase");
}

void unlock_with(MainFrame& frame, const wxString& secret) {
    // The back-off after a failure keeps Unlock disabled for a few seconds.
    REQUIRE(wait_until([&] { return is_enabled(&frame, "unlock-button"); }, 40s));
    type_into(&frame, "unlock-passphrase", secret);
    click(&frame, "unlock-button");
}

MainFrame* open_new_practice(const std::filesystem::path& folder, ScriptedDialogRunner& dialogs,
                             const sb::Clock& clock, wxString* recovery_key) {
    dialogs.expect_dialog([recovery_key](wxDialog& wizard) {
        const wxString key = set_up_practice(wizard);
        if (recovery_key != nullptr) {
            *recovery_key = key;
        }
        return wizard.GetReturnCode();
    });
    auto* frame = new MainFrame(AppOptions{folder, false, fast_vault_options()}, dialogs, clock);
    frame->Show();
    frame->start();
    process_events();
    REQUIRE(dialogs.all_answered());
    REQUIRE(frame->is_unlocked());
    return frame;
}

}  // namespace sb::app::test
