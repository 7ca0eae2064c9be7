// Representability of constants in each basic type, with the rounded values (Go spec "Representability").
#include <gtest/gtest.h>

#include <string>

#include "compiler/constant/tests/test_util.h"

namespace vo::constant {
namespace {

using namespace testing;

struct IntRange {
  BasicKind kind;
  const char* min;
  const char* max;
};

TEST(Representable, BoundaryValuesOfEveryIntegerKind) {
  const IntRange ranges[] = {
      {BasicKind::Int8, "-128", "127"},
      {BasicKind::Int16, "-32768", "32767"},
      {BasicKind::Int32, "-2147483648", "2147483647"},
      {BasicKind::Int64, "-9223372036854775808", "9223372036854775807"},
      {BasicKind::Int, "-9223372036854775808", "9223372036854775807"},
      {BasicKind::Uint8, "0", "255"},
      {BasicKind::Uint16, "0", "65535"},
      {BasicKind::Uint32, "0", "4294967295"},
      {BasicKind::Uint64, "0", "18446744073709551615"},
      {BasicKind::Uint, "0", "18446744073709551615"},
      {BasicKind::Uintptr, "0", "18446744073709551615"},
  };
  for (const IntRange& r : ranges) {
    Value min = makeInt(BigInt(r.min)), max = makeInt(BigInt(r.max));
    Value below = binaryOp(min, BinaryOp::Sub, i64(1)), above = binaryOp(max, BinaryOp::Add, i64(1));
    EXPECT_TRUE(representable(min, r.kind)) << r.min;
    EXPECT_TRUE(representable(max, r.kind)) << r.max;
    EXPECT_FALSE(representable(below, r.kind)) << r.min << " - 1";
    EXPECT_FALSE(representable(above, r.kind)) << r.max << " + 1";
  }
}

TEST(Representable, NamedIntegerCases) {
  EXPECT_FALSE(representable(shift(i64(1), ShiftOp::Left, 63), BasicKind::Int64));
  EXPECT_TRUE(representable(shift(i64(1), ShiftOp::Left, 63), BasicKind::Uint64));
  EXPECT_FALSE(representable(i64(-1), BasicKind::Uint));
  EXPECT_FALSE(representable(i64(256), BasicKind::Uint8));
  EXPECT_TRUE(representable(shift(i64(1), ShiftOp::Left, 1000), BasicKind::UntypedInt));
  EXPECT_TRUE(representable(runeLit("'\\U0010FFFF'"), BasicKind::Int32));
}

TEST(Representable, IntegralFloatsConvertToIntegers) {
  Value rounded;
  EXPECT_TRUE(representable(floatLit("3.0"), BasicKind::Int8, &rounded));
  EXPECT_EQ(rounded.kind(), Kind::Int);
  EXPECT_EQ(rounded.exactString(), "3");
  EXPECT_FALSE(representable(floatLit("3.5"), BasicKind::Int));  // truncated
  EXPECT_FALSE(representable(floatLit("1e100"), BasicKind::Int64));
  Value one = binaryOp(binaryOp(floatLit("1.0"), BinaryOp::Quo, i64(3)), BinaryOp::Mul, i64(3));
  EXPECT_TRUE(representable(one, BasicKind::Int, &rounded));
  EXPECT_EQ(rounded.exactString(), "1");
  EXPECT_TRUE(representable(imagLit("0i"), BasicKind::Uint8, &rounded));  // complex with zero imaginary part
  EXPECT_EQ(rounded.exactString(), "0");
  EXPECT_FALSE(representable(imagLit("1i"), BasicKind::Int));
}

TEST(Representable, Float64RoundsToNearest) {
  Value rounded;
  ASSERT_TRUE(representable(floatLit("0.1"), BasicKind::Float64, &rounded));
  EXPECT_EQ(rounded.exactString(), "3602879701896397/36028797018963968");
  ASSERT_TRUE(representable(floatLit("1e-400"), BasicKind::Float64, &rounded));  // underflow is not overflow
  EXPECT_EQ(rounded.exactString(), "0");
  ASSERT_TRUE(representable(floatLit("0x1p-1074"), BasicKind::Float64, &rounded));
  EXPECT_TRUE(eq(rounded, floatLit("0x1p-1074")));
  ASSERT_TRUE(representable(floatLit("0x1.8p-1075"), BasicKind::Float64, &rounded));  // rounds up to the minimum
  EXPECT_TRUE(eq(rounded, floatLit("0x1p-1074")));
  ASSERT_TRUE(representable(i64(9007199254740993), BasicKind::Float64, &rounded));
  EXPECT_EQ(rounded.exactString(), "9007199254740992");
  EXPECT_TRUE(representable(floatLit("1.7976931348623157e308"), BasicKind::Float64));
  EXPECT_FALSE(representable(floatLit("1e309"), BasicKind::Float64));
  EXPECT_FALSE(representable(unaryOp(UnaryOp::Minus, floatLit("1e309")), BasicKind::Float64));
  EXPECT_FALSE(representable(floatLit("1e10000"), BasicKind::Float64));
  EXPECT_TRUE(representable(floatLit("1e-10000"), BasicKind::Float64));
  // MaxFloat64 + half an ulp rounds to even, which is past the largest finite value.
  Value maxPlusHalfUlp = floatLit("0x1.fffffffffffff8p1023");
  EXPECT_FALSE(representable(maxPlusHalfUlp, BasicKind::Float64));
  EXPECT_TRUE(representable(floatLit("0x1.fffffffffffff7p1023"), BasicKind::Float64, &rounded));
  EXPECT_TRUE(eq(rounded, floatLit("0x1.fffffffffffffp1023")));
}

TEST(Representable, Float32RoundsAndOverflows) {
  Value rounded;
  ASSERT_TRUE(representable(floatLit("0.1"), BasicKind::Float32, &rounded));
  EXPECT_EQ(rounded.exactString(), "13421773/134217728");
  ASSERT_TRUE(representable(i64(16777217), BasicKind::Float32, &rounded));
  EXPECT_EQ(rounded.exactString(), "16777216");
  EXPECT_TRUE(representable(floatLit("3.4028234663852886e38"), BasicKind::Float32));
  EXPECT_FALSE(representable(floatLit("3.5e38"), BasicKind::Float32));
  EXPECT_FALSE(representable(floatLit("1e39"), BasicKind::Float32));
  ASSERT_TRUE(representable(floatLit("1e-50"), BasicKind::Float32, &rounded));
  EXPECT_EQ(rounded.exactString(), "0");
  ASSERT_TRUE(representable(floatLit("0x1p-149"), BasicKind::Float32, &rounded));
  EXPECT_TRUE(eq(rounded, floatLit("0x1p-149")));
}

TEST(Representable, ComplexKindsRoundBothParts) {
  Value rounded;
  Value z = binaryOp(floatLit("0.1"), BinaryOp::Add, imagLit("0.1i"));
  ASSERT_TRUE(representable(z, BasicKind::Complex64, &rounded));
  EXPECT_EQ(rounded.exactString(), "(13421773/134217728 + 13421773/134217728i)");
  EXPECT_TRUE(representable(i64(1), BasicKind::Complex128, &rounded));
  EXPECT_EQ(rounded.exactString(), "(1 + 0i)");
  EXPECT_FALSE(representable(imagLit("1e39i"), BasicKind::Complex64));
  EXPECT_TRUE(representable(imagLit("1e39i"), BasicKind::Complex128));
  EXPECT_TRUE(representable(imagLit("1e400i"), BasicKind::UntypedComplex));
}

TEST(Representable, NonNumericAndUntypedKinds) {
  Value rounded;
  EXPECT_TRUE(representable(makeString("s"), BasicKind::String));
  EXPECT_TRUE(representable(makeString("s"), BasicKind::UntypedString));
  EXPECT_FALSE(representable(i64(1), BasicKind::String));
  EXPECT_TRUE(representable(makeBool(true), BasicKind::Bool));
  EXPECT_FALSE(representable(makeBool(true), BasicKind::Int));
  EXPECT_FALSE(representable(makeString("1"), BasicKind::UntypedInt));
  EXPECT_TRUE(representable(i64(1), BasicKind::UntypedFloat, &rounded));
  EXPECT_EQ(rounded.kind(), Kind::Float);
  EXPECT_TRUE(representable(floatLit("2.0"), BasicKind::UntypedRune, &rounded));
  EXPECT_EQ(rounded.kind(), Kind::Int);
  EXPECT_FALSE(representable(floatLit("2.5"), BasicKind::UntypedInt));
  EXPECT_FALSE(representable(i64(0), BasicKind::UntypedNil));
  EXPECT_FALSE(representable(i64(0), BasicKind::UnsafePointer));
  EXPECT_FALSE(representable(i64(0), BasicKind::Invalid));
}

TEST(Representable, UnknownIsRepresentableEverywhere) {
  Value rounded = i64(7);
  EXPECT_TRUE(representable(Value(), BasicKind::Int8, &rounded));
  EXPECT_TRUE(representable(Value(), BasicKind::String));
  EXPECT_EQ(rounded.exactString(), "7");  // left alone
}

TEST(Representable, RoundedMayAliasTheInput) {
  Value x = floatLit("0.1");
  ASSERT_TRUE(representable(x, BasicKind::Float32, &x));
  EXPECT_EQ(x.exactString(), "13421773/134217728");
}

}  // namespace
}  // namespace vo::constant
