// Strings: concatenation, comparison, and conversions with Go's UTF-8 rules.
#include <gtest/gtest.h>

#include <string>

#include "runtime-core/runtime.h"
#include "runtime-core/tests/test_types.h"

namespace vo::rt {
namespace {

std::string str(String s) { return std::string(s.view()); }

// A string whose bytes are not in the GC heap (like a Module constant), so tests need not pin it.
template <size_t N>
String lit(const char (&s)[N]) {
  return {reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(N - 1)};
}

TEST(StringTest, ConcatAllocatesANewString) {
  String a = makeString("foo");
  GcRoot pinA(&a.ptr);
  String b = makeString("bar");
  GcRoot pinB(&b.ptr);
  String c = stringConcat(a, b);
  EXPECT_EQ(str(c), "foobar");
  EXPECT_EQ(str(stringConcat(String{}, a)), "foo");
  EXPECT_EQ(stringConcat(a, String{}).ptr, a.ptr);
}

TEST(StringTest, CompareIsBytewise) {
  EXPECT_LT(stringCompare(lit("ab"), lit("abc")), 0);
  EXPECT_GT(stringCompare(lit("b"), lit("abc")), 0);
  EXPECT_EQ(stringCompare(lit("abc"), makeString("abc")), 0);
  EXPECT_GT(stringCompare(lit("\xff"), lit("a")), 0);  // unsigned bytes
  EXPECT_EQ(stringCompare(String{}, String{}), 0);
}

TEST(StringTest, RuneConversionsReplaceInvalidWithFFFD) {
  EXPECT_EQ(str(stringFromRune('A')), "A");
  EXPECT_EQ(str(stringFromRune(0x4e16)), "\xe4\xb8\x96");
  EXPECT_EQ(str(stringFromRune(0x1F600)), "\xf0\x9f\x98\x80");
  EXPECT_EQ(str(stringFromRune(-1)), "\xef\xbf\xbd");
  EXPECT_EQ(str(stringFromRune(0xD800)), "\xef\xbf\xbd");
  EXPECT_EQ(str(stringFromRune(0x110000)), "\xef\xbf\xbd");
  EXPECT_EQ(str(stringFromRune((int64_t{1} << 32) + 65)), "\xef\xbf\xbd");  // Go: int64(rune(v)) != v
}

TEST(StringTest, RunesFromStringDecodesInvalidBytesOneAtATime) {
  // "a" + invalid byte + "é" + truncated 3-byte sequence
  Slice r = runesFromString(lit("a\xff\xc3\xa9\xe4\xb8"));
  GcRoot pin(&r.ptr);
  ASSERT_EQ(r.len, 5);
  auto* p = static_cast<int32_t*>(r.ptr);
  EXPECT_EQ(p[0], 'a');
  EXPECT_EQ(p[1], 0xFFFD);
  EXPECT_EQ(p[2], 0xE9);
  EXPECT_EQ(p[3], 0xFFFD);
  EXPECT_EQ(p[4], 0xFFFD);
  EXPECT_EQ(str(stringFromRunes(r)), "a\xef\xbf\xbd\xc3\xa9\xef\xbf\xbd\xef\xbf\xbd");
}

TEST(StringTest, DecodeRuneWidths) {
  String s = makeString("x\xe4\xb8\x96\xed\xa0\x80");  // 'x', U+4E16, encoded surrogate (invalid)
  int64_t r, w;
  decodeRune(s, 0, &r, &w);
  EXPECT_EQ(r, 'x'); EXPECT_EQ(w, 1);
  decodeRune(s, 1, &r, &w);
  EXPECT_EQ(r, 0x4e16); EXPECT_EQ(w, 3);
  decodeRune(s, 4, &r, &w);
  EXPECT_EQ(r, 0xFFFD); EXPECT_EQ(w, 1);
}

TEST(StringTest, BytesRoundTrip) {
  Slice b = bytesFromString(lit("hello"));
  GcRoot pin(&b.ptr);
  EXPECT_EQ(b.len, 5);
  EXPECT_EQ(b.cap, 8);  // roundupsize(5), as Go's rawbyteslice
  static_cast<uint8_t*>(b.ptr)[0] = 'j';
  EXPECT_EQ(str(stringFromBytes(b)), "jello");
  Slice e = bytesFromString(String{});
  EXPECT_NE(e.ptr, nullptr);  // []byte("") is not nil
  EXPECT_EQ(e.len, 0);
}

}  // namespace
}  // namespace vo::rt
