// strconv's core conversions against Go 1.19: expected values are what `go run` printed for the same calls.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "stdlib/strconv/strconv_core.h"

namespace vo::stdlib::strconv {
namespace {

std::string ff(double v, char f, int prec, int bits) {
  std::string s;
  appendFloat(s, v, f, prec, bits);
  return s;
}

TEST(StrconvCore, FormatFloat) {
  // strconv.FormatFloat(v, fmt, prec, bitSize)
  EXPECT_EQ(ff(1.5, 'f', -1, 64), "1.5");
  EXPECT_EQ(ff(0.1, 'g', -1, 32), "0.1");
  EXPECT_EQ(ff(1e21, 'f', -1, 64), "1000000000000000000000");
  EXPECT_EQ(ff(123.456, 'e', 3, 64), "1.235e+02");
  EXPECT_EQ(ff(123.456, 'g', 10, 64), "123.456");
  EXPECT_EQ(ff(M_PI, 'f', 20, 64), "3.14159265358979311600");
  EXPECT_EQ(ff(1e-10, 'g', -1, 64), "1e-10");
  EXPECT_EQ(ff(-2.5, 'E', -1, 64), "-2.5E+00");
  EXPECT_EQ(ff(3.0, 'x', -1, 64), "0x1.8p+01");
  EXPECT_EQ(ff(1.0 / 3, 'G', 4, 64), "0.3333");
  EXPECT_EQ(ff(100, 'g', 2, 64), "1e+02");
  EXPECT_EQ(ff(0.5, 'f', 0, 64), "0");
  EXPECT_EQ(ff(1.5, 'f', 0, 64), "2");
  EXPECT_EQ(ff(static_cast<float>(3.4), 'g', -1, 32), "3.4");
  EXPECT_EQ(ff(1e23, 'g', -1, 64), "1e+23");
  EXPECT_EQ(ff(std::nan(""), 'g', -1, 64), "NaN");
  EXPECT_EQ(ff(-HUGE_VAL, 'f', 2, 64), "-Inf");
}

struct IntCase {
  const char* s;
  int base, bits;
  int64_t want;
  ParseErrorKind err;
};

TEST(StrconvCore, ParseInt) {
  // strconv.ParseInt(s, base, bitSize)
  const IntCase cases[] = {
      {"12", 0, 64, 12, ParseErrorKind::Ok},
      {"-12", 0, 64, -12, ParseErrorKind::Ok},
      {"+5", 0, 64, 5, ParseErrorKind::Ok},
      {"0x1F", 0, 64, 31, ParseErrorKind::Ok},
      {"0b101", 0, 64, 5, ParseErrorKind::Ok},
      {"0o17", 0, 64, 15, ParseErrorKind::Ok},
      {"017", 0, 64, 15, ParseErrorKind::Ok},
      {"1_000", 0, 64, 1000, ParseErrorKind::Ok},
      {"_1", 0, 64, 0, ParseErrorKind::Syntax},
      {"9223372036854775807", 0, 64, INT64_MAX, ParseErrorKind::Ok},
      {"9223372036854775808", 0, 64, INT64_MAX, ParseErrorKind::Range},
      {"-9223372036854775809", 0, 64, INT64_MIN, ParseErrorKind::Range},
      {"abc", 0, 64, 0, ParseErrorKind::Syntax},
      {"", 0, 64, 0, ParseErrorKind::Syntax},
      {"300", 10, 8, 127, ParseErrorKind::Range},
      {"-129", 10, 8, -128, ParseErrorKind::Range},
      {"127", 10, 8, 127, ParseErrorKind::Ok},
      {"1_000", 10, 64, 0, ParseErrorKind::Syntax},
  };
  for (const IntCase& c : cases) {
    int64_t v;
    EXPECT_EQ(parseInt(c.s, c.base, c.bits, &v), c.err) << c.s;
    EXPECT_EQ(v, c.want) << c.s;
  }
}

TEST(StrconvCore, ParseFloat) {
  // strconv.ParseFloat(s, 64)
  struct Case {
    const char* s;
    double want;
    ParseErrorKind err;
  } cases[] = {
      {"1.5", 1.5, ParseErrorKind::Ok},         {"1e400", HUGE_VAL, ParseErrorKind::Range},
      {"-1e400", -HUGE_VAL, ParseErrorKind::Range}, {"1e-400", 0, ParseErrorKind::Ok},
      {"inf", HUGE_VAL, ParseErrorKind::Ok},    {"-Infinity", -HUGE_VAL, ParseErrorKind::Ok},
      {"0x1p-2", 0.25, ParseErrorKind::Ok},     {"1_0.5", 10.5, ParseErrorKind::Ok},
      {"0x_1p0", 1, ParseErrorKind::Ok},        {".5", 0.5, ParseErrorKind::Ok},
      {"5.", 5, ParseErrorKind::Ok},            {"e5", 0, ParseErrorKind::Syntax},
      {"1e", 0, ParseErrorKind::Syntax},        {"abc", 0, ParseErrorKind::Syntax},
      {"+3.25e+2", 325, ParseErrorKind::Ok},    {"0x1.8p1", 3, ParseErrorKind::Ok},
  };
  for (const Case& c : cases) {
    double v;
    EXPECT_EQ(parseFloat(c.s, 64, &v), c.err) << c.s;
    if (c.err != ParseErrorKind::Syntax) {
      EXPECT_EQ(v, c.want) << c.s;
    }
  }
  double nan;
  EXPECT_EQ(parseFloat("nan", 64, &nan), ParseErrorKind::Ok);
  EXPECT_TRUE(std::isnan(nan));
}

TEST(StrconvCore, QuoteAndUnquote) {
  // strconv.Quote("héllo\x00\t\u00a0\U0001F600\xff"), QuoteToASCII("héllo😀"), QuoteRune('☺'), QuoteRune(0x7f)
  std::string q;
  std::string in("h\xC3\xA9llo\0\t\xC2\xA0\xF0\x9F\x98\x80\xFF", 15);
  appendQuote(q, in);
  EXPECT_EQ(q, "\"h\xC3\xA9llo\\x00\\t\\u00a0\xF0\x9F\x98\x80\\xff\"");
  q.clear();
  appendQuote(q, "h\xC3\xA9llo\xF0\x9F\x98\x80", true);
  EXPECT_EQ(q, "\"h\\u00e9llo\\U0001f600\"");
  q.clear();
  appendQuoteRune(q, 0x263A);
  EXPECT_EQ(q, "'\xE2\x98\xBA'");
  q.clear();
  appendQuoteRune(q, 0x7f);
  EXPECT_EQ(q, "'\\x7f'");
  std::string out;
  EXPECT_TRUE(unquote("\"a\\tb\\u00e9\\x41\"", &out));
  EXPECT_EQ(out, "a\tb\xC3\xA9" "A");
  EXPECT_FALSE(unquote("\"abc", &out));
}

}  // namespace
}  // namespace vo::stdlib::strconv
