#pragma once
// The application object: reads the command line, sets up translations and opens the window.
//   securebase [--vault DIR] [--demo] [--test-fast-kdf]
// --test-fast-kdf is for automated tests only: new key slots use libsodium's minimum Argon2id
// limits, which protect nothing. It is hidden from --help.
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/intl.h>

#include <memory>

#include "app/dialog_runner.h"
#include "app/main_frame.h"
#include "core/clock.h"

namespace sb::app {

class SecureBaseApp : public wxApp {
public:
    bool OnInit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    bool OnExceptionInMainLoop() override;

private:
    void set_up_translations();

    AppOptions options_;
    ModalDialogRunner dialogs_;
    SystemClock clock_;
    std::unique_ptr<wxLocale> locale_;
};

}  // namespace sb::app
