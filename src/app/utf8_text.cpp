#include "app/utf8_text.h"

#include <langinfo.h>

#include <clocale>
#include <cstring>

namespace sb::app {

void ensure_utf8_text_conversion() {
    const char* charset = nl_langinfo(CODESET);
    if (charset != nullptr && std::strcmp(charset, "UTF-8") == 0) {
        return;
    }
    // glibc always has C.UTF-8; only the character classification changes, not the language.
    std::setlocale(LC_CTYPE, "C.UTF-8");
}

}  // namespace sb::app
