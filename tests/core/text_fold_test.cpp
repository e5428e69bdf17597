#include <catch2/catch.hpp>
#include <string>

#include "core/errors.h"
#include "core/text_fold.h"

using sb::fold_for_search;

TEST_CASE("Searching ignores accents in Latin names") {
    CHECK(fold_for_search("Díaz") == "diaz");
    CHECK(fold_for_search("José Müller-Lüdenscheidt") == "jose muller-ludenscheidt");
    CHECK(fold_for_search("Ångström Œuvre") == "angstrom œuvre");
    CHECK(fold_for_search("Nguyễn Thị") == "nguyen thi");
}

TEST_CASE("Accents typed as combining marks fold like precomposed ones") {
    CHECK(fold_for_search("Jose\u0301") == fold_for_search("Jos\u00e9"));
    CHECK(fold_for_search("e\u0301") == "e");
}

TEST_CASE("Searching ignores case in every script") {
    CHECK(fold_for_search("ПРИВЕТ") == "привет");
    CHECK(fold_for_search("Ελληνικά") == "ελληνικα");
    CHECK(fold_for_search("STRASSE") == fold_for_search("Straße"));
    CHECK(fold_for_search("İstanbul") == "istanbul");
}

TEST_CASE("A Greek final sigma folds the same as any other sigma") {
    CHECK(fold_for_search("ΟΔΥΣΣΕΥΣ") == fold_for_search("οδυσσευς"));
    CHECK(fold_for_search("ς") == fold_for_search("σ"));
}

TEST_CASE("Full-width and other compatibility forms fold to their plain letters") {
    CHECK(fold_for_search("ＡＢＣ") == "abc");
    CHECK(fold_for_search("ﬁle") == "file");
    CHECK(fold_for_search("①") == "1");
}

TEST_CASE("Chinese, Japanese and Korean text is kept as written") {
    for (const char* text :
         {"日本語のテキストです", "张伟", "がくせい", "ガギグゲゴ", "한국어 이름"}) {
        INFO(text);
        CHECK(fold_for_search(text) == text);
    }
    CHECK(fold_for_search("ｶﾞｷﾞ") == "ガギ");  // half-width kana become their usual form
}

TEST_CASE("Emoji are kept as written") {
    for (const char* text :
         {"🙂", "❤️", "👍🏽", "👩‍👩‍👧", "🏳️‍🌈"}) {
        INFO(text);
        CHECK(fold_for_search(text) == text);
    }
}

TEST_CASE("Arabic letters stay while their vowel marks are ignored") {
    CHECK(fold_for_search("مُحَمَّد") == "محمد");
    CHECK(fold_for_search("محمد") == "محمد");
}

TEST_CASE("Folding empty text gives empty text") {
    CHECK(fold_for_search("").empty());
}

TEST_CASE("Folding refuses bytes that are not UTF-8") {
    CHECK_THROWS_AS(fold_for_search("caf\xe9"), sb::InvalidInput);
    CHECK_THROWS_WITH(fold_for_search("\xff"), Catch::Contains("not valid text"));
}

TEST_CASE("Well-formed UTF-8 is recognised and ill-formed UTF-8 is not") {
    CHECK(sb::is_valid_utf8(""));
    CHECK(sb::is_valid_utf8("plain ASCII"));
    CHECK(sb::is_valid_utf8("Ελληνικά 日本語 🙂"));
    CHECK(sb::is_valid_utf8(std::string("nul\0inside", 10)));
    CHECK(sb::is_valid_utf8("\xf4\x8f\xbf\xbf"));  // U+10FFFF, the last code point

    CHECK_FALSE(sb::is_valid_utf8("\x80"));              // a lone continuation byte
    CHECK_FALSE(sb::is_valid_utf8("\xc3"));              // truncated
    CHECK_FALSE(sb::is_valid_utf8("\xe6\x97"));          // truncated three-byte form
    CHECK_FALSE(sb::is_valid_utf8("\xc0\xaf"));          // overlong '/'
    CHECK_FALSE(sb::is_valid_utf8("\xe0\x80\xaf"));      // overlong '/'
    CHECK_FALSE(sb::is_valid_utf8("\xed\xa0\x80"));      // a UTF-16 surrogate
    CHECK_FALSE(sb::is_valid_utf8("\xf4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(sb::is_valid_utf8("\xfe\xff"));
}

TEST_CASE("Trimming removes ASCII and Unicode white space at both ends only") {
    CHECK(sb::trim("  Ana Díaz \t\n") == "Ana Díaz");
    CHECK(sb::trim("\u00a0\u3000Ana\u2003\u2029") == "Ana");
    CHECK(sb::trim("Ana  Díaz") == "Ana  Díaz");
    CHECK(sb::trim(" \t\r\n ").empty());
    CHECK(sb::trim("").empty());
    CHECK(sb::trim(" 日本 ") == "日本");
}

TEST_CASE("Trimming leaves ill-formed bytes in place rather than failing") {
    CHECK(sb::trim(" \xff ") == "\xff");
    CHECK(sb::trim("\xc3 ") == "\xc3");
}
