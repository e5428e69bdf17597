// securebase: the desktop app. Everything but main() lives in the securebase_app library.
#include <wx/app.h>

#include "app/process_hardening.h"
#include "app/securebase_app.h"

wxIMPLEMENT_APP_NO_MAIN(sb::app::SecureBaseApp);

int main(int argc, char** argv) {
    // Before anything else, so no core dump can ever hold client data.
    sb::app::harden_process();
    return wxEntry(argc, argv);
}
