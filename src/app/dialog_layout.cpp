#include "app/dialog_layout.h"

#include "app/error_presenter.h"

#include <wx/settings.h>

namespace sb::app {

void lay_out_dialog(wxDialog& dialog, wxSizer* content, wxSizer* buttons) {
    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(content, wxSizerFlags(1).Expand().DoubleBorder(wxALL));
    if (buttons != nullptr) {
        outer->Add(buttons, wxSizerFlags().Expand().DoubleBorder(wxLEFT | wxRIGHT | wxBOTTOM));
    }
    dialog.SetSizerAndFit(outer);
    dialog.CentreOnParent();
}

wxStaticText* make_heading(wxWindow* parent, const wxString& text, double scale) {
    auto* heading = new wxStaticText(parent, wxID_ANY, text);
    wxFont font = heading->GetFont();
    font.SetFractionalPointSize(font.GetFractionalPointSize() * scale);
    font.SetWeight(wxFONTWEIGHT_BOLD);
    heading->SetFont(font);
    return heading;
}

wxStaticText* make_paragraph(wxWindow* parent, const wxString& text, int wrap_dip) {
    auto* paragraph = new wxStaticText(parent, wxID_ANY, text);
    paragraph->Wrap(parent->FromDIP(wrap_dip));
    return paragraph;
}

wxStaticText* make_field_label(wxWindow* parent, const wxString& text, wxWindow* field) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    label->MoveBeforeInTabOrder(field);
    return label;
}

wxStaticText* make_error_line(wxWindow* parent, const wxString& name) {
    auto* line = new wxStaticText(parent, wxID_ANY, wxString());
    line->SetName(name);
    // A red that reads on both light and dark themes.
    line->SetForegroundColour(wxColour(0xc0, 0x1c, 0x28));
    return line;
}

void set_error_line(wxStaticText* line, const wxString& text) {
    line->SetLabelText(text);
    line->Wrap(line->GetParent()->FromDIP(520));
    line->GetParent()->Layout();
}

void reserve_lines(wxStaticText* label, int lines) {
    const wxString text = label->GetLabelText();
    wxString sample = "Xg";
    for (int i = 1; i < lines; ++i) {
        sample += "\nXg";
    }
    label->SetLabelText(sample);
    label->SetMinSize(wxSize(-1, label->GetBestSize().y));
    label->SetLabelText(text);
}

void end_dialog(wxDialog& dialog, int code) {
    dialog.SetReturnCode(code);
    if (dialog.IsModal()) {
        dialog.EndModal(code);
    } else {
        dialog.Hide();
    }
}

void close_when_saved(wxDialog& dialog, std::function<bool()> save) {
    dialog.Bind(
        wxEVT_BUTTON,
        [&dialog, save = std::move(save)](wxCommandEvent&) {
            if (save()) {
                end_dialog(dialog, wxID_OK);
            }
        },
        wxID_OK);
}

bool run_showing_error(wxDialog& dialog, wxStaticText* error_line,
                       const std::function<void()>& action) {
    try {
        action();
        return true;
    } catch (const sb::Error& error) {
        set_error_line(error_line, error_sentence(error));
        dialog.Fit();
        return false;
    }
}

}  // namespace sb::app
