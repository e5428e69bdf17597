#include "app/secret_clipboard.h"

#include <wx/clipbrd.h>
#include <wx/dataobj.h>

#include <string>

#include "app/text_convert.h"
#include "crypto/digest.h"
#include "crypto/random_codes.h"

namespace sb::app {

namespace {

struct CopiedSecret {
    std::string salt;
    std::string digest;  // empty while nothing of ours is on the clipboard
};

CopiedSecret& copied() {
    static CopiedSecret secret;
    return secret;
}

std::string salted_digest(const std::string& salt, const wxString& text) {
    std::string material = salt + to_utf8(text);
    std::string digest = crypto::blake2b_hex(material);
    wipe(material);
    return digest;
}

}  // namespace

void copy_secret_to_clipboard(const wxString& text) {
    wxClipboardLocker locker;
    if (!locker) {
        return;
    }
    wxTheClipboard->SetData(new wxTextDataObject(text));
    copied().salt = crypto::random_hex_id(16);
    copied().digest = salted_digest(copied().salt, text);
}

void clear_clipboard_if_ours() {
    if (copied().digest.empty()) {
        return;
    }
    wxClipboardLocker locker;
    if (!locker) {
        return;
    }
    wxTextDataObject current;
    if (wxTheClipboard->IsSupported(wxDF_UNICODETEXT) && wxTheClipboard->GetData(current) &&
        salted_digest(copied().salt, current.GetText()) == copied().digest) {
        // Empty text first, then Clear(): a clipboard manager that mirrors the clipboard then
        // keeps the empty text as current instead of our key.
        wxTheClipboard->SetData(new wxTextDataObject(wxString()));
        wxTheClipboard->Clear();
    }
    copied() = {};
}

}  // namespace sb::app
