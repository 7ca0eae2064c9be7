// Exact values of Go constants and the operations on them: the C++ counterpart of Go's go/constant package, plus
// types2's representability test. It knows nothing of types beyond BasicKind and reports no diagnostics.
//
// Design
// ------
// A `Value` is a handle to an immutable, reference-counted representation; copying it is a pointer copy and a
// Value may be shared between threads. Kinds and their representations (go/constant/value.go):
//
//   kind     representation
//   Unknown  no payload (the result of an error; operations on Unknown yield Unknown, comparisons yield false)
//   Bool     bool
//   String   bytes (not necessarily UTF-8); concatenation is lazy, so a chain `a + b + ... + z` of n pieces
//            costs O(total length) rather than O(n * length) (go/constant's stringVal, golang.org/issue/23348)
//   Int      boost::multiprecision::cpp_int, exact and unbounded (the checker rejects untyped results > 512 bits)
//   Float    an exact rational (cpp_rational) while numerator and denominator stay under kMaxExactBits bits,
//            otherwise a binary float with a kFloatPrecision-bit mantissa and a 32-bit exponent (cpp_bin_float)
//   Complex  a pair of Int or Float values (real, imaginary)
//
// Exactness rules, as in go/constant: integer and rational results are exact. A Float that is too large, too
// small or has too many digits to stay a fraction becomes a binary float and stays one (no attempt is made to go
// back to a fraction: that would suggest a precision that is not there). Literals whose value needs a binary
// exponent beyond +-kMaxExactBits are read directly into the binary float, so `1e100000000` costs microseconds;
// a literal whose value overflows the binary float's 32-bit exponent is Unknown, and one that underflows it is 0.
// Integer division of Int operands is a separate operator (`BinaryOp::IntQuo`, go/constant's token.QUO_ASSIGN);
// `Quo` of two Ints is the exact rational quotient, a Float.
//
// Rounding to float32/float64 (`representable`, `float64Val`) is correct rounding to nearest-even from the exact
// value, with IEEE-754 subnormals; a value that rounds past the largest finite number overflows.
//
// Worked example: `const c = 1.0 / 3 * 3` is Float 1/3 after the division and exactly Float 1 after the
// multiplication, so `c == 1` and `representable(c, BasicKind::Int)` holds with rounded Int 1.
//
// Rejected alternatives: GMP (LGPL, a link dependency; Boost.Multiprecision is header-only), a single binary float
// for all non-integers (`0.1` would not be exact and `1.0/3*3 == 1` would depend on rounding), and go/constant's
// panics on invalid operations: here they return Unknown so that no input can crash the compiler; the type
// checker reports the error (mismatched types, division by zero) before it asks for the value.
//
// References: Go spec "Constants" and "Constant expressions"; go/constant/value.go (Go 1.19);
// cmd/compile/internal/types2/expr.go (representableConst, roundFloat32/64, overflow, shiftBound);
// strconv/quote.go (Quote, Unquote, UnquoteChar).
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "compiler/constant/basic_kind.h"

namespace vo::constant {

/// An exact, unbounded integer (sign and magnitude; bitwise operators act as on infinite two's complement).
using BigInt = boost::multiprecision::cpp_int;
/// An exact fraction of two BigInts, always in lowest terms with a positive denominator.
using BigRat = boost::multiprecision::cpp_rational;

/// Mantissa bits of the binary-float form of Float values (go/constant's `prec`; LANGUAGE.md asks >= 256).
inline constexpr int kFloatPrecision = 512;
/// A Float stays a fraction while its numerator and denominator have fewer bits than this, and literals are read
/// as fractions while their binary exponent is within +-kMaxExactBits (go/constant's `maxExp`).
inline constexpr int kMaxExactBits = 4096;
/// The largest left-shift count `shift` accepts; larger counts yield Unknown. types2 itself rejects constant shift
/// counts above 1023 - 1 + 52 with "invalid shift count" before calling `shift`.
inline constexpr uint64_t kMaxShiftCount = 1u << 16;
/// Untyped integer constants may not need more bits than this (types2 `overflow`: "constant ... overflow").
inline constexpr int kMaxUntypedIntBits = 512;

/// What a Value holds (go/constant.Kind).
enum class Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };

/// The token a literal came from; selects the syntax `makeFromLiteral` accepts.
enum class LiteralKind : uint8_t {
  Int,     ///< `42`, `0x2A`, `0b101`, `0o17`, legacy octal `017`, with `_` separators
  Float,   ///< `1.5`, `1e9`, `.5`, `0x1p-2`, `0x1.8p1`
  Imag,    ///< a decimal, hexadecimal, binary or octal number followed by `i`: `1i`, `0x1p2i`, `0123i` (= 123i)
  Rune,    ///< `'a'`, `'\x41'`, `'\u00e9'`, `'\377'`, `'\''` (quotes included)
  String,  ///< `"interpreted\n"` or `` `raw` `` (quotes included)
};

/// Binary operators of `binaryOp`. Comparisons and shifts have their own functions.
enum class BinaryOp : uint8_t {
  Add,         ///< `+`: numbers, and concatenation of strings
  Sub,         ///< `-`
  Mul,         ///< `*`
  Quo,         ///< `/` on numbers: exact; two Ints give their rational quotient, a Float
  IntQuo,      ///< `/` on integer operands: Ints only, truncated toward zero (go/constant's token.QUO_ASSIGN)
  Rem,         ///< `%`: Ints only; the result has the sign of the dividend (Go spec "Integer operators")
  And,         ///< `&`: Ints only, two's complement semantics on negative values
  Or,          ///< `|`
  Xor,         ///< `^`
  AndNot,      ///< `&^`
  LogicalAnd,  ///< `&&`: Bools only
  LogicalOr,   ///< `||`: Bools only
};

/// Unary operators of `unaryOp`.
enum class UnaryOp : uint8_t {
  Plus,        ///< `+x`: numbers
  Minus,       ///< `-x`: numbers
  Complement,  ///< `^x`: Ints only; see `unaryOp` for the precision argument
  Not,         ///< `!x`: Bools only
};

/// Shift operators of `shift`.
enum class ShiftOp : uint8_t { Left, Right };

/// Comparison operators of `compare`.
enum class CompareOp : uint8_t { Eql, Neq, Lss, Leq, Gtr, Geq };

namespace detail {
struct Rep;
}  // namespace detail

/// An exact constant value. Default-constructed Values are Unknown. Cheap to copy (one shared pointer); the
/// representation is immutable, so Values may be shared freely, also across threads.
class Value {
 public:
  /// The Unknown value.
  Value() = default;

  /// The value's kind.
  Kind kind() const;
  /// Whether this is Unknown.
  bool isUnknown() const { return rep_ == nullptr; }

  /// A short human-readable form, as gc prints constants in error messages (go/constant `String`): Ints in full
  /// decimal; Floats with 6 significant digits (`0.333333`, `1e+100`, `1e+100000000`); Strings Go-quoted and,
  /// when the quoted form has more than 72 characters (code points), cut to 69 plus `...`; Complex values as
  /// `(re + imi)`; `true`/`false`; `unknown`.
  std::string toString() const;
  /// An exact form (go/constant `ExactString`): Ints in decimal, rational Floats as `num/den` (or `num` when
  /// integral), binary Floats as Go's `%p` hexadecimal mantissa form (`0x.8p+10001`), Strings fully quoted.
  std::string exactString() const;

  /// Internal: the representation; null for Unknown.
  const detail::Rep* rep() const { return rep_.get(); }
  /// Internal: wraps a representation (constant/*.cpp only).
  explicit Value(std::shared_ptr<const detail::Rep> rep) : rep_(std::move(rep)) {}

 private:
  std::shared_ptr<const detail::Rep> rep_;
};

// ---- Factories -------------------------------------------------------------------------------------------------

/// The Unknown value.
Value makeUnknown();
/// A Bool value.
Value makeBool(bool b);
/// A String value holding `s` (any bytes).
Value makeString(std::string s);
/// An Int value.
Value makeInt64(int64_t x);
/// An Int value.
Value makeUint64(uint64_t x);
/// An Int value.
Value makeInt(BigInt x);
/// A Float value holding `x` exactly (a fraction while numerator and denominator stay under kMaxExactBits bits,
/// otherwise the nearest binary float).
Value makeRat(BigRat x);
/// A Float value holding `x` exactly; -0 becomes 0; infinities and NaNs give Unknown (go/constant MakeFloat64).
Value makeFloat64(double x);
/// The Complex value `x*i`; `x` must be Int or Float, otherwise the result is Unknown.
Value makeImag(const Value& x);
/// The Complex value `re + im*i`; both must be Int or Float, otherwise the result is Unknown.
Value makeComplex(const Value& re, const Value& im);

/// The value of a literal's text exactly as it appears in source (`kind` selects the syntax; see LiteralKind).
/// Malformed text (the lexer has already reported it) gives Unknown, as does a float literal whose decimal or
/// binary exponent does not fit in 32 bits or whose value overflows the binary float. Never throws; the work is
/// proportional to the text's length (quadratic in the number of digits for huge integer literals) plus a
/// logarithm of its exponent. Follows go/constant MakeFromLiteral.
Value makeFromLiteral(std::string_view text, LiteralKind kind);

/// The bytes a string literal denotes: `text` is the whole literal with its quotes, either interpreted
/// (`"a\tb"`: every Go escape; `\x` and octal escapes give single bytes, `\u`/`\U` UTF-8) or raw (`` `a` ``:
/// carriage returns removed). Invalid UTF-8 in an interpreted literal is replaced by U+FFFD, as strconv.Unquote
/// does. Returns nullopt for malformed text (bad escape, `\'`, a newline inside `"..."`, missing quotes).
std::optional<std::string> unquoteString(std::string_view text);
/// The code point a rune literal denotes: `text` is the whole literal with its single quotes and holds exactly one
/// character or escape (`\"` is not allowed, `\'` is; octal and `\x` escapes give 0..255). Returns nullopt for
/// malformed text, surrogate halves and code points above U+10FFFF.
std::optional<char32_t> unquoteRune(std::string_view text);
/// `s` as a Go double-quoted literal (strconv.Quote): printable characters as they are; the escapes `\a \b \f
/// \n \r \t \v \\ \"`; other bytes below U+0080 and invalid UTF-8 bytes as `\xNN`; other non-printable code
/// points as `\uNNNN` or `\UNNNNNNNN`. Printability above ASCII is approximated: Unicode control, format, separator,
/// private-use and noncharacter ranges are escaped; unassigned code points are treated as printable.
std::string quote(std::string_view s);

// ---- Accessors -------------------------------------------------------------------------------------------------

/// The Bool's value; false for any other kind.
bool boolVal(const Value& x);
/// The String's bytes (flattening a lazy concatenation once); "" for any other kind.
std::string stringVal(const Value& x);
/// The Int's value; nullopt for any other kind.
std::optional<BigInt> bigIntVal(const Value& x);
/// The Int as int64 and whether that is exact (the value fits); {0, false} for other kinds. When not exact the
/// number is unspecified.
std::pair<int64_t, bool> int64Val(const Value& x);
/// The Int as uint64 and whether that is exact (0 <= x < 2^64); {0, false} for other kinds.
std::pair<uint64_t, bool> uint64Val(const Value& x);
/// The nearest float64 to an Int or Float (round to nearest even, with subnormals) and whether it is exact.
/// Overflow gives +-infinity and underflow +-0, both inexact; the sign follows x. {0, false} for other kinds.
std::pair<double, bool> float64Val(const Value& x);
/// As `float64Val`, for float32 (rounded once, directly from the exact value).
std::pair<float, bool> float32Val(const Value& x);
/// The number of bits of |x| for an Int (0 for 0); 0 for other kinds (go/constant BitLen).
int bitLen(const Value& x);
/// -1, 0 or +1 for a number's sign; for Complex 0 when both parts are 0 and nonzero otherwise; 1 for Unknown (so
/// that it never triggers a spurious division-by-zero error) and for Bool and String.
int sign(const Value& x);
/// The real part of a number (the number itself unless Complex); Unknown for non-numbers.
Value real(const Value& x);
/// The imaginary part of a number (Int 0 unless Complex); Unknown for non-numbers.
Value imag(const Value& x);

// ---- Conversions -----------------------------------------------------------------------------------------------

/// `x` as an Int when it is numerically an integer: Ints; integral fractions; binary floats whose exponent is within
/// kMaxExactBits and that are integral, also after rounding away the last 4 mantissa bits (accumulated rounding
/// error, as go/constant ToInt); Complex values with zero imaginary part whose real part qualifies. Otherwise
/// Unknown.
Value toInt(const Value& x);
/// `x` as a Float (Ints convert exactly while under kMaxExactBits bits); Complex with zero imaginary part gives
/// its real part. Otherwise Unknown.
Value toFloat(const Value& x);
/// `x` as a Complex (numbers get imaginary part Int 0). Otherwise Unknown.
Value toComplex(const Value& x);

// ---- Operations ------------------------------------------------------------------------------------------------

/// `x op y` with Go's constant semantics (go/constant BinaryOp). Numeric operands of different kinds are first
/// brought to the larger kind (Int < Float < Complex). Unknown when either operand is Unknown, the operation is not
/// defined for the operands (mismatched or wrong kinds, e.g. `%` on Floats), the divisor is zero, or the result
/// overflows the binary float. Never throws.
Value binaryOp(const Value& x, BinaryOp op, const Value& y);
/// `op y` (go/constant UnaryOp). For `Complement`, a nonzero `precision` gives the result size in bits for
/// unsigned types: `^x` is then taken modulo 2^precision (so `^uint8(1)` is 254); with precision 0 it is `-x-1`.
/// Unknown when `y` is Unknown or the operator does not apply to its kind.
Value unaryOp(UnaryOp op, const Value& y, unsigned precision = 0);
/// `x << count` or `x >> count` for an Int `x` (`>>` is arithmetic: floor division by 2^count). Unknown for
/// other kinds, and for left shifts by more than kMaxShiftCount.
Value shift(const Value& x, ShiftOp op, uint64_t count);
/// `x op y` (go/constant Compare): numbers compare by value across kinds (Int 1 == Float 1.0), strings bytewise,
/// Bools and Complex values only with Eql/Neq. False when either is Unknown or the comparison is not defined.
bool compare(const Value& x, CompareOp op, const Value& y);

// ---- Representability (Go spec "Representability"; types2 representableConst) --------------------------------

/// Whether `x` is representable by a value of basic type `target` (integer kinds: toInt(x) exists and is within
/// the type's range, with int/uint/uintptr 64 bits; float kinds: x rounds to a finite float32/float64; complex
/// kinds: both parts do; string and bool kinds: x has that kind; untyped numeric kinds: the conversion exists).
/// Unknown is representable by everything (avoiding follow-up errors); nothing is representable by Invalid,
/// UnsafePointer and UntypedNil. When representable and `rounded` is not null, `*rounded` is set to the value the
/// constant takes in that type: the Int for integer kinds, the float32/float64-rounded Float for float kinds
/// (`1e-400` rounds to 0 for float64), the rounded Complex for complex kinds, the converted Int, Float or Complex
/// for untyped numeric kinds, x itself for string and bool kinds. `rounded` may point to `x`.
bool representable(const Value& x, BasicKind target, Value* rounded = nullptr);

}  // namespace vo::constant
