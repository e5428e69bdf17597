#pragma once
// Every modal dialog and message box goes through a DialogRunner, so GUI tests can answer them
// in advance instead of blocking on ShowModal (the KeePassXC pattern).
#include <wx/dialog.h>
#include <wx/string.h>

#include <functional>
#include <vector>

namespace sb::app {

class DialogRunner {
public:
    virtual ~DialogRunner() = default;
    // Shows `dialog` modally; returns its return code (wxID_OK, wxID_CANCEL, …).
    virtual int run(wxDialog& dialog) = 0;
    // A message box; returns wxYES, wxNO, wxOK or wxCANCEL like wxMessageBox.
    virtual int message(wxWindow* parent, const wxString& text, const wxString& caption,
                        long style) = 0;
    // Asks for a file to save; returns an empty string if the person cancels.
    virtual wxString save_file(wxWindow* parent, const wxString& caption,
                               const wxString& default_name, const wxString& wildcard) = 0;
};

// The real thing: ShowModal, wxMessageBox, wxFileDialog.
class ModalDialogRunner final : public DialogRunner {
public:
    int run(wxDialog& dialog) override;
    int message(wxWindow* parent, const wxString& text, const wxString& caption,
                long style) override;
    wxString save_file(wxWindow* parent, const wxString& caption, const wxString& default_name,
                       const wxString& wildcard) override;
};

// For tests: each call is answered by the next handler queued, which may fill the dialog's
// controls before returning a code. An unexpected dialog fails loudly.
class ScriptedDialogRunner final : public DialogRunner {
public:
    using DialogHandler = std::function<int(wxDialog&)>;
    using MessageHandler = std::function<int(const wxString& text, const wxString& caption)>;

    void expect_dialog(DialogHandler handler);
    void expect_message(MessageHandler handler);
    void expect_save_file(wxString path);
    bool all_answered() const;

    int run(wxDialog& dialog) override;
    int message(wxWindow* parent, const wxString& text, const wxString& caption,
                long style) override;
    wxString save_file(wxWindow* parent, const wxString& caption, const wxString& default_name,
                       const wxString& wildcard) override;

private:
    std::vector<DialogHandler> dialogs_;
    std::vector<MessageHandler> messages_;
    std::vector<wxString> files_;
};

}  // namespace sb::app
