#pragma once
// Conversions between wx strings and the UTF-8 strings and guarded buffers of the layers below.
// A secret goes from a text field straight into guarded memory, and the UTF-8 copies made on
// the way are wiped, so the only plain copy left is the one inside the toolkit's text widget.
#include <wx/string.h>
#include <wx/textctrl.h>

#include <string>
#include <string_view>

#include "crypto/secure_buffer.h"

namespace sb::app {

wxString to_wx(std::string_view utf8);
std::string to_utf8(const wxString& text);

// Overwrites the characters before releasing them; for temporary copies of secrets.
void wipe(std::string& text);

// Copies typed text into guarded memory.
crypto::SecureBuffer secret_from(const wxString& text);
// Reads a secret field into guarded memory and empties the field.
crypto::SecureBuffer take_secret(wxTextCtrl& field);
// A guarded UTF-8 secret as a wxString, for showing a recovery key.
wxString to_wx(const crypto::SecureBuffer& secret);

}  // namespace sb::app
