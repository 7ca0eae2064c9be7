// Internal to compiler/constant: the representation behind a Value and helpers shared by its .cpp files.
// Not part of the public API; nothing outside compiler/constant includes this file.
#pragma once

#include <boost/multiprecision/cpp_bin_float.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "compiler/constant/constant.h"

namespace vo::constant {

/// The binary-float form of Float values: kFloatPrecision mantissa bits, a 32-bit binary exponent.
using BigFloat = boost::multiprecision::number<
    boost::multiprecision::cpp_bin_float<kFloatPrecision, boost::multiprecision::digit_base_2>,
    boost::multiprecision::et_off>;

namespace detail {

/// A String's bytes: either flat (`left` null) or the lazy concatenation `left + right`, flattened on first read
/// under a global lock (the only mutable state of a Value).
struct StringNode {
  mutable std::string flat;
  mutable std::shared_ptr<const StringNode> left, right;
  size_t size = 0;
  /// Releases a long chain of concatenations iteratively rather than by recursion.
  ~StringNode();
};

/// A Complex value's parts, each an Int or Float Value.
struct ComplexParts {
  Value re, im;
};

/// The payload of a non-Unknown Value; which alternative is held decides the kind.
struct Rep {
  std::variant<bool, std::shared_ptr<const StringNode>, BigInt, BigRat, BigFloat, ComplexParts> v;
};

/// Alternative indices of Rep::v.

enum : size_t { kBool, kString, kInt, kRat, kFloat, kComplex };

}  // namespace detail

/// Wraps a payload into a Value as alternative I of Rep::v.
template <size_t I, class T>
Value wrap(T&& x) {
  using Payload = decltype(detail::Rep::v);
  return Value(std::make_shared<const detail::Rep>(detail::Rep{Payload(std::in_place_index<I>, std::forward<T>(x))}));
}

/// The alternative held by x, or nullptr.
template <class T>
const T* payload(const Value& x) {
  return x.rep() ? std::get_if<T>(&x.rep()->v) : nullptr;
}

/// The number of bits of |x| (0 for 0).
int64_t bitLength(const BigInt& x);
/// Binary float -> Float value; it stays a binary float (go/constant makeFloat never goes back to a fraction).
/// Zero gives the fraction 0; infinity or NaN gives Unknown.
Value makeBigFloat(const BigFloat& x);
/// Integer -> BigFloat, rounded to kFloatPrecision bits.
BigFloat intToFloat(const BigInt& i);
/// Fraction -> BigFloat, rounded to kFloatPrecision bits.
BigFloat ratToFloat(const BigRat& r);
/// Decomposes a finite nonzero binary float into |x| = mant * 2^exp with an integer mantissa.
void decompose(const BigFloat& x, BigInt& mant, int64_t& exp);

/// Decodes the UTF-8 sequence at the start of `s` (non-empty) as utf8.DecodeRuneInString does: invalid, overlong
/// or surrogate encodings give U+FFFD with size 1.
char32_t decodeRune(std::string_view s, size_t& size);
/// Appends the UTF-8 encoding of `r` (U+FFFD for surrogates and values above U+10FFFF).
void appendUtf8(std::string& out, char32_t r);

/// The result of rounding a positive number to a binary floating-point format.
struct Rounded {
  BigInt mant;  ///< |value| = mant * 2^exp after rounding; 0 when the value underflowed to zero
  int64_t exp = 0;
  bool exact = false;     ///< the rounding lost nothing
  bool overflow = false;  ///< the rounded value exceeds the format's largest finite number
};

/// Rounds num/den * 2^e2 (num, den > 0) to nearest-even in a binary format with `precision` mantissa bits whose
/// normal numbers have leading-bit exponents minExp..maxExp (float64: 53, -1022, 1023), with subnormals.
Rounded roundBinary(const BigInt& num, const BigInt& den, int64_t e2, int precision, int64_t minExp, int64_t maxExp);

}  // namespace vo::constant
