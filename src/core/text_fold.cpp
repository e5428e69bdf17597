#include "core/text_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "core/errors.h"
#include "core/utf8.h"

namespace sb {
namespace {

const icu::Normalizer2& normalizer(bool compose) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = compose ? icu::Normalizer2::getNFCInstance(status)
                                               : icu::Normalizer2::getNFKDInstance(status);
    if (U_FAILURE(status) || instance == nullptr) {
        throw InternalError(std::string("ICU normaliser unavailable: ") + u_errorName(status));
    }
    return *instance;
}

icu::UnicodeString normalized(const icu::UnicodeString& text, bool compose) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString result = normalizer(compose).normalize(text, status);
    if (U_FAILURE(status)) {
        throw InternalError(std::string("ICU normalisation failed: ") + u_errorName(status));
    }
    return result;
}

// Marks that change what a word is rather than how it is accented stay: the kana voicing marks
// (か/が are different syllables, and NFKD splits が into か + U+3099), and variation selectors,
// which pick the emoji or text look of a symbol such as ❤️.
bool is_removable_mark(UChar32 c) {
    if (u_charType(c) != U_NON_SPACING_MARK)
        return false;
    if (c == 0x3099 || c == 0x309A)
        return false;
    if (c >= 0xFE00 && c <= 0xFE0F)
        return false;
    if (c >= 0xE0100 && c <= 0xE01EF)
        return false;
    return true;
}

bool is_white_space(UChar32 c) {
    return u_hasBinaryProperty(c, UCHAR_WHITE_SPACE) != 0;
}

}  // namespace

bool is_valid_utf8(std::string_view utf8) {
    return utf8::is_valid(utf8);
}

std::string fold_for_search(std::string_view utf8) {
    if (!is_valid_utf8(utf8)) {
        throw InvalidInput("The search text contains characters that are not valid text.");
    }
    const icu::UnicodeString input = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));

    // Case folding can itself produce combining marks (İ folds to i + U+0307), so decompose
    // again after folding and only then drop the marks.
    icu::UnicodeString folded = normalized(input, false);
    folded.foldCase(U_FOLD_CASE_DEFAULT);
    const icu::UnicodeString decomposed = normalized(folded, false);

    icu::UnicodeString stripped;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (!is_removable_mark(c))
            stripped.append(c);
        i += U16_LENGTH(c);
    }

    std::string result;
    normalized(stripped, true).toUTF8String(result);
    return result;
}

std::string trim(std::string_view utf8) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());

    int32_t begin = 0;
    while (begin < length) {
        int32_t next = begin;
        UChar32 c = 0;
        U8_NEXT(bytes, next, length, c);
        if (c < 0 || !is_white_space(c))
            break;
        begin = next;
    }
    int32_t end = length;
    while (end > begin) {
        int32_t previous = end;
        UChar32 c = 0;
        U8_PREV(bytes, begin, previous, c);
        if (c < 0 || !is_white_space(c))
            break;
        end = previous;
    }
    return std::string(
        utf8.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin)));
}

}  // namespace sb
