// Correct rounding of exact values to float32/float64 and the representability test of Go's spec
// (types2 representableConst, roundFloat32/64).
#include <cmath>
#include <limits>

#include "compiler/constant/constant.h"
#include "compiler/constant/rep.h"

namespace vo::constant {

namespace {

/// IEEE-754 binary formats: mantissa bits (with the hidden bit) and the exponent range of normal numbers' leading
/// bit.
struct FloatFormat {
  int precision;
  int64_t minExp, maxExp;
};
constexpr FloatFormat kFloat64{53, -1022, 1023};
constexpr FloatFormat kFloat32{24, -126, 127};

/// Rounds a real (Int or Float) value to `format`; `negative` receives its sign. False for other kinds.
bool roundReal(const Value& x, const FloatFormat& format, Rounded& out, bool& negative) {
  if (!x.rep()) return false;
  BigInt num, den(1);
  int64_t e2 = 0;
  switch (x.rep()->v.index()) {
    case detail::kInt:
      num = *payload<BigInt>(x);
      break;
    case detail::kRat: {
      const BigRat& r = *payload<BigRat>(x);
      num = numerator(r);
      den = denominator(r);
      break;
    }
    case detail::kFloat: {
      const BigFloat& f = *payload<BigFloat>(x);
      decompose(f, num, e2);
      if (f < 0) num = -num;
      break;
    }
    default:
      return false;
  }
  negative = num < 0;
  if (num == 0) {
    out = Rounded{BigInt(0), 0, true, false};
    return true;
  }
  if (negative) num = -num;
  out = roundBinary(num, den, e2, format.precision, format.minExp, format.maxExp);
  return true;
}

/// The exact Float value of a rounding result.
Value roundedValue(const Rounded& r, bool negative) {
  BigInt num = negative ? BigInt(-r.mant) : r.mant;
  if (r.exp >= 0) return makeRat(BigRat(BigInt(num << static_cast<unsigned>(r.exp))));
  return makeRat(BigRat(num, BigInt(BigInt(1) << static_cast<unsigned>(-r.exp))));
}

/// The value of `x` rounded to `format`, or Unknown when it overflows.
Value roundFloat(const Value& x, const FloatFormat& format) {
  Rounded r;
  bool negative = false;
  if (!roundReal(x, format, r, negative) || r.overflow) return Value();
  return roundedValue(r, negative);
}

template <class F>
std::pair<F, bool> nativeFloat(const Value& x, const FloatFormat& format) {
  Rounded r;
  bool negative = false;
  if (!roundReal(x, format, r, negative)) return {F(0), false};
  F f;
  if (r.overflow) {
    f = std::numeric_limits<F>::infinity();
  } else {
    // mant <= 2^precision is exact in F, and so is the scaled result, which the format can represent.
    f = std::ldexp(static_cast<F>(r.mant.convert_to<uint64_t>()), static_cast<int>(r.exp));
  }
  return {negative ? -f : f, r.exact && !r.overflow};
}

bool inRange(const BigInt& i, int bits, bool isSigned) {
  if (isSigned) {
    BigInt limit = BigInt(1) << (bits - 1);
    return -limit <= i && i < limit;
  }
  return i >= 0 && i < (BigInt(1) << bits);
}

}  // namespace

Rounded roundBinary(const BigInt& num, const BigInt& den, int64_t e2, int precision, int64_t minExp, int64_t maxExp) {
  // Scale so that the integer quotient q = floor(num * 2^s / den) has precision+2 or precision+3 bits; then
  // value = (q + frac) * 2^(e2 - s) with `sticky` recording frac != 0.
  int64_t s = precision + 2 - (bitLength(num) - bitLength(den));
  BigInt q, r;
  if (s >= 0) {
    divide_qr(BigInt(num << static_cast<unsigned>(s)), den, q, r);
  } else {
    divide_qr(num, BigInt(den << static_cast<unsigned>(-s)), q, r);
  }
  bool sticky = r != 0;
  int64_t lsbExp = e2 - s;  // weight of q's lowest bit
  int64_t qb = bitLength(q);
  int64_t leadExp = qb - 1 + lsbExp;  // value in [2^leadExp, 2^(leadExp+1))
  Rounded out;
  if (leadExp > maxExp + 1) {
    out.overflow = true;
    return out;
  }
  int64_t subnormalLsb = minExp - (precision - 1);  // weight of the last bit of subnormals
  int64_t drop = leadExp >= minExp ? qb - precision : subnormalLsb - lsbExp;
  if (drop > qb + 1) {  // below half of the smallest subnormal: rounds to 0
    out.exp = subnormalLsb;
    return out;
  }
  auto d = static_cast<unsigned>(drop);  // >= 2 by the choice of s
  BigInt mask = (BigInt(1) << d) - 1;
  BigInt rem = q & mask;
  BigInt half = BigInt(1) << (d - 1);
  out.mant = q >> d;
  out.exp = lsbExp + drop;
  out.exact = rem == 0 && !sticky;
  if (rem > half || (rem == half && (sticky || bit_test(out.mant, 0)))) out.mant += 1;
  if (out.mant != 0 && bitLength(out.mant) - 1 + out.exp > maxExp) out.overflow = true;
  return out;
}

std::pair<double, bool> float64Val(const Value& x) { return nativeFloat<double>(x, kFloat64); }

std::pair<float, bool> float32Val(const Value& x) { return nativeFloat<float>(x, kFloat32); }

bool representable(const Value& x, BasicKind target, Value* rounded) {
  if (x.isUnknown()) return true;  // avoid follow-up errors
  auto intKind = [&](int bits, bool isSigned) {
    Value i = toInt(x);
    const BigInt* v = payload<BigInt>(i);
    if (!v || (bits > 0 && !inRange(*v, bits, isSigned))) return false;
    if (rounded) *rounded = i;
    return true;
  };
  auto floatKind = [&](const FloatFormat* format) {
    Value f = toFloat(x);
    if (f.isUnknown()) return false;
    if (format) f = roundFloat(f, *format);
    if (f.isUnknown()) return false;
    if (rounded) *rounded = f;
    return true;
  };
  auto complexKind = [&](const FloatFormat* format) {
    Value c = toComplex(x);
    if (c.isUnknown()) return false;
    if (format) {
      Value re = roundFloat(real(c), *format), im = roundFloat(imag(c), *format);
      if (re.isUnknown() || im.isUnknown()) return false;
      c = makeComplex(re, im);
    }
    if (rounded) *rounded = c;
    return true;
  };
  auto sameKind = [&](Kind k) {
    if (x.kind() != k) return false;
    if (rounded) *rounded = x;
    return true;
  };
  switch (target) {
    case BasicKind::Int:
    case BasicKind::Int64:
      return intKind(64, true);
    case BasicKind::Int8:
      return intKind(8, true);
    case BasicKind::Int16:
      return intKind(16, true);
    case BasicKind::Int32:
      return intKind(32, true);
    case BasicKind::Uint:
    case BasicKind::Uint64:
    case BasicKind::Uintptr:
      return intKind(64, false);
    case BasicKind::Uint8:
      return intKind(8, false);
    case BasicKind::Uint16:
      return intKind(16, false);
    case BasicKind::Uint32:
      return intKind(32, false);
    case BasicKind::UntypedInt:
    case BasicKind::UntypedRune:
      return intKind(0, true);
    case BasicKind::Float32:
      return floatKind(&kFloat32);
    case BasicKind::Float64:
      return floatKind(&kFloat64);
    case BasicKind::UntypedFloat:
      return floatKind(nullptr);
    case BasicKind::Complex64:
      return complexKind(&kFloat32);
    case BasicKind::Complex128:
      return complexKind(&kFloat64);
    case BasicKind::UntypedComplex:
      return complexKind(nullptr);
    case BasicKind::String:
    case BasicKind::UntypedString:
      return sameKind(Kind::String);
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
      return sameKind(Kind::Bool);
    case BasicKind::Invalid:
    case BasicKind::UnsafePointer:
    case BasicKind::UntypedNil:
      return false;
  }
  return false;
}

}  // namespace vo::constant
