#pragma once
// Folding text so that what a counsellor types finds what was stored, in any script:
// case-folded, accents and other combining marks removed, compatibility forms unified
// ("Díaz" → "diaz", "Ελληνικά" → "ελληνικα", "ＡＢＣ" → "abc"). CJK text is kept as is and
// matched as a substring, so no word breaks are needed.
#include <string>
#include <string_view>

namespace sb {

// Throws InvalidInput if `utf8` is not valid UTF-8.
std::string fold_for_search(std::string_view utf8);

// True if `utf8` is well-formed UTF-8.
bool is_valid_utf8(std::string_view utf8);

// Removes leading and trailing white space (ASCII and Unicode spaces).
std::string trim(std::string_view utf8);

}  // namespace sb
