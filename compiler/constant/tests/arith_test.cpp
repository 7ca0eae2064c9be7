// Arithmetic, shifts, comparisons, conversions and accessors of exact constants.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "compiler/constant/tests/test_util.h"

namespace vo::constant {
namespace {

using namespace testing;

Value bin(const Value& x, BinaryOp op, const Value& y) { return binaryOp(x, op, y); }
Value neg(const Value& x) { return unaryOp(UnaryOp::Minus, x); }

TEST(Arithmetic, OneThirdTimesThreeIsExactlyOne) {
  Value third = bin(floatLit("1.0"), BinaryOp::Quo, i64(3));
  EXPECT_EQ(third.exactString(), "1/3");
  Value one = bin(third, BinaryOp::Mul, i64(3));
  EXPECT_TRUE(eq(one, i64(1)));
  EXPECT_EQ(one.kind(), Kind::Float);
  EXPECT_EQ(toInt(one).kind(), Kind::Int);
}

TEST(Arithmetic, PointOnePlusPointTwoIsExactlyPointThree) {
  EXPECT_TRUE(eq(bin(floatLit("0.1"), BinaryOp::Add, floatLit("0.2")), floatLit("0.3")));
}

TEST(Arithmetic, IntQuotientOfIntsIsAFloat) {
  Value q = bin(i64(7), BinaryOp::Quo, i64(2));
  EXPECT_EQ(q.kind(), Kind::Float);
  EXPECT_EQ(q.exactString(), "7/2");
  EXPECT_EQ(bin(i64(6), BinaryOp::Quo, i64(3)).kind(), Kind::Float);
}

TEST(Arithmetic, IntegerDivisionTruncatesTowardZero) {
  EXPECT_EQ(bin(i64(7), BinaryOp::IntQuo, i64(2)).exactString(), "3");
  EXPECT_EQ(bin(i64(-7), BinaryOp::IntQuo, i64(2)).exactString(), "-3");
  EXPECT_EQ(bin(i64(7), BinaryOp::IntQuo, i64(-2)).exactString(), "-3");
  EXPECT_EQ(bin(i64(-7), BinaryOp::IntQuo, i64(-2)).exactString(), "3");
}

TEST(Arithmetic, RemainderHasTheSignOfTheDividend) {
  EXPECT_EQ(bin(i64(7), BinaryOp::Rem, i64(3)).exactString(), "1");
  EXPECT_EQ(bin(i64(-7), BinaryOp::Rem, i64(3)).exactString(), "-1");
  EXPECT_EQ(bin(i64(7), BinaryOp::Rem, i64(-3)).exactString(), "1");
  EXPECT_EQ(bin(i64(-7), BinaryOp::Rem, i64(-3)).exactString(), "-1");
}

TEST(Arithmetic, DivisionByZeroIsUnknown) {
  EXPECT_TRUE(bin(i64(1), BinaryOp::Quo, i64(0)).isUnknown());
  EXPECT_TRUE(bin(i64(1), BinaryOp::IntQuo, i64(0)).isUnknown());
  EXPECT_TRUE(bin(i64(1), BinaryOp::Rem, i64(0)).isUnknown());
  EXPECT_TRUE(bin(floatLit("1.5"), BinaryOp::Quo, floatLit("0.0")).isUnknown());
  EXPECT_TRUE(bin(floatLit("1e10000"), BinaryOp::Quo, i64(0)).isUnknown());
  EXPECT_TRUE(bin(imagLit("1i"), BinaryOp::Quo, imagLit("0i")).isUnknown());
}

TEST(Arithmetic, HugeIntegersAreExact) {
  Value big = shift(i64(1), ShiftOp::Left, 1000);
  EXPECT_EQ(bitLen(big), 1001);
  EXPECT_EQ(big.toString(),
            "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275"
            "94672917553146825187145285692314043598457757469857480393456777482423098542107460506237114187795418215304"
            "6474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376");
  Value back = bin(bin(big, BinaryOp::Sub, i64(1)), BinaryOp::Add, i64(1));
  EXPECT_TRUE(eq(back, big));
  EXPECT_TRUE(eq(shift(big, ShiftOp::Right, 1000), i64(1)));
}

TEST(Arithmetic, BitwiseOperatorsUseTwosComplement) {
  EXPECT_EQ(bin(i64(-6), BinaryOp::AndNot, i64(3)).exactString(), "-8");
  EXPECT_EQ(bin(i64(-6), BinaryOp::And, i64(-3)).exactString(), "-8");
  EXPECT_EQ(bin(i64(-6), BinaryOp::Or, i64(3)).exactString(), "-5");
  EXPECT_EQ(bin(i64(-6), BinaryOp::Xor, i64(-3)).exactString(), "7");
  EXPECT_EQ(bin(i64(12), BinaryOp::AndNot, i64(10)).exactString(), "4");
}

TEST(Arithmetic, IntegerOnlyOperatorsRejectFloats) {
  EXPECT_TRUE(bin(floatLit("1.0"), BinaryOp::Rem, i64(1)).isUnknown());
  EXPECT_TRUE(bin(floatLit("4.0"), BinaryOp::IntQuo, i64(2)).isUnknown());
  EXPECT_TRUE(bin(floatLit("1.0"), BinaryOp::And, i64(1)).isUnknown());
}

TEST(Arithmetic, MismatchedKindsAreUnknown) {
  EXPECT_TRUE(bin(i64(1), BinaryOp::Add, makeString("a")).isUnknown());
  EXPECT_TRUE(bin(makeBool(true), BinaryOp::Add, makeBool(true)).isUnknown());
  EXPECT_TRUE(bin(makeString("a"), BinaryOp::Sub, makeString("a")).isUnknown());
  EXPECT_TRUE(bin(i64(1), BinaryOp::LogicalAnd, i64(1)).isUnknown());
  EXPECT_TRUE(bin(Value(), BinaryOp::Add, i64(1)).isUnknown());
}

TEST(Arithmetic, BooleanOperators) {
  EXPECT_TRUE(boolVal(bin(makeBool(true), BinaryOp::LogicalOr, makeBool(false))));
  EXPECT_FALSE(boolVal(bin(makeBool(true), BinaryOp::LogicalAnd, makeBool(false))));
  EXPECT_TRUE(boolVal(unaryOp(UnaryOp::Not, makeBool(false))));
}

TEST(Arithmetic, ComplexNumbers) {
  Value z = bin(i64(1), BinaryOp::Add, imagLit("2i"));  // 1+2i
  Value w = bin(i64(3), BinaryOp::Sub, imagLit("1i"));  // 3-i
  EXPECT_EQ(bin(z, BinaryOp::Mul, w).exactString(), "(5 + 5i)");
  EXPECT_EQ(bin(z, BinaryOp::Quo, w).exactString(), "(1/10 + 7/10i)");
  Value ii = bin(imagLit("1i"), BinaryOp::Mul, imagLit("1i"));
  EXPECT_TRUE(eq(ii, i64(-1)));
  EXPECT_EQ(toInt(ii).exactString(), "-1");
  EXPECT_TRUE(toFloat(z).isUnknown());
  EXPECT_EQ(real(z).exactString(), "1");
  EXPECT_EQ(imag(z).exactString(), "2");
  EXPECT_EQ(imag(i64(5)).exactString(), "0");
  EXPECT_EQ(unaryOp(UnaryOp::Minus, z).exactString(), "(-1 + -2i)");
}

TEST(Arithmetic, StringConcatenation) {
  Value s = bin(makeString("ab"), BinaryOp::Add, makeString("cd"));
  EXPECT_EQ(stringVal(s), "abcd");
  // A long chain of large pieces is concatenated lazily and flattened once.
  Value acc = makeString(std::string(5000, 'x'));
  for (int i = 0; i < 20000; ++i) acc = bin(acc, BinaryOp::Add, makeString("yz"));
  std::string flat = stringVal(acc);
  EXPECT_EQ(flat.size(), 5000u + 40000u);
  EXPECT_EQ(flat.substr(flat.size() - 4), "yzyz");
  EXPECT_EQ(flat.substr(0, 1), "x");
}

TEST(Arithmetic, DeepConcatenationChainsAreReleasedWithoutRecursion) {
  Value acc = makeString(std::string(5000, 'x'));
  for (int i = 0; i < 1000000; ++i) acc = bin(acc, BinaryOp::Add, makeString("y"));
  acc = Value();  // must not overflow the stack
  EXPECT_TRUE(acc.isUnknown());
}

TEST(Unary, MinusAndPlus) {
  EXPECT_EQ(unaryOp(UnaryOp::Minus, i64(5)).exactString(), "-5");
  EXPECT_EQ(unaryOp(UnaryOp::Minus, floatLit("0.5")).exactString(), "-1/2");
  EXPECT_EQ(unaryOp(UnaryOp::Minus, floatLit("1e10000")).toString(), "-1e+10000");
  EXPECT_EQ(unaryOp(UnaryOp::Plus, floatLit("0.5")).exactString(), "1/2");
  EXPECT_TRUE(unaryOp(UnaryOp::Minus, makeString("a")).isUnknown());
  Value minInt = i64(std::numeric_limits<int64_t>::min());
  EXPECT_EQ(unaryOp(UnaryOp::Minus, minInt).exactString(), "9223372036854775808");
}

TEST(Unary, ComplementWithAndWithoutPrecision) {
  EXPECT_EQ(unaryOp(UnaryOp::Complement, i64(1)).exactString(), "-2");
  EXPECT_EQ(unaryOp(UnaryOp::Complement, i64(1), 8).exactString(), "254");  // ^uint8(1)
  EXPECT_EQ(unaryOp(UnaryOp::Complement, i64(0), 64).exactString(), "18446744073709551615");
  EXPECT_EQ(unaryOp(UnaryOp::Complement, i64(-1)).exactString(), "0");
  EXPECT_TRUE(unaryOp(UnaryOp::Complement, floatLit("1.0")).isUnknown());
  EXPECT_TRUE(unaryOp(UnaryOp::Not, i64(1)).isUnknown());
}

TEST(Shift, LeftAndArithmeticRight) {
  EXPECT_EQ(shift(i64(3), ShiftOp::Left, 4).exactString(), "48");
  EXPECT_EQ(shift(i64(48), ShiftOp::Right, 4).exactString(), "3");
  EXPECT_EQ(shift(i64(-1), ShiftOp::Right, 10).exactString(), "-1");
  EXPECT_EQ(shift(i64(-7), ShiftOp::Right, 1).exactString(), "-4");  // floor, not truncation
  EXPECT_EQ(shift(i64(-8), ShiftOp::Right, 1).exactString(), "-4");
  EXPECT_EQ(shift(i64(5), ShiftOp::Right, 1000000).exactString(), "0");
  EXPECT_EQ(shift(i64(-5), ShiftOp::Right, ~uint64_t(0)).exactString(), "-1");
  EXPECT_EQ(shift(i64(5), ShiftOp::Left, 0).exactString(), "5");
}

TEST(Shift, RefusesHugeCountsAndNonIntegers) {
  EXPECT_TRUE(shift(i64(1), ShiftOp::Left, kMaxShiftCount + 1).isUnknown());
  EXPECT_TRUE(shift(i64(1), ShiftOp::Left, ~uint64_t(0)).isUnknown());
  EXPECT_EQ(bitLen(shift(i64(1), ShiftOp::Left, kMaxShiftCount)), static_cast<int>(kMaxShiftCount) + 1);
  EXPECT_TRUE(shift(floatLit("2.0"), ShiftOp::Left, 1).isUnknown());  // the checker converts with toInt first
  EXPECT_EQ(shift(toInt(floatLit("2.0")), ShiftOp::Left, 1).exactString(), "4");
}

TEST(Compare, AcrossNumericKinds) {
  EXPECT_TRUE(eq(i64(1), floatLit("1.0")));
  EXPECT_FALSE(eq(floatLit("1.0"), imagLit("0i")));
  EXPECT_TRUE(eq(bin(i64(1), BinaryOp::Add, imagLit("0i")), i64(1)));
  EXPECT_TRUE(compare(i64(1), CompareOp::Lss, floatLit("1.5")));
  EXPECT_TRUE(compare(floatLit("1e10000"), CompareOp::Gtr, shift(i64(1), ShiftOp::Left, 33000)));
  EXPECT_TRUE(compare(floatLit("1e10000"), CompareOp::Lss, shift(i64(1), ShiftOp::Left, 33300)));
  EXPECT_TRUE(compare(neg(floatLit("1e10000")), CompareOp::Lss, neg(floatLit("0.5"))));
  EXPECT_TRUE(compare(i64(2), CompareOp::Geq, i64(2)));
  EXPECT_TRUE(compare(i64(2), CompareOp::Leq, i64(2)));
  EXPECT_TRUE(compare(i64(2), CompareOp::Neq, i64(3)));
  EXPECT_FALSE(compare(imagLit("1i"), CompareOp::Lss, imagLit("2i")));  // complex values are unordered
}

TEST(Compare, StringsBoolsAndUnknown) {
  EXPECT_TRUE(compare(makeString("abc"), CompareOp::Lss, makeString("abd")));
  EXPECT_TRUE(compare(makeString("z"), CompareOp::Lss, makeString("\xc3\xa9")));  // bytewise, unsigned
  EXPECT_TRUE(compare(makeString("a"), CompareOp::Eql, bin(makeString(""), BinaryOp::Add, makeString("a"))));
  EXPECT_TRUE(compare(makeBool(true), CompareOp::Neq, makeBool(false)));
  EXPECT_FALSE(compare(makeBool(true), CompareOp::Lss, makeBool(false)));
  EXPECT_FALSE(compare(Value(), CompareOp::Eql, Value()));
  EXPECT_FALSE(compare(i64(1), CompareOp::Eql, makeString("1")));
}

TEST(Conversion, ToIntIsExactOnlyWhenIntegral) {
  EXPECT_EQ(toInt(floatLit("3.0")).exactString(), "3");
  EXPECT_TRUE(toInt(floatLit("3.5")).isUnknown());
  EXPECT_EQ(toInt(floatLit("1e100")).exactString(), "1" + std::string(100, '0'));
  EXPECT_EQ(bitLen(toInt(floatLit("0x1p4000"))), 4001);
  EXPECT_EQ(bitLen(toInt(floatLit("0x1p4090"))), 4091);  // binary float, still within the limit
  EXPECT_TRUE(toInt(floatLit("0x1p5000")).isUnknown());  // too large to build an integer from
  EXPECT_TRUE(toInt(makeString("1")).isUnknown());
  // A binary float that is an integer up to accumulated rounding error converts (go/constant ToInt).
  Value x = bin(bin(floatLit("1e5000"), BinaryOp::Quo, i64(3)), BinaryOp::Mul, i64(3));
  EXPECT_TRUE(toInt(bin(x, BinaryOp::Quo, floatLit("1e4990"))).kind() == Kind::Int);
}

TEST(Conversion, ToFloatAndToComplex) {
  EXPECT_EQ(toFloat(i64(3)).kind(), Kind::Float);
  EXPECT_EQ(toFloat(i64(3)).exactString(), "3");
  EXPECT_EQ(toFloat(shift(i64(1), ShiftOp::Left, 5000)).toString(), "1.41247e+1505");
  EXPECT_EQ(toComplex(i64(3)).exactString(), "(3 + 0i)");
  EXPECT_TRUE(toFloat(makeBool(true)).isUnknown());
  EXPECT_TRUE(toComplex(makeString("")).isUnknown());
}

TEST(Accessors, IntegersReportExactness) {
  EXPECT_EQ(int64Val(i64(-5)), std::make_pair(int64_t(-5), true));
  EXPECT_FALSE(int64Val(intLit("9223372036854775808")).second);
  EXPECT_TRUE(int64Val(intLit("9223372036854775807")).second);
  EXPECT_EQ(uint64Val(intLit("18446744073709551615")), std::make_pair(~uint64_t(0), true));
  EXPECT_FALSE(uint64Val(intLit("18446744073709551616")).second);
  EXPECT_FALSE(uint64Val(i64(-1)).second);
  EXPECT_FALSE(int64Val(floatLit("1.0")).second);
  EXPECT_EQ(bigIntVal(i64(7)), std::optional<BigInt>(BigInt(7)));
  EXPECT_FALSE(bigIntVal(floatLit("7.0")).has_value());
  EXPECT_EQ(bitLen(i64(0)), 0);
  EXPECT_EQ(bitLen(i64(-8)), 4);
  EXPECT_EQ(bitLen(i64(255)), 8);
}

TEST(Accessors, Float64ValRoundsCorrectly) {
  EXPECT_EQ(float64Val(floatLit("0.1")), std::make_pair(0.1, false));
  EXPECT_EQ(float64Val(floatLit("0.5")), std::make_pair(0.5, true));
  EXPECT_EQ(float64Val(floatLit("1e-400")), std::make_pair(0.0, false));
  EXPECT_TRUE(std::signbit(float64Val(neg(floatLit("1e-400"))).first));
  EXPECT_EQ(float64Val(floatLit("1e309")).first, std::numeric_limits<double>::infinity());
  EXPECT_EQ(float64Val(neg(floatLit("1e10000"))).first, -std::numeric_limits<double>::infinity());
  EXPECT_EQ(float64Val(floatLit("0x1p-1074")), std::make_pair(std::ldexp(1.0, -1074), true));
  EXPECT_EQ(float64Val(floatLit("0x1p-1075")).first, 0.0);                       // tie rounds to even (0)
  EXPECT_EQ(float64Val(floatLit("0x1.8p-1074")).first, std::ldexp(1.0, -1073));  // tie rounds to even (2)
  EXPECT_EQ(float64Val(intLit("9007199254740993")), std::make_pair(9007199254740992.0, false));
  EXPECT_EQ(float64Val(floatLit("1.7976931348623157e308")).first, std::numeric_limits<double>::max());
  EXPECT_EQ(float32Val(floatLit("0.1")), std::make_pair(0.1f, false));
  EXPECT_EQ(float32Val(floatLit("16777217")).first, 16777216.0f);
  EXPECT_EQ(float64Val(makeString("x")), std::make_pair(0.0, false));
}

TEST(Accessors, SignOfEveryKind) {
  EXPECT_EQ(sign(i64(-3)), -1);
  EXPECT_EQ(sign(i64(0)), 0);
  EXPECT_EQ(sign(floatLit("0.5")), 1);
  EXPECT_EQ(sign(neg(floatLit("1e10000"))), -1);
  EXPECT_EQ(sign(imagLit("0i")), 0);
  EXPECT_NE(sign(imagLit("2i")), 0);
  EXPECT_EQ(sign(Value()), 1);
}

TEST(Factories, MakeFloat64IsExact) {
  EXPECT_EQ(makeFloat64(0.1).exactString(), "3602879701896397/36028797018963968");
  EXPECT_EQ(makeFloat64(-0.0).exactString(), "0");
  EXPECT_TRUE(makeFloat64(std::numeric_limits<double>::infinity()).isUnknown());
  EXPECT_TRUE(makeFloat64(std::nan("")).isUnknown());
  EXPECT_EQ(makeUint64(~uint64_t(0)).exactString(), "18446744073709551615");
  EXPECT_TRUE(makeImag(makeString("x")).isUnknown());
}

}  // namespace
}  // namespace vo::constant
