// Literal values: every Go literal form, the unquoting functions, and hostile inputs.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "compiler/constant/tests/test_util.h"

namespace vo::constant {
namespace {

using namespace testing;

TEST(Literal, IntegersInEveryBase) {
  EXPECT_EQ(intLit("42").exactString(), "42");
  EXPECT_EQ(intLit("0").exactString(), "0");
  EXPECT_EQ(intLit("0x_1F").exactString(), "31");
  EXPECT_EQ(intLit("0XfF").exactString(), "255");
  EXPECT_EQ(intLit("0b1010").exactString(), "10");
  EXPECT_EQ(intLit("0B_1").exactString(), "1");
  EXPECT_EQ(intLit("0o17").exactString(), "15");
  EXPECT_EQ(intLit("0O17").exactString(), "15");
  EXPECT_EQ(intLit("017").exactString(), "15");  // legacy octal
  EXPECT_EQ(intLit("00").exactString(), "0");
  EXPECT_EQ(intLit("1_000_000").exactString(), "1000000");
  EXPECT_EQ(intLit("123456789012345678901234567890").exactString(), "123456789012345678901234567890");
  EXPECT_EQ(intLit("0xFFFFFFFFFFFFFFFF").exactString(), "18446744073709551615");
  EXPECT_EQ(intLit("42").kind(), Kind::Int);
}

TEST(Literal, MalformedIntegersAreUnknown) {
  for (const char* s : {"08", "0x", "0b", "0b2", "0o8", "12a", "", "1.5", "-1", "0x1p2"}) {
    EXPECT_TRUE(intLit(s).isUnknown()) << s;
  }
}

TEST(Literal, DecimalFloatsAreExactFractions) {
  EXPECT_EQ(floatLit("0.1").exactString(), "1/10");
  EXPECT_EQ(floatLit("1.0").exactString(), "1");
  EXPECT_EQ(floatLit("1.0").kind(), Kind::Float);
  EXPECT_EQ(floatLit(".5").exactString(), "1/2");
  EXPECT_EQ(floatLit("1.").exactString(), "1");
  EXPECT_EQ(floatLit("2.5e-7").exactString(), "1/4000000");
  EXPECT_EQ(floatLit("1E3").exactString(), "1000");
  EXPECT_EQ(floatLit("1e+3").exactString(), "1000");
  EXPECT_EQ(floatLit("0777.5").exactString(), "1555/2");  // leading zeros are decimal in floats
  EXPECT_EQ(floatLit("1_0.2_5").exactString(), "41/4");
  EXPECT_EQ(floatLit("3.14159265358979323846").exactString(), "157079632679489661923/50000000000000000000");
  // 1e1000 is still a fraction (3322 bits < 4096).
  EXPECT_EQ(floatLit("1e1000").exactString(), "1" + std::string(1000, '0'));
}

TEST(Literal, HexadecimalFloats) {
  EXPECT_EQ(floatLit("0x1p-2").exactString(), "1/4");
  EXPECT_EQ(floatLit("0x1.8p1").exactString(), "3");
  EXPECT_EQ(floatLit("0X.8P0").exactString(), "1/2");
  EXPECT_EQ(floatLit("0x_1p+4").exactString(), "16");
  EXPECT_EQ(floatLit("0x1p10000").exactString(), "0x.8p+10001");  // beyond the fraction limit: binary float
}

TEST(Literal, MalformedFloatsAreUnknown) {
  for (const char* s : {"", ".", "1e", "1e+", "0x", "0xp1", "1.5x", "e5", "0x1p"}) {
    EXPECT_TRUE(floatLit(s).isUnknown()) << s;
  }
}

TEST(Literal, ImaginaryNumbers) {
  EXPECT_EQ(imagLit("1i").exactString(), "(0 + 1i)");
  EXPECT_EQ(imagLit("0i").exactString(), "(0 + 0i)");
  EXPECT_EQ(imagLit("0x1p2i").exactString(), "(0 + 4i)");
  EXPECT_EQ(imagLit("2.5i").exactString(), "(0 + 5/2i)");
  EXPECT_EQ(imagLit("0123i").exactString(), "(0 + 123i)");  // decimal for backward compatibility
  EXPECT_EQ(imagLit("0b101i").exactString(), "(0 + 5i)");
  EXPECT_EQ(imagLit("0o17i").exactString(), "(0 + 15i)");
  EXPECT_EQ(imagLit("0x10i").exactString(), "(0 + 16i)");
  EXPECT_EQ(imagLit("1e3i").kind(), Kind::Complex);
  EXPECT_TRUE(imagLit("1").isUnknown());
  EXPECT_TRUE(imagLit("i").isUnknown());
}

TEST(Literal, RunesWithEveryEscape) {
  struct Case {
    const char* text;
    int64_t value;
  } cases[] = {
      {"'a'", 'a'},     {"'\\x41'", 0x41}, {"'\\u00e9'", 0xE9}, {"'\\377'", 255},
      {"'\\''", '\''},  {"'\\\\'", '\\'},  {"'\\a'", 7},        {"'\\b'", 8},
      {"'\\f'", 12},    {"'\\n'", 10},     {"'\\r'", 13},       {"'\\t'", 9},
      {"'\\v'", 11},    {"'\\000'", 0},    {"'é'", 0xE9},       {"'\\U0010FFFF'", 0x10FFFF},
      {"'世'", 0x4E16}, {"'\\xff'", 255},
  };
  for (const Case& c : cases) {
    auto [v, exact] = int64Val(runeLit(c.text));
    EXPECT_TRUE(exact) << c.text;
    EXPECT_EQ(v, c.value) << c.text;
  }
}

TEST(Literal, MalformedRunesAreUnknown) {
  for (const char* s : {"''", "'ab'", "'\\\"'", "'\\400'", "'\\uD800'", "'\\U00110000'", "'\\x4'", "'\\q'", "'a", "a'",
                        "'\n'", "'\\'"}) {
    EXPECT_TRUE(runeLit(s).isUnknown()) << s;
  }
}

TEST(Literal, InterpretedStrings) {
  EXPECT_EQ(stringVal(stringLit("\"a\\tb\\u00e9\\xff\\n\"")), "a\tb\xc3\xa9\xff\n");
  EXPECT_EQ(stringVal(stringLit("\"\\\"q\\\\\"")), "\"q\\");
  EXPECT_EQ(stringVal(stringLit("\"\\101\\x42\\U0001F600\"")), "AB\xf0\x9f\x98\x80");
  EXPECT_EQ(stringVal(stringLit("\"\"")), "");
  EXPECT_EQ(stringVal(stringLit("\"\xff\"")), "\xef\xbf\xbd");  // invalid UTF-8 becomes U+FFFD, as strconv does
  EXPECT_EQ(stringLit("\"x\"").kind(), Kind::String);
}

TEST(Literal, RawStringsDropCarriageReturns) {
  EXPECT_EQ(stringVal(stringLit("`a\r\nb`")), "a\nb");
  EXPECT_EQ(stringVal(stringLit("`\\n\"`")), "\\n\"");
  EXPECT_EQ(stringVal(stringLit("``")), "");
}

TEST(Literal, MalformedStringsAreUnknown) {
  for (const char* s :
       {"\"", "\"abc", "abc\"", "\"\\'\"", "\"a\nb\"", "\"\\x\"", "\"\\8\"", "\"a\"b\"", "`a`b`", "'a'"}) {
    EXPECT_TRUE(stringLit(s).isUnknown()) << s;
  }
}

TEST(Unquote, StandaloneFunctions) {
  EXPECT_EQ(unquoteString("\"\\u4e16\""), std::optional<std::string>("\xe4\xb8\x96"));
  EXPECT_EQ(unquoteString("`raw`"), std::optional<std::string>("raw"));
  EXPECT_FALSE(unquoteString("\"\\z\"").has_value());
  EXPECT_EQ(unquoteRune("'\\u00e9'"), std::optional<char32_t>(0xE9));
  EXPECT_FALSE(unquoteRune("'\\\"'").has_value());
  EXPECT_EQ(unquoteRune("'\"'"), std::optional<char32_t>('"'));
}

TEST(Literal, HugeExponentsDoNotHang) {
  auto start = std::chrono::steady_clock::now();
  Value big = floatLit("1e100000000");
  EXPECT_EQ(big.kind(), Kind::Float);
  EXPECT_EQ(big.toString(), "1e+100000000");
  EXPECT_EQ(floatLit("1e-100000000").toString(), "1e-100000000");
  EXPECT_TRUE(floatLit("1e99999999999").isUnknown());  // exponent beyond 32 bits
  EXPECT_TRUE(floatLit("1e-99999999999").isUnknown());
  EXPECT_TRUE(floatLit("1e999999999999999999999999999999").isUnknown());
  EXPECT_TRUE(floatLit("1e1000000000").isUnknown());  // overflows the binary float
  EXPECT_TRUE(floatLit("0x1p2147483647").isUnknown());
  EXPECT_EQ(floatLit("1e-1000000000").exactString(), "0");  // underflows to 0
  EXPECT_TRUE(imagLit("1e99999999999i").isUnknown());
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(Literal, TenThousandDigitLiterals) {
  std::string digits(10000, '7');
  Value i = intLit(digits);
  ASSERT_EQ(i.kind(), Kind::Int);
  EXPECT_EQ(i.exactString(), digits);
  Value f = floatLit(digits + ".5");  // beyond the fraction limit: a 512-bit binary float
  ASSERT_EQ(f.kind(), Kind::Float);
  EXPECT_EQ(f.toString(), "7.77778e+9999");
  Value small = floatLit("0." + digits);
  ASSERT_EQ(small.kind(), Kind::Float);
  EXPECT_EQ(small.toString(), "0.777778");
  EXPECT_TRUE(eq(floatLit(digits + "e-10000"), floatLit("0." + digits)));
}

}  // namespace
}  // namespace vo::constant

namespace vo::constant {
namespace {

using namespace testing;

TEST(Literal, ExponentsNearTheBinaryFloatLimits) {
  auto start = std::chrono::steady_clock::now();
  // Boost's binary exponent ends 1024 below 2^31 (Go's big.Float goes to 2^31-1, so Go still accepts
  // 1e646456992); both reject 1e646456993.
  EXPECT_EQ(floatLit("1e646456000").toString(), "1e+646456000");
  EXPECT_TRUE(floatLit("1e646456993").isUnknown());
  EXPECT_EQ(floatLit("0x1p-2147483648").exactString(), "0");
  EXPECT_EQ(floatLit("1e-2147483648").exactString(), "0");
  EXPECT_EQ(floatLit("0e123").exactString(), "0");
  EXPECT_TRUE(binaryOp(floatLit("1e600000000"), BinaryOp::Mul, floatLit("1e600000000")).isUnknown());
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

// Random byte strings from the alphabet of literals, as every kind of literal, then combined by every operator:
// nothing crashes or hangs, and malformed text is Unknown.
TEST(Literal, RandomInputsNeverCrash) {
  const std::string alphabet = "0123456789abcdefxXoObBpPeEi._+-'\"`\\uUn\r\n\xc3\xa9\xff";
  uint64_t seed = 0x9E3779B97F4A7C15ull;
  auto next = [&] {
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return seed;
  };
  std::vector<Value> pool;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    size_t len = next() % 12;
    for (size_t k = 0; k < len; ++k) text += alphabet[next() % alphabet.size()];
    auto kind = static_cast<LiteralKind>(next() % 5);
    Value v = makeFromLiteral(text, kind);
    (void)v.toString();
    (void)v.exactString();
    if (!v.isUnknown() && pool.size() < 64) pool.push_back(v);
  }
  ASSERT_FALSE(pool.empty());
  for (const Value& x : pool) {
    for (const Value& y : pool) {
      for (int op = 0; op <= static_cast<int>(BinaryOp::LogicalOr); ++op) {
        Value z = binaryOp(x, static_cast<BinaryOp>(op), y);
        (void)z.toString();
      }
      for (int op = 0; op <= static_cast<int>(CompareOp::Geq); ++op) (void)compare(x, static_cast<CompareOp>(op), y);
    }
    for (int op = 0; op <= static_cast<int>(UnaryOp::Not); ++op) (void)unaryOp(static_cast<UnaryOp>(op), x, 8);
    for (int k = 0; k <= static_cast<int>(BasicKind::UntypedNil); ++k) {
      Value r;
      (void)representable(x, static_cast<BasicKind>(k), &r);
    }
    (void)shift(x, ShiftOp::Left, 70);
    (void)shift(x, ShiftOp::Right, 3);
    (void)float64Val(x);
    (void)toInt(x);
  }
}

}  // namespace
}  // namespace vo::constant
