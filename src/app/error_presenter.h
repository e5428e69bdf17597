#pragma once
// Turns a typed error into one clear sentence for a person: the caption is the translated title
// of the error kind, the text is the error's own sentence.
#include <wx/string.h>
#include <wx/window.h>

#include "app/dialog_runner.h"
#include "core/errors.h"

namespace sb::app {

wxString error_caption(const sb::Error& error);
wxString error_sentence(const std::exception& error);  // UTF-8 what() as a wxString
void show_error(DialogRunner& dialogs, wxWindow* parent, const sb::Error& error);

}  // namespace sb::app
