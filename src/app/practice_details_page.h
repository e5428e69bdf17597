#pragma once
// Setup step 1: the practice's name and the first counsellor's name, both required. Named
// "practice-name" and "counsellor-name" for tests.
#include <wx/panel.h>
#include <wx/textctrl.h>

#include <functional>
#include <string>

namespace sb::app {

class PracticeDetailsPage : public wxPanel {
public:
    explicit PracticeDetailsPage(wxWindow* parent);

    bool is_complete() const;
    std::string practice_name() const;
    std::string counsellor_name() const;
    void on_change(std::function<void()> callback) { on_change_ = std::move(callback); }
    void focus() { practice_->SetFocus(); }

private:
    wxTextCtrl* practice_;
    wxTextCtrl* counsellor_;
    std::function<void()> on_change_;
};

}  // namespace sb::app
