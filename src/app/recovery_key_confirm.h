#pragma once
// "Type group 3 and group 7 of your recovery key": proof that the counsellor has the key
// written down before it is relied on. The fields are named "recovery-confirm-first" and
// "recovery-confirm-second".
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <functional>

#include "crypto/secure_buffer.h"

namespace sb::app {

class RecoveryKeyConfirm : public wxPanel {
public:
    // Group numbers as a person counts them, 1 to 9.
    static constexpr int kFirstGroup = 3;
    static constexpr int kSecondGroup = 7;

    RecoveryKeyConfirm(wxWindow* parent, const crypto::SecureBuffer& key);

    bool matches() const { return matches_; }
    void on_change(std::function<void()> callback) { on_change_ = std::move(callback); }
    void focus() { first_->SetFocus(); }

private:
    void check();

    const crypto::SecureBuffer& key_;
    wxTextCtrl* first_;
    wxTextCtrl* second_;
    wxStaticText* status_;
    bool matches_ = false;
    std::function<void()> on_change_;
};

}  // namespace sb::app
