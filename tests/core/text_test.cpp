// UTF-8 checks on known bytes: 三座店镇 in UTF-8 and in GBK (C8 FD D7 F9 B5 EA D5 F2).
#include "landplan/text.hpp"

#include <gtest/gtest.h>

namespace landplan {
namespace {

const std::string kGbk = "\xC8\xFD\xD7\xF9\xB5\xEA\xD5\xF2";  // 三座店镇 in GBK (CP936)

TEST(Text, Utf8IsValidAndGbkIsNot) {
  EXPECT_TRUE(is_valid_utf8("三座店镇"));
  EXPECT_FALSE(is_valid_utf8(kGbk));
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));  // a UTF-16 surrogate, U+D800
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));      // an overlong '/'
}

TEST(Text, Latin1BytesBecomeTheirCharacters) {
  // 0xC8 is È (U+00C8, UTF-8 C3 88), 0xFD is ý (U+00FD, UTF-8 C3 BD).
  EXPECT_EQ(latin1_to_utf8("\xC8\xFD" "a"), "\xC3\x88\xC3\xBD" "a");
  EXPECT_TRUE(is_valid_utf8(latin1_to_utf8(kGbk)));
}

TEST(Text, ChineseCharactersAreTwoColumnsWide) {
  EXPECT_EQ(display_width("三座店镇"), 8u);
  EXPECT_EQ(display_width("村名 a1"), 7u);
}

TEST(Text, MessagesBecomeOneLine) {
  EXPECT_EQ(one_line("ERROR: x\nHINT: y\n"), "ERROR: x; HINT: y");
  EXPECT_EQ(one_line("a\r\n   b  "), "a; b");
}

}  // namespace
}  // namespace landplan
