#include "reports/pdf_document.h"

#include <catch2/catch.hpp>
#include <string>

#include "core/errors.h"

namespace {

// True when every line is whole UTF-8: no line starts with a continuation byte or ends with a
// lead byte whose sequence is cut short.
bool whole_utf8(const std::string& line) {
    std::size_t i = 0;
    while (i < line.size()) {
        const auto lead = static_cast<unsigned char>(line[i]);
        std::size_t length = 1;
        if (lead >= 0xF0) {
            length = 4;
        } else if (lead >= 0xE0) {
            length = 3;
        } else if (lead >= 0xC0) {
            length = 2;
        } else if (lead >= 0x80) {
            return false;
        }
        if (i + length > line.size()) {
            return false;
        }
        i += length;
    }
    return true;
}

}  // namespace

TEST_CASE("Wrapping breaks at spaces and keeps each line within the width") {
    sb::reports::PdfDocument document;
    sb::reports::PdfPage page = document.add_page();
    CHECK(page.width() == Approx(595.276).margin(0.5));
    CHECK(page.height() == Approx(841.89).margin(0.5));

    const std::string text = "Keep this sheet printed, in a locked place away from the computer.";
    const float width = 150.0F;
    const auto lines = page.wrap(sb::reports::Font::Regular, 11.0F, text, width);
    REQUIRE(lines.size() > 1);
    std::string joined;
    for (const auto& line : lines) {
        CHECK(page.text_width(sb::reports::Font::Regular, 11.0F, line) <= width);
        CHECK(line.front() != ' ');
        CHECK(line.back() != ' ');
        joined += (joined.empty() ? "" : " ") + line;
    }
    CHECK(joined == text);
}

TEST_CASE("A word too long for a line is broken between characters, never inside one") {
    sb::reports::PdfDocument document;
    sb::reports::PdfPage page = document.add_page();
    const std::string word = "ΨυχολογικήΥποστήριξηΧωρίςΚενάΠολύΜεγάλη\U0001F33Fлово€";
    const float width = 60.0F;
    const auto lines = page.wrap(sb::reports::Font::Bold, 14.0F, word, width);
    REQUIRE(lines.size() > 2);
    std::string joined;
    for (const auto& line : lines) {
        CHECK_FALSE(line.empty());
        CHECK(whole_utf8(line));
        CHECK(page.text_width(sb::reports::Font::Bold, 14.0F, line) <= width);
        joined += line;
    }
    CHECK(joined == word);
}

TEST_CASE("Text width is measured in characters, not bytes") {
    sb::reports::PdfDocument document;
    sb::reports::PdfPage page = document.add_page();
    // Monospace: every glyph is 0.602 em wide, so three two-byte letters measure as three.
    const float latin = page.text_width(sb::reports::Font::Mono, 10.0F, "abc");
    const float cyrillic = page.text_width(sb::reports::Font::Mono, 10.0F, "жзи");
    CHECK(latin == Approx(18.06).margin(0.1));
    CHECK(cyrillic == Approx(latin));
}

TEST_CASE("Line breaks in the text start new lines") {
    sb::reports::PdfDocument document;
    sb::reports::PdfPage page = document.add_page();
    const auto lines = page.wrap(sb::reports::Font::Regular, 11.0F, "one\n\ntwo", 400.0F);
    CHECK(lines == std::vector<std::string>{"one", "", "two"});
}

TEST_CASE("A width narrower than any character still moves on, one character a line") {
    sb::reports::PdfDocument document;
    sb::reports::PdfPage page = document.add_page();
    const auto lines = page.wrap(sb::reports::Font::Regular, 11.0F, "Ωж a", 1.0F);
    CHECK(lines == std::vector<std::string>{"Ω", "ж", "a"});
}

TEST_CASE("A libharu error becomes an exception and the document stays usable") {
    sb::reports::PdfDocument document;
    sb::reports::PdfPage page = document.add_page();
    // libharu refuses font sizes above 300 points.
    CHECK_THROWS_AS(page.text(72, 700, sb::reports::Font::Regular, 1000.0F, "too big", {}),
                    sb::InternalError);
    CHECK_NOTHROW(page.text(72, 700, sb::reports::Font::Regular, 12.0F, "fine", {}));
}
