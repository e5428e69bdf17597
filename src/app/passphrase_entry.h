#pragma once
// A new passphrase typed twice, with a strength meter: the one widget the setup wizard, the
// change-passphrase dialog and the add-counsellor dialog share, so the rules look the same
// everywhere. Controls are named "passphrase-new", "passphrase-confirm" and
// "passphrase-strength" for tests.
#include <wx/gauge.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <functional>

#include "crypto/secure_buffer.h"

namespace sb::app {

class PassphraseEntry : public wxPanel {
public:
    explicit PassphraseEntry(wxWindow* parent, const wxString& new_label = _("&New passphrase:"));

    // Strong enough and typed the same twice.
    bool is_acceptable() const { return acceptable_ && matches_; }
    // Called whenever is_acceptable() may have changed.
    void on_change(std::function<void()> callback) { on_change_ = std::move(callback); }
    // Adds a labelled field above the passphrase, aligned with it (the current passphrase, a
    // counsellor's name); it comes first in the tab order.
    wxTextCtrl* prepend_field(const wxString& label, const wxString& name, long style = 0);

    // The passphrase in guarded memory; empties both fields.
    crypto::SecureBuffer take_passphrase();
    void focus() { passphrase_->SetFocus(); }
    // The wrap width of explanations beside the fields.
    int text_width() const;

private:
    void assess();

    wxFlexGridSizer* grid_;
    wxTextCtrl* passphrase_;
    wxTextCtrl* confirm_;
    wxGauge* meter_;
    wxStaticText* strength_;
    wxStaticText* match_;
    bool acceptable_ = false;
    bool matches_ = false;
    std::function<void()> on_change_;
};

}  // namespace sb::app
