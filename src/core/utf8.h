#pragma once
// A small strict UTF-8 decoder for the parts of core that may not use ICU. Internal to core.
#include <cstddef>
#include <string_view>

namespace sb::utf8 {

// Returned for an ill-formed sequence; the position then advances by one byte, so a caller can
// either refuse the text or keep going past the bad byte.
inline constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes the code point at `pos` and moves `pos` past it. Overlong forms, surrogates and values
// above U+10FFFF are ill-formed (Unicode table 3-7), because each would let two different byte
// strings mean the same text.
inline char32_t next(std::string_view text, std::size_t& pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    std::size_t length = 0;
    char32_t value = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0F;
        if (lead == 0xE0)
            low = 0xA0;
        if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07;
        if (lead == 0xF0)
            low = 0x90;
        if (lead == 0xF4)
            high = 0x8F;
    } else {
        ++pos;
        return kInvalid;
    }
    if (pos + length > text.size()) {
        ++pos;
        return kInvalid;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char continuation = byte(pos + i);
        const unsigned char min = i == 1 ? low : 0x80;
        const unsigned char max = i == 1 ? high : 0xBF;
        if (continuation < min || continuation > max) {
            ++pos;
            return kInvalid;
        }
        value = (value << 6) | (continuation & 0x3F);
    }
    pos += length;
    return value;
}

inline bool is_valid(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (next(text, pos) == kInvalid)
            return false;
    }
    return true;
}

// Counts what a person would call characters (code points); a stray byte counts as one.
inline std::size_t count_code_points(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        next(text, pos);
        ++count;
    }
    return count;
}

}  // namespace sb::utf8
