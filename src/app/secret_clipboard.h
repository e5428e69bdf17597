#pragma once
// The clipboard, for the one secret SecureBase lets a person copy: a recovery key. SecureBase
// remembers a salted digest (never the text) of what it put there, so that locking and quitting
// can clear the clipboard if, and only if, it still holds our copy.
#include <wx/string.h>

namespace sb::app {

void copy_secret_to_clipboard(const wxString& text);
void clear_clipboard_if_ours();

}  // namespace sb::app
