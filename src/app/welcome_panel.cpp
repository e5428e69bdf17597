#include "app/welcome_panel.h"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/dialog_layout.h"
#include "app/text_convert.h"

namespace sb::app {

WelcomePanel::WelcomePanel(wxWindow* parent, const std::filesystem::path& folder,
                           std::function<void()> on_set_up)
    : wxPanel(parent, wxID_ANY) {
    SetName("welcome-panel");
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(make_heading(this, _("Welcome to SecureBase"), 1.6),
                wxSizerFlags().Centre().Border(wxBOTTOM));
    column->Add(make_paragraph(this,
                               _("There is no practice in this folder yet. Setting one up "
                                 "takes a few minutes: you choose a passphrase and keep a "
                                 "recovery key safe."),
                               460),
                wxSizerFlags().Centre().Border(wxBOTTOM, FromDIP(4)));
    auto* where = new wxStaticText(this, wxID_ANY, to_wx(folder.string()));
    where->SetFont(where->GetFont().Smaller());
    where->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    column->Add(where, wxSizerFlags().Centre().Border(wxBOTTOM, FromDIP(24)));
    auto* set_up = new wxButton(this, wxID_ANY, _("&Set Up a Practice…"));
    set_up->SetName("welcome-set-up");
    set_up->SetDefault();
    column->Add(set_up, wxSizerFlags().Centre());

    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->AddStretchSpacer(2);
    outer->Add(column, wxSizerFlags().Centre().Border(wxALL, FromDIP(24)));
    outer->AddStretchSpacer(3);
    SetSizer(outer);

    set_up->Bind(wxEVT_BUTTON, [callback = std::move(on_set_up)](wxCommandEvent&) { callback(); });
}

}  // namespace sb::app
