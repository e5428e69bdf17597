// The recovery key's three ways out of the window: Save as PDF (a sheet a person can read back),
// Copy (and the clipboard cleared again by SecureBase), and nothing changed in the vault until
// the counsellor confirms.
#include <wx/clipbrd.h>
#include <wx/dataobj.h>
#include <wx/frame.h>
#include <wx/stattext.h>
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "app/app_test_support.h"
#include "app/dialog_runner.h"
#include "app/new_recovery_key_dialog.h"
#include "app/secret_clipboard.h"
#include "core/clock.h"
#include "crypto/recovery_key.h"
#include "storage/vault.h"
#include "support/temp_folder.h"

namespace {

using namespace sb::app;
using namespace sb::app::test;

// A vault and a New recovery key dialog over it with the key made and shown.
struct ShownKey {
    TempDir dir;
    std::unique_ptr<sb::storage::Vault> vault;
    ScriptedDialogRunner dialogs;
    sb::SystemClock clock;
    wxFrame* frame = nullptr;
    NewRecoveryKeyDialog* dialog = nullptr;
    wxString key;

    ShownKey() {
        std::string passphrase = "otter lantern quietly orchard 42";
        vault =
            sb::storage::Vault::create(dir.path() / "practice", {"Harbour Counselling", "Robin"},
                                       sb::crypto::secret_from_string(passphrase),
                                       sb::crypto::generate_recovery_key(), fast_vault_options());
        frame = new wxFrame(nullptr, wxID_ANY, "SecureBase");
        dialog = new NewRecoveryKeyDialog(frame, *vault, dialogs, clock);
        click(dialog, "new-recovery-key-make");
        for (int group = 1; group <= 9; ++group) {
            key += (group > 1 ? "-" : "") +
                   require<wxStaticText>(dialog, wxString::Format("recovery-key-group-%d", group))
                       ->GetLabelText();
        }
    }
    ~ShownKey() {
        frame->Destroy();
        process_events();
    }
};

std::string pdf_text(const std::filesystem::path& pdf, const std::filesystem::path& folder) {
    const auto text = folder / "sheet.txt";
    const std::string command = "pdftotext -layout '" + pdf.string() + "' '" + text.string() + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    return sb::test::read_text_file(text);
}

}  // namespace

TEST_CASE("Save as PDF writes a sheet whose text holds every group of the key shown",
          "[app][recovery]") {
    ShownKey shown;
    const std::filesystem::path pdf = shown.dir.path() / "SecureBase recovery key.pdf";
    shown.dialogs.expect_save_file(wxString::FromUTF8(pdf.string()));
    click(shown.dialog, "recovery-key-save");
    REQUIRE(shown.dialogs.all_answered());
    REQUIRE(std::filesystem::exists(pdf));
    CHECK(require<wxStaticText>(shown.dialog, "recovery-key-done")->GetLabelText() ==
          "Saved. Print it, then keep it safe.");

    const std::string text = pdf_text(pdf, shown.dir.path());
    INFO(text);
    CHECK(text.find("SecureBase recovery key") != std::string::npos);
    CHECK(text.find("Harbour Counselling") != std::string::npos);
    for (int group = 0; group < 9; ++group) {
        CHECK(text.find(shown.key.Mid(group * 5, 4).utf8_string()) != std::string::npos);
    }
}

TEST_CASE("Copy puts the key on the clipboard and SecureBase takes it off again",
          "[app][recovery]") {
    ShownKey shown;
    click(shown.dialog, "recovery-key-copy");
    process_events();
    wxString copied;
    if (wxTheClipboard->Open()) {
        wxTextDataObject data;
        if (wxTheClipboard->GetData(data)) {
            copied = data.GetText();
        }
        wxTheClipboard->Close();
    }
    CHECK(copied == shown.key);

    clear_clipboard_if_ours();
    process_events();
    bool still_has_text = false;
    if (wxTheClipboard->Open()) {
        wxTextDataObject data;
        still_has_text = wxTheClipboard->GetData(data) && !data.GetText().empty();
        wxTheClipboard->Close();
    }
    CHECK_FALSE(still_has_text);
}
