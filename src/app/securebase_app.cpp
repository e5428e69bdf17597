#include "app/securebase_app.h"

#include <wx/log.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>

#include "app/error_presenter.h"
#include "app/text_convert.h"
#include "app/utf8_text.h"
#include "storage/demo_practice.h"

namespace sb::app {

bool SecureBaseApp::OnInit() {
    SetAppName("SecureBase");
    SetAppDisplayName("SecureBase");
    set_up_translations();
    if (!wxApp::OnInit()) {  // parses the command line
        return false;
    }

    if (options_.demo) {
        try {
            wxBusyCursor busy;
            storage::ensure_demo_practice(options_.folder, options_.vault_options);
        } catch (const sb::Error& error) {
            show_error(dialogs_, nullptr, error);
            return false;
        }
    }

    auto* frame = new MainFrame(options_, dialogs_, clock_);
    frame->Show();
    // After the window is up, so the setup wizard has a parent to centre on.
    frame->CallAfter(&MainFrame::start);
    return true;
}

void SecureBaseApp::set_up_translations() {
    // No warning box when the system's language has no wx catalog: English is fine then.
    const wxLogNull quiet;
    locale_ = std::make_unique<wxLocale>();
    locale_->Init(wxLANGUAGE_DEFAULT, wxLOCALE_LOAD_DEFAULT);
    ensure_utf8_text_conversion();  // after Init, which may have set the "C" locale
    wxLocale::AddCatalogLookupPathPrefix(wxStandardPaths::Get().GetInstallPrefix() +
                                         "/share/locale");
    if (wxTranslations* translations = wxTranslations::Get()) {
        translations->AddStdCatalog();  // wxWidgets' own buttons and dialogs
    }
    locale_->AddCatalog("securebase");
}

void SecureBaseApp::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    parser.AddOption(wxString(), "vault", _("the practice folder to open"), wxCMD_LINE_VAL_STRING);
    parser.AddSwitch(wxString(), "demo", _("open the demo practice of fictional clients"));
    // Tests only: weak key derivation so a test suite can create vaults quickly.
    parser.AddSwitch(wxString(), "test-fast-kdf", wxString(), wxCMD_LINE_HIDDEN);
}

bool SecureBaseApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    if (!wxApp::OnCmdLineParsed(parser)) {
        return false;
    }
    options_.demo = parser.Found("demo");
    wxString folder;
    if (parser.Found("vault", &folder)) {
        options_.folder = std::filesystem::path(std::string(folder.fn_str()));
    } else {
        options_.folder =
            options_.demo ? storage::default_demo_vault_folder() : storage::default_vault_folder();
    }
    if (parser.Found("test-fast-kdf")) {
        options_.vault_options.kdf = crypto::KdfStrength::FastForTests;
    }
    options_.vault_options.actor_source = "app";
    return true;
}

bool SecureBaseApp::OnExceptionInMainLoop() {
    // A typed error that escaped a handler is shown as one sentence; the app keeps running
    // (the vault protects itself: every write is one transaction). Anything else is a bug.
    try {
        throw;
    } catch (const sb::Error& error) {
        show_error(dialogs_, GetTopWindow(), error);
        return true;
    } catch (const std::exception& error) {
        dialogs_.message(GetTopWindow(), error_sentence(error), _("Internal Error"),
                         wxOK | wxICON_ERROR);
        return false;
    }
}

}  // namespace sb::app
