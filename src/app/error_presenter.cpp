#include "app/error_presenter.h"

#include <wx/intl.h>

#include "app/text_convert.h"

namespace sb::app {

wxString error_caption(const sb::Error& error) {
    return wxGetTranslation(to_wx(sb::error_title(error.kind())));
}

wxString error_sentence(const std::exception& error) {
    // Storage and crypto write their sentences in English; a catalog may translate them.
    return wxGetTranslation(to_wx(error.what()));
}

void show_error(DialogRunner& dialogs, wxWindow* parent, const sb::Error& error) {
    dialogs.message(parent, error_sentence(error), error_caption(error), wxOK | wxICON_ERROR);
}

}  // namespace sb::app
