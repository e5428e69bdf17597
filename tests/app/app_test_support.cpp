#include "app/app_test_support.h"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include <cstdlib>
#include <random>
#include <thread>

namespace sb::app::test {

TempDir::TempDir() {
    const char* tmp = std::getenv("TMPDIR");
    const std::filesystem::path base = tmp != nullptr ? tmp : "/tmp";
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
        path_ = base / ("securebase-test-" + std::to_string(random()));
        if (std::filesystem::create_directory(path_)) {
            return;
        }
    }
    throw std::runtime_error("cannot make a temporary folder under " + base.string());
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

storage::VaultOptions fast_vault_options() {
    storage::VaultOptions options;
    options.kdf = crypto::KdfStrength::FastForTests;
    return options;
}

bool shown_within(const wxWindow* window, const wxWindow* root) {
    for (const wxWindow* w = window; w != nullptr && w != root; w = w->GetParent()) {
        if (!w->IsShown()) {
            return false;
        }
    }
    return true;
}

void for_each_descendant(wxWindow* root, const std::function<void(wxWindow*)>& visit) {
    for (wxWindow* child : root->GetChildren()) {
        visit(child);
        for_each_descendant(child, visit);
    }
}

wxWindow* find_shown(wxWindow* root, const wxString& name) {
    wxWindow* found = nullptr;
    for_each_descendant(root, [&](wxWindow* window) {
        if (found == nullptr && window->GetName() == name && shown_within(window, root) &&
            !window->IsBeingDeleted()) {
            found = window;
        }
    });
    return found;
}

void type_into(wxWindow* root, const wxString& name, const wxString& text) {
    require<wxTextCtrl>(root, name)->SetValue(text);
}

void click(wxWindow* root, const wxString& name) {
    auto* button = require<wxButton>(root, name);
    if (!button->IsEnabled()) {
        throw std::runtime_error("button \"" + name.utf8_string() + "\" is disabled");
    }
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->ProcessWindowEvent(event);
}

bool is_enabled(wxWindow* root, const wxString& name) {
    return require<wxWindow>(root, name)->IsEnabled();
}

void send_command(wxFrame& frame, int id) {
    wxCommandEvent event(wxEVT_MENU, id);
    event.SetEventObject(&frame);
    frame.ProcessWindowEvent(event);
}

void process_events() {
    for (int round = 0; round < 3; ++round) {
        wxTheApp->ProcessPendingEvents();
        wxTheApp->ProcessIdle();
        wxYield();
    }
}

bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline) {
            return false;
        }
        process_events();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

}  // namespace sb::app::test
