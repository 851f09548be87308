#include "precis/utf8.h"

#include <catch2/catch.hpp>

using precis::decode_utf8;
using precis::to_valid_utf8;
using precis::utf16_length;
using precis::utf16_offsets;

TEST_CASE("utf8 decodes one to four byte characters", "[utf8]") {
  const std::string text = "a\xc3\xa9\xe2\x80\x9c\xf0\x9f\x98\x80";  // a é “ 😀
  CHECK(decode_utf8(text, 0).code_point == U'a');
  CHECK(decode_utf8(text, 1).code_point == 0xE9);
  CHECK(decode_utf8(text, 1).length == 2);
  CHECK(decode_utf8(text, 3).code_point == 0x201C);
  CHECK(decode_utf8(text, 6).code_point == 0x1F600);
  CHECK(decode_utf8(text, 6).length == 4);
  CHECK(utf16_length(text) == 5);  // the emoji is a surrogate pair
}

TEST_CASE("utf8 replaces each maximal invalid subpart with one U+FFFD", "[utf8]") {
  // The WHATWG examples: what TextDecoder produces.
  CHECK(to_valid_utf8("\xc0\xaf") == "\xef\xbf\xbd\xef\xbf\xbd");  // overlong: two subparts
  CHECK(to_valid_utf8("\xed\xa0\x80") ==
        "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");             // surrogate: three
  CHECK(to_valid_utf8("\xe2\x80") == "\xef\xbf\xbd");        // truncated: one
  CHECK(to_valid_utf8("a\xf0\x9f\x98") == "a\xef\xbf\xbd");  // truncated 4-byte: one
  CHECK(to_valid_utf8("\xf4\x90\x80\x80") ==
        "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");  // above U+10FFFF
  CHECK(to_valid_utf8("\xff") == "\xef\xbf\xbd");
  CHECK(precis::count_invalid_utf8("ok\xe2\x80 x\xff") == 2);
}

TEST_CASE("utf8 never reads past the end of the input", "[utf8]") {
  const std::string_view cut("\xf0\x9f", 2);
  const auto c = decode_utf8(cut, 0);
  CHECK_FALSE(c.valid);
  CHECK(c.length == 2);
  CHECK(decode_utf8(cut, 1).length == 1);
}

TEST_CASE("utf8 maps byte offsets to UTF-16 offsets in any order", "[utf8]") {
  const std::string text = "\xf0\x9f\x98\x80 caf\xc3\xa9 \xff!";  // 😀 café <invalid>!
  // Byte 9 is inside the two-byte "\xc3\xa9"; it maps to where that character starts.
  const std::vector<std::size_t> bytes = {text.size(), 0, 4, 5, 9, 11, 12};
  const std::vector<std::size_t> units = utf16_offsets(text, bytes);
  CHECK(units == std::vector<std::size_t>{10, 0, 2, 3, 6, 8, 9});
}

TEST_CASE("utf8 maps an offset inside a character to that character's start", "[utf8]") {
  const std::string text = "\xc3\xa9x";
  CHECK(utf16_offsets(text, {1}) == std::vector<std::size_t>{0});
}

TEST_CASE("utf8 handles empty input and NUL bytes", "[utf8]") {
  CHECK(to_valid_utf8("").empty());
  CHECK(utf16_length("") == 0);
  const std::string nul("a\0b", 3);
  CHECK(to_valid_utf8(nul) == nul);
  CHECK(utf16_length(nul) == 3);
}
