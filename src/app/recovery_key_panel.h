#pragma once
// Shows a recovery key once, large and in groups numbered 1 to 9, with Print…, Save as PDF… and
// Copy. Used by the setup wizard and by "New recovery key…". The key stays in the caller's
// guarded buffer; the panel only reads it. Each group's label is named "recovery-key-group-N".
#include <wx/panel.h>
#include <wx/stattext.h>

#include <string>

#include "app/dialog_runner.h"
#include "crypto/secure_buffer.h"

namespace sb::app {

// What the printed or saved sheet says beside the key.
struct RecoverySheetDetails {
    std::string practice_name;
    std::string counsellor_name;
    std::string created_on;  // yyyy-mm-dd
};

class RecoveryKeyPanel : public wxPanel {
public:
    RecoveryKeyPanel(wxWindow* parent, DialogRunner& dialogs, const crypto::SecureBuffer& key);

    // Who and when, for the sheet; set before the counsellor can print or save.
    void set_details(RecoverySheetDetails details) { details_ = std::move(details); }

private:
    void print();
    void save_pdf();
    void copy();

    DialogRunner& dialogs_;
    const crypto::SecureBuffer& key_;
    RecoverySheetDetails details_;
    wxStaticText* done_;
};

}  // namespace sb::app
