// The GUI tests' main(): a private HOME and temp folders first (GTK and storage read them at
// start), then wxWidgets without a main loop, then Catch. Tests drive windows by calling their
// handlers directly; app_test_support's process_events() runs what would run in the loop.
#define CATCH_CONFIG_RUNNER
#include <stdlib.h>
#include <wx/app.h>
#include <wx/init.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "app/utf8_text.h"

namespace {

// A failed wx assertion fails the running test instead of opening a message box that no one
// would ever close.
void fail_on_assert(const wxString& file, int line, const wxString& function,
                    const wxString& condition, const wxString& message) {
    FAIL_CHECK("wxWidgets assertion failed at "
               << file.utf8_string() << ":" << line << " in " << function.utf8_string() << ": "
               << condition.utf8_string() << " " << message.utf8_string());
}

// Does nothing at start: each test builds the windows it needs.
class AppTestsApp : public wxApp {
public:
    bool OnInit() override { return true; }
};

std::filesystem::path make_private_home() {
    char pattern[] = "/tmp/securebase-app-tests-XXXXXX";
    const char* made = mkdtemp(pattern);
    if (made == nullptr) {
        throw std::runtime_error("cannot make a temporary home");
    }
    const std::filesystem::path home(made);
    for (const char* sub : {"data", "config", "cache", "tmp"}) {
        std::filesystem::create_directory(home / sub);
    }
    setenv("HOME", home.c_str(), 1);
    setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
    setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);
    setenv("XDG_CACHE_HOME", (home / "cache").c_str(), 1);
    setenv("TMPDIR", (home / "tmp").c_str(), 1);
    return home;
}

}  // namespace

int main(int argc, char** argv) {
    const std::filesystem::path home = make_private_home();

    wxSetAssertHandler(fail_on_assert);
    wxApp::SetInstance(new AppTestsApp);
    int wx_argc = 1;  // Catch's options are not for wxWidgets
    if (!wxEntryStart(wx_argc, argv) || !wxTheApp->CallOnInit()) {
        return 2;
    }
    sb::app::ensure_utf8_text_conversion();
    const int result = Catch::Session().run(argc, argv);
    wxTheApp->OnExit();
    wxEntryCleanup();

    std::error_code ignored;
    std::filesystem::remove_all(home, ignored);
    return result;
}
