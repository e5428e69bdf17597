#include "app/dialog_runner.h"

#include <wx/filedlg.h>
#include <wx/msgdlg.h>
// After msgdlg.h, which declares the base class it needs.
#include <wx/generic/msgdlgg.h>

#include <stdexcept>

#include "app/text_convert.h"

namespace sb::app {

int ModalDialogRunner::run(wxDialog& dialog) {
    return dialog.ShowModal();
}

int ModalDialogRunner::message(wxWindow* parent, const wxString& text, const wxString& caption,
                               long style) {
    // The generic message dialog, not GTK's native one: locking must be able to close every
    // open dialog with EndModal(), and the native one runs its own loop that wx cannot end.
    wxGenericMessageDialog dialog(parent, text, caption, style);
    const int code = dialog.ShowModal();
    // Answer like wxMessageBox does, so callers compare against wxYES, wxOK, …
    switch (code) {
        case wxID_YES: return wxYES;
        case wxID_NO: return wxNO;
        case wxID_OK: return wxOK;
        default: return wxCANCEL;
    }
}

wxString ModalDialogRunner::save_file(wxWindow* parent, const wxString& caption,
                                      const wxString& default_name, const wxString& wildcard) {
    wxFileDialog dialog(parent, caption, wxString(), default_name, wildcard,
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) {
        return {};
    }
    return dialog.GetPath();
}

void ScriptedDialogRunner::expect_dialog(DialogHandler handler) {
    dialogs_.push_back(std::move(handler));
}

void ScriptedDialogRunner::expect_message(MessageHandler handler) {
    messages_.push_back(std::move(handler));
}

void ScriptedDialogRunner::expect_save_file(wxString path) {
    files_.push_back(std::move(path));
}

bool ScriptedDialogRunner::all_answered() const {
    return dialogs_.empty() && messages_.empty() && files_.empty();
}

int ScriptedDialogRunner::run(wxDialog& dialog) {
    if (dialogs_.empty()) {
        throw std::logic_error("ScriptedDialogRunner: unexpected dialog \"" +
                               to_utf8(dialog.GetTitle()) + "\"");
    }
    const DialogHandler handler = std::move(dialogs_.front());
    dialogs_.erase(dialogs_.begin());
    return handler(dialog);
}

int ScriptedDialogRunner::message(wxWindow*, const wxString& text, const wxString& caption, long) {
    if (messages_.empty()) {
        throw std::logic_error("ScriptedDialogRunner: unexpected message \"" + to_utf8(caption) +
                               ": " + to_utf8(text) + "\"");
    }
    const MessageHandler handler = std::move(messages_.front());
    messages_.erase(messages_.begin());
    return handler(text, caption);
}

wxString ScriptedDialogRunner::save_file(wxWindow*, const wxString& caption, const wxString&,
                                         const wxString&) {
    if (files_.empty()) {
        throw std::logic_error("ScriptedDialogRunner: unexpected file dialog \"" +
                               to_utf8(caption) + "\"");
    }
    wxString path = files_.front();
    files_.erase(files_.begin());
    return path;
}

}  // namespace sb::app
