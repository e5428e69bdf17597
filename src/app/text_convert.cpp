#include "app/text_convert.h"

// secret_from() wipes the UTF-8 buffer it gets from wxString; that is only safe while wxString
// keeps its text as wchar_t, so the buffer is a copy and not the string's own storage.
static_assert(!wxUSE_UNICODE_UTF8, "secret_from() assumes wxString does not store UTF-8");

namespace sb::app {

namespace {

void wipe_chars(char* data, std::size_t size) {
    // volatile, so the compiler cannot drop the writes to memory that is about to be freed.
    volatile char* bytes = data;
    for (std::size_t i = 0; i < size; ++i) {
        bytes[i] = 0;
    }
}

}  // namespace

wxString to_wx(std::string_view utf8) {
    return wxString::FromUTF8(utf8.data(), utf8.size());
}

std::string to_utf8(const wxString& text) {
    const wxScopedCharBuffer utf8 = text.utf8_str();
    return std::string(utf8.data(), utf8.length());
}

void wipe(std::string& text) {
    wipe_chars(text.data(), text.size());
    text.clear();
    text.shrink_to_fit();
}

crypto::SecureBuffer secret_from(const wxString& text) {
    wxScopedCharBuffer utf8 = text.utf8_str();
    std::string copy(utf8.data(), utf8.length());
    wipe_chars(utf8.data(), utf8.length());
    return crypto::secret_from_string(copy);  // wipes `copy`
}

crypto::SecureBuffer take_secret(wxTextCtrl& field) {
    crypto::SecureBuffer secret = secret_from(field.GetValue());
    field.ChangeValue(wxString());
    return secret;
}

wxString to_wx(const crypto::SecureBuffer& secret) {
    if (secret.empty()) {
        return {};
    }
    const crypto::SecureBuffer::Reader reader(secret);
    return wxString::FromUTF8(reinterpret_cast<const char*>(reader.data()), reader.size());
}

}  // namespace sb::app
