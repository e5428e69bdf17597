// The whole round trip in the real main window (create a practice, add a client, lock,
// unlock) with a canary in the client's record: while locked nothing of the client is on
// screen, and afterwards nothing the app wrote outside the vault holds the canary.
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "app/app_test_support.h"
#include "app/dialog_runner.h"
#include "app/main_frame.h"
#include "app/main_frame_steps.h"
#include "app/main_menu.h"
#include "app/text_convert.h"
#include "core/clock.h"

namespace {

using namespace sb::app;
using namespace sb::app::test;
using namespace std::chrono_literals;

const std::string kCanaryName = "Zoë Canary-Ωмега-林";
const std::string kCanaryNote = "CANARY-5d1e77-note-ΩЖ中-e\u0301";

bool file_holds(const std::filesystem::path& file, const std::string& needle) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return bytes.find(needle) != std::string::npos;
}

// Every regular file under `folder` that holds `needle`, for the failure message.
std::string files_holding(const std::filesystem::path& folder, const std::string& needle) {
    std::string found;
    std::error_code error;
    if (!std::filesystem::exists(folder, error)) {
        return found;
    }
    // Files may come and go meanwhile: one that vanishes is skipped.
    for (auto it = std::filesystem::recursive_directory_iterator(
             folder, std::filesystem::directory_options::skip_permission_denied, error);
         it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
        if (it->is_regular_file(error) && file_holds(it->path(), needle)) {
            found += it->path().string() + " ";
        }
    }
    return found;
}

wxListCtrl* client_list(MainFrame& frame) {
    return require<wxListCtrl>(&frame, "client-list");
}

}  // namespace

TEST_CASE(
    "A client added in the window survives lock and unlock and leaves no trace outside "
    "the vault",
    "[app][vault][privacy]") {
    TempDir dir;
    const std::filesystem::path folder = dir.path() / "practice";
    ScriptedDialogRunner dialogs;
    sb::SystemClock clock;
    auto* frame = open_new_practice(folder, dialogs, clock);
    REQUIRE(frame->is_unlocked());

    dialogs.expect_dialog([&](wxDialog& editor) {
        type_into(&editor, "client-legal-name", to_wx(kCanaryName));
        type_into(&editor, "client-notes", to_wx(kCanaryNote));
        click(&editor, "client-editor-ok");
        return editor.GetReturnCode();
    });
    send_command(*frame, ID_NEW_CLIENT);
    process_events();
    REQUIRE(dialogs.all_answered());
    REQUIRE(client_list(*frame)->GetItemCount() == 1);
    CHECK(to_utf8(client_list(*frame)->GetItemText(0)) == kCanaryName);

    send_command(*frame, ID_LOCK);
    process_events();
    REQUIRE_FALSE(frame->is_unlocked());
    require_nothing_of_clients_shown(*frame);
    for_each_descendant(frame, [&](wxWindow* window) {
        const std::string label = to_utf8(window->GetLabel());
        INFO("window " << window->GetName().utf8_string() << " label " << label);
        CHECK(label.find("Canary") == std::string::npos);
        if (auto* text = dynamic_cast<wxTextCtrl*>(window)) {
            CHECK(to_utf8(text->GetValue()).find("CANARY") == std::string::npos);
        }
    });

    unlock_with(*frame, kPassphrase);
    REQUIRE(frame->is_unlocked());
    REQUIRE(client_list(*frame)->GetItemCount() == 1);
    CHECK(to_utf8(client_list(*frame)->GetItemText(0)) == kCanaryName);

    send_command(*frame, ID_LOCK);
    process_events();
    frame->Destroy();
    process_events();

    const std::filesystem::path home = std::getenv("HOME");
    for (const std::string& canary : {kCanaryNote, kCanaryName}) {
        INFO("looking for " << canary);
        CHECK(files_holding(folder, canary).empty());
        CHECK(files_holding(home / "cache", canary).empty());
        CHECK(files_holding(home / ".cache", canary).empty());
        CHECK(files_holding(std::getenv("TMPDIR"), canary).empty());
    }
}

TEST_CASE("The desktop app's process never maps the plain SQLite library", "[app][vault]") {
    std::ifstream maps("/proc/self/maps");
    const std::string text((std::istreambuf_iterator<char>(maps)),
                           std::istreambuf_iterator<char>());
    CHECK(text.find("libsqlcipher") != std::string::npos);
    CHECK(text.find("libsqlite3") == std::string::npos);
}
