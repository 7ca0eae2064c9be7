// String and ExactString forms, checked against go/constant (Go 1.19.8) outputs.
#include <gtest/gtest.h>

#include <string>

#include "compiler/constant/tests/test_util.h"

namespace vo::constant {
namespace {

using namespace testing;

struct Case {
  Value value;
  const char* shortForm;
  const char* exactForm;
};

// Each row: go/constant's String() and ExactString() for the same value, printed by Go 1.19.8.
TEST(Format, MatchesGoForFloats) {
  const Case cases[] = {
      {floatLit("1e100"), "1e+100", nullptr},
      {floatLit("1e1000"), "1e+1000", nullptr},
      {unaryOp(UnaryOp::Minus, floatLit("1e1000")), "-1e+1000", nullptr},
      {floatLit("1.0"), "1", "1"},
      {floatLit("0.1"), "0.1", "1/10"},
      {floatLit("1e-400"), "1e-400", nullptr},
      {floatLit("1e-1000"), "1e-1000", nullptr},
      {floatLit("123456789.0"), "1.23457e+08", "123456789"},
      {floatLit("3.14159265358979323846"), "3.14159", "157079632679489661923/50000000000000000000"},
      {floatLit("1e100000000"), "1e+100000000", nullptr},
      {floatLit("0x1p-2"), "0.25", "1/4"},
      {floatLit("0x1p10000"), "1.99506e+3010", "0x.8p+10001"},
      {floatLit("0x1p-10000"), "0.501237e-3010", "0x.8p-9999"},  // Go's approximation, quirks included
      {unaryOp(UnaryOp::Minus, floatLit("0x1.8p10000")), nullptr, "-0x.cp+10001"},
      {floatLit("0x1.8p1"), "3", "3"},
      {floatLit("1e6"), "1e+06", "1000000"},
      {floatLit("1e5"), "100000", "100000"},
      {floatLit("0.0001"), "0.0001", "1/10000"},
      {floatLit("0.00001"), "1e-05", "1/100000"},
      {floatLit("2.5e-7"), "2.5e-07", "1/4000000"},
      {floatLit("1e308"), "1e+308", nullptr},
      {floatLit("1e309"), "1e+309", nullptr},
      {floatLit("1e400"), "1e+400", nullptr},
      {floatLit("1e1234"), "1e+1234", nullptr},
      {floatLit("1e5000"), "1e+5000", nullptr},
      {floatLit("1e-5000"), "1e-5000", nullptr},
      {floatLit("1e-4000"), "1e-4000", nullptr},
      {floatLit("1e-10000"), "1e-10000", nullptr},
      {floatLit("0x1p-1074"), "4.94066e-324", nullptr},
      {floatLit("0x1p-1075"), "2.47033e-324", nullptr},
      {floatLit("1.5e-323"), "1.4822e-323", nullptr},
      {floatLit("12345678901234567890e-5"), "1.23457e+14", nullptr},
      {unaryOp(UnaryOp::Minus, floatLit("0.000012345")), "-1.2345e-05", nullptr},
      {floatLit("999999.5"), "1e+06", nullptr},
      {floatLit("9.999995e1000"), "1e+1001", nullptr},
      {floatLit("0x1p100000"), "9.99002e+30102", nullptr},
      {binaryOp(i64(1), BinaryOp::Quo, i64(3)), "0.333333", "1/3"},
      {binaryOp(i64(2), BinaryOp::Quo, i64(3)), "0.666667", "2/3"},
      {binaryOp(floatLit("1e5000"), BinaryOp::Quo, i64(3)), "3.33333e+4999", nullptr},
      {binaryOp(floatLit("1e5000"), BinaryOp::Mul, i64(-1)), "-1e+5000", nullptr},
      {makeFloat64(1.5), "1.5", nullptr},
      {makeFloat64(100000000), "1e+08", nullptr},
      {makeFloat64(1234567), "1.23457e+06", nullptr},
  };
  for (const Case& c : cases) {
    if (c.shortForm) {
      EXPECT_EQ(c.value.toString(), c.shortForm) << c.value.exactString();
    }
    if (c.exactForm) {
      EXPECT_EQ(c.value.exactString(), c.exactForm) << c.value.toString();
    }
  }
}

TEST(Format, MatchesGoForOtherKinds) {
  const Case cases[] = {
      {imagLit("1i"), "(0 + 1i)", "(0 + 1i)"},
      {imagLit("2.5i"), "(0 + 2.5i)", "(0 + 5/2i)"},
      {binaryOp(i64(1), BinaryOp::Add, imagLit("2.5i")), "(1 + 2.5i)", "(1 + 5/2i)"},
      {binaryOp(floatLit("1.5"), BinaryOp::Add, imagLit("2.5i")), "(1.5 + 2.5i)", nullptr},
      {intLit("0x_1F"), "31", "31"},
      {runeLit("'\\t'"), "9", "9"},
      {makeBool(true), "true", "true"},
      {makeBool(false), "false", "false"},
      {Value(), "unknown", "unknown"},
      {stringLit("\"a\\tb\\u00e9\\xff\\n\""), "\"a\\tb\xc3\xa9\\xff\\n\"", "\"a\\tb\xc3\xa9\\xff\\n\""},
      {stringLit("`a\r\nb`"), "\"a\\nb\"", "\"a\\nb\""},
      {stringLit("\"\\a\\b\\f\\v\\x00\\u00a0\\u200b\\U0001F600\""),
       "\"\\a\\b\\f\\v\\x00\\u00a0\\u200b\xf0\x9f\x98\x80\"", nullptr},
      {makeString("tab\there\x01\x7f\u00ad\u2028\ufeff\U000E0001\U0010FFFF"),
       "\"tab\\there\\x01\\x7f\\u00ad\\u2028\\ufeff\\U000e0001\\U0010ffff\"", nullptr},
      {makeString("\xff\xfe"), nullptr, "\"\\xff\\xfe\""},
      {makeString("q\"\\"), "\"q\\\"\\\\\"", nullptr},
  };
  for (const Case& c : cases) {
    if (c.shortForm) {
      EXPECT_EQ(c.value.toString(), c.shortForm);
    }
    if (c.exactForm) {
      EXPECT_EQ(c.value.exactString(), c.exactForm);
    }
  }
}

TEST(Format, LongStringsAreShortenedTo72Characters) {
  std::string ab;
  for (int i = 0; i < 40; ++i) ab += "ab";
  EXPECT_EQ(makeString(ab).toString(), "\"" + ab.substr(0, 68) + "...");
  EXPECT_EQ(makeString(ab).exactString(), "\"" + ab + "\"");
  std::string e;
  for (int i = 0; i < 100; ++i) e += "\xc3\xa9";  // é counts as one character
  EXPECT_EQ(makeString(e).toString(), "\"" + e.substr(0, 2 * 68) + "...");
  EXPECT_EQ(
      makeString(std::string(30, '\0')).toString(), "\"" + [] {
        std::string s;
        for (int i = 0; i < 17; ++i) s += "\\x00";
        return s;
      }() + "...");
  std::string exact70(70, 'x');  // quoted: 72 characters, not shortened
  EXPECT_EQ(makeString(exact70).toString(), "\"" + exact70 + "\"");
}

TEST(Format, QuoteFollowsStrconv) {
  EXPECT_EQ(quote(""), "\"\"");
  EXPECT_EQ(quote("\xe4\xb8\x96"), "\"\xe4\xb8\x96\"");
  EXPECT_EQ(quote("\xed\xa0\x80"), "\"\\xed\\xa0\\x80\"");  // encoded surrogate: invalid bytes
  EXPECT_EQ(quote("\x85"), "\"\\x85\"");
  EXPECT_EQ(quote("\xc2\x85"), "\"\\u0085\"");  // U+0085 is a control character
}

}  // namespace
}  // namespace vo::constant
