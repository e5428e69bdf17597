#pragma once
// What the window shows while the folder holds no practice yet (for example after the
// counsellor closed the setup without finishing): a way back into the setup.
#include <wx/panel.h>

#include <filesystem>
#include <functional>

namespace sb::app {

class WelcomePanel : public wxPanel {
public:
    WelcomePanel(wxWindow* parent, const std::filesystem::path& folder,
                 std::function<void()> on_set_up);
};

}  // namespace sb::app
