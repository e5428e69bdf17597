#pragma once
// wxWidgets turns our UTF-8 string literals (every _("…") with a non-ASCII character) into
// wxStrings through the C library's current character set. Under the "C" locale, common on
// servers, in containers and test runs, that set is ASCII and such strings come out empty. This
// keeps the language and formats the user chose but makes the character set UTF-8.
namespace sb::app {

void ensure_utf8_text_conversion();

}  // namespace sb::app
