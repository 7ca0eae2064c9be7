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

// Short concatenations are assembled in registers from the aligned words around each operand: every length up to
// 16 and beyond, at every alignment of either operand (substrings of a buffer), with bytes around them that must
// not leak in.
TEST(StringTest, ConcatEveryShortLengthAndAlignment) {
  alignas(8) uint8_t buf[64];
  for (size_t i = 0; i < sizeof buf; ++i) buf[i] = static_cast<uint8_t>(0xA0 + i);
  for (int64_t la = 1; la <= 18; ++la)
    for (int64_t lb = 1; lb <= 18; ++lb)
      for (int64_t oa = 0; oa < 8; ++oa)
        for (int64_t ob = 0; ob < 8; ob += 3) {
          String a{buf + oa, la}, b{buf + 20 + ob, lb};
          String c = stringConcat(a, b);
          std::string want = str(a) + str(b);
          ASSERT_EQ(str(c), want) << la << " " << lb << " " << oa << " " << ob;
          ASSERT_TRUE(stringsEqual(c, String{reinterpret_cast<const uint8_t*>(want.data()),
                                             static_cast<int64_t>(want.size())}));
        }
}

// bytesEqual and loadShortBytes at every length and alignment: equal ranges, and ranges differing in one byte.
TEST(StringTest, ShortBytesEqualAtEveryAlignment) {
  alignas(8) uint8_t x[48], y[48];
  for (size_t i = 0; i < sizeof x; ++i) x[i] = y[i] = static_cast<uint8_t>(i * 7 + 1);
  for (size_t n = 0; n <= 20; ++n)
    for (size_t ox = 0; ox < 8; ++ox)
      for (size_t oy = 0; oy < 8; ++oy) {
        // Same contents at different addresses: copy x's range to y at offset oy.
        for (size_t i = 0; i < n; ++i) y[oy + i] = x[ox + i];
        y[oy + n] = static_cast<uint8_t>(x[ox + n] + 1);  // the byte after differs
        if (oy > 0) y[oy - 1] = static_cast<uint8_t>(x[ox > 0 ? ox - 1 : 0] + 1);  // and the byte before
        ASSERT_TRUE(bytesEqual(x + ox, y + oy, n)) << n << " " << ox << " " << oy;
        if (n <= 16) {
          ASSERT_TRUE(loadShortBytes(x + ox, n) == loadShortBytes(y + oy, n));
        }
        for (size_t k = 0; k < n; ++k) {
          y[oy + k] ^= 0x10;
          ASSERT_FALSE(bytesEqual(x + ox, y + oy, n)) << n << " " << ox << " " << oy << " " << k;
          y[oy + k] ^= 0x10;
        }
      }
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
