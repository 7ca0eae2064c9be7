// The values of Go literals: integers in every base, decimal and hexadecimal floats, imaginary numbers, runes and
// strings (go/constant MakeFromLiteral, strconv.Unquote/UnquoteChar). It validates only as much as it must to
// compute a value; the lexer reports malformed literals.
#include <cmath>
#include <exception>
#include <limits>

#include "compiler/constant/constant.h"
#include "compiler/constant/rep.h"

namespace vo::constant {

namespace {

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

/// Accumulates digits (already validated for `base`) into a BigInt, a word-sized chunk at a time.
class DigitAccumulator {
 public:
  explicit DigitAccumulator(unsigned base) : base_(base) {}
  void add(int digit) {
    chunk_ = chunk_ * base_ + static_cast<uint64_t>(digit);
    scale_ *= base_;
    if (scale_ >= (uint64_t(1) << 56)) flush();
  }
  BigInt take() {
    flush();
    return std::move(value_);
  }

 private:
  void flush() {
    if (scale_ == 1) return;
    value_ = value_ * scale_ + chunk_;
    chunk_ = 0;
    scale_ = 1;
  }
  unsigned base_;
  uint64_t chunk_ = 0, scale_ = 1;
  BigInt value_;
};

/// Reads digits of `base` and `_` separators from text[i...]; returns the number of digits read.
size_t readDigits(std::string_view text, size_t& i, unsigned base, DigitAccumulator& acc) {
  size_t n = 0;
  for (; i < text.size(); ++i) {
    if (text[i] == '_') continue;
    int d = digitValue(text[i]);
    if (d >= static_cast<int>(base)) break;
    acc.add(d);
    ++n;
  }
  return n;
}

std::optional<BigInt> parseInt(std::string_view text) {
  unsigned base = 10;
  size_t i = 0;
  if (text.size() >= 2 && text[0] == '0') {
    switch (text[1]) {
      case 'x':
      case 'X':
        base = 16, i = 2;
        break;
      case 'b':
      case 'B':
        base = 2, i = 2;
        break;
      case 'o':
      case 'O':
        base = 8, i = 2;
        break;
      default:
        base = 8, i = 1;
        break;  // legacy octal 0777
    }
  }
  DigitAccumulator acc(base);
  size_t n = readDigits(text, i, base, acc);
  if (i != text.size() || n == 0) return std::nullopt;
  return acc.take();
}

/// Whether a literal's decimal or binary exponent (after adjusting for fraction digits) is in range: like
/// big.Float's parser, a 32-bit exponent.
bool exponentInRange(int64_t e) {
  return e >= std::numeric_limits<int32_t>::min() && e <= std::numeric_limits<int32_t>::max();
}
/// Binary float exponent limits: beyond them a literal overflows (Unknown) or underflows (0).
constexpr int64_t kMaxBinaryExponent = std::numeric_limits<BigFloat>::max_exponent;

/// 10^n by repeated squaring.
BigInt powerOfTen(uint64_t n) {
  BigInt result = 1, base = 10;
  for (; n != 0; n >>= 1) {
    if (n & 1) result *= base;
    if (n > 1) base *= base;
  }
  return result;
}

/// mant * 2^exp2 * 10^exp10 as a Float value.
Value makeScaled(const BigInt& mant, int64_t exp2, int64_t exp10) {
  if (!exponentInRange(exp2) || !exponentInRange(exp10)) return Value();
  if (mant == 0) return makeRat(BigRat(0));
  constexpr double kLog2Of10 = 3.32192809488736234787;
  double estimate =
      static_cast<double>(bitLength(mant)) + static_cast<double>(exp2) + static_cast<double>(exp10) * kLog2Of10;
  if (estimate > -kMaxExactBits && estimate < kMaxExactBits) {
    // Exact fraction; its components are bounded by the literal's digits and kMaxExactBits.
    BigInt num = mant, den = 1;
    if (exp2 > 0) num <<= static_cast<unsigned>(exp2);
    if (exp2 < 0) den <<= static_cast<unsigned>(-exp2);
    if (exp10 > 0) num *= powerOfTen(static_cast<uint64_t>(exp10));
    if (exp10 < 0) den *= powerOfTen(static_cast<uint64_t>(-exp10));
    return wrap<detail::kRat>(BigRat(num, den));
  }
  if (estimate > static_cast<double>(kMaxBinaryExponent)) return Value();              // overflow
  if (estimate < -static_cast<double>(kMaxBinaryExponent)) return makeRat(BigRat(0));  // underflow
  BigFloat f = ldexp(intToFloat(mant), static_cast<int>(exp2));
  // Scale by 10^exp10 in steps whose factor stays far inside the exponent range; the running value moves
  // monotonically toward the result, so no intermediate step overflows unless the result does.
  constexpr int64_t kStep = 100000000;
  for (int64_t rest = std::llabs(exp10); rest > 0;) {
    int64_t step = rest < kStep ? rest : kStep;
    BigFloat p = pow(BigFloat(10), static_cast<int>(step));
    f = exp10 > 0 ? BigFloat(f * p) : BigFloat(f / p);
    rest -= step;
  }
  return makeBigFloat(f);
}

/// Float literal syntax (and, for imaginary literals, the integer forms): see LiteralKind.
Value parseFloat(std::string_view text, bool imaginary) {
  size_t i = 0;
  if (text.size() >= 2 && text[0] == '0') {
    char p = text[1];
    if (imaginary && (p == 'b' || p == 'B' || p == 'o' || p == 'O')) {
      unsigned base = (p == 'b' || p == 'B') ? 2 : 8;
      i = 2;
      DigitAccumulator acc(base);
      if (readDigits(text, i, base, acc) == 0 || i != text.size()) return Value();
      return makeScaled(acc.take(), 0, 0);
    }
  }
  bool hex = text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
  unsigned base = hex ? 16 : 10;
  if (hex) i = 2;
  DigitAccumulator acc(base);
  size_t digits = readDigits(text, i, base, acc);
  int64_t fracDigits = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    fracDigits = static_cast<int64_t>(readDigits(text, i, base, acc));
    digits += static_cast<size_t>(fracDigits);
  }
  if (digits == 0) return Value();
  int64_t exp = 0;
  if (i < text.size() && (hex ? (text[i] == 'p' || text[i] == 'P') : (text[i] == 'e' || text[i] == 'E'))) {
    ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    size_t n = 0;
    for (; i < text.size(); ++i) {
      if (text[i] == '_') continue;
      if (text[i] < '0' || text[i] > '9') break;
      if (exp < (int64_t(1) << 50)) exp = exp * 10 + (text[i] - '0');  // saturates far beyond any valid range
      ++n;
    }
    if (n == 0) return Value();
    if (negative) exp = -exp;
  }
  if (i != text.size()) return Value();
  BigInt mant = acc.take();
  if (hex) return makeScaled(mant, exp - 4 * fracDigits, 0);
  return makeScaled(mant, 0, exp - fracDigits);
}

struct Char {
  char32_t value;
  bool multibyte;  ///< encode as UTF-8 (false for single bytes from \x and octal escapes and ASCII)
};

/// One character or escape of a quoted literal at s[i...], as strconv.UnquoteChar; advances i.
std::optional<Char> unquoteChar(std::string_view s, size_t& i, char quoteChar) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == static_cast<unsigned char>(quoteChar)) return std::nullopt;
  if (c >= 0x80) {
    size_t size = 1;
    char32_t r = decodeRune(s.substr(i), size);
    i += size;
    return Char{r, true};
  }
  if (c != '\\') {
    ++i;
    return Char{c, false};
  }
  if (i + 1 >= s.size()) return std::nullopt;
  char e = s[i + 1];
  i += 2;
  auto hexDigits = [&](int n) -> std::optional<char32_t> {
    if (i + static_cast<size_t>(n) > s.size()) return std::nullopt;
    char32_t v = 0;
    for (int k = 0; k < n; ++k) {
      int d = digitValue(s[i++]);
      if (d >= 16) return std::nullopt;
      v = v * 16 + static_cast<char32_t>(d);
    }
    return v;
  };
  switch (e) {
    case 'a':
      return Char{'\a', false};
    case 'b':
      return Char{'\b', false};
    case 'f':
      return Char{'\f', false};
    case 'n':
      return Char{'\n', false};
    case 'r':
      return Char{'\r', false};
    case 't':
      return Char{'\t', false};
    case 'v':
      return Char{'\v', false};
    case '\\':
      return Char{'\\', false};
    case 'x': {
      auto v = hexDigits(2);
      if (!v) return std::nullopt;
      return Char{*v, false};
    }
    case 'u':
    case 'U': {
      auto v = hexDigits(e == 'u' ? 4 : 8);
      if (!v || *v > 0x10FFFF || (*v >= 0xD800 && *v <= 0xDFFF)) return std::nullopt;
      return Char{*v, true};
    }
    case '\'':
    case '"':
      if (e != quoteChar) return std::nullopt;
      return Char{static_cast<char32_t>(e), false};
    default:
      if (e >= '0' && e <= '7') {
        char32_t v = static_cast<char32_t>(e - '0');
        for (int k = 0; k < 2; ++k) {
          if (i >= s.size() || s[i] < '0' || s[i] > '7') return std::nullopt;
          v = v * 8 + static_cast<char32_t>(s[i++] - '0');
        }
        if (v > 255) return std::nullopt;
        return Char{v, false};
      }
      return std::nullopt;
  }
}

}  // namespace

std::optional<std::string> unquoteString(std::string_view text) {
  if (text.size() < 2 || text.front() != text.back()) return std::nullopt;
  std::string_view body = text.substr(1, text.size() - 2);
  std::string out;
  if (text.front() == '`') {
    if (body.find('`') != std::string_view::npos) return std::nullopt;
    out.reserve(body.size());
    for (char c : body) {
      if (c != '\r') out += c;  // carriage returns are discarded from raw strings
    }
    return out;
  }
  if (text.front() != '"') return std::nullopt;
  out.reserve(body.size());
  for (size_t i = 0; i < body.size();) {
    if (body[i] == '\n') return std::nullopt;
    auto c = unquoteChar(body, i, '"');
    if (!c) return std::nullopt;
    if (c->value < 0x80 || !c->multibyte) {
      out += static_cast<char>(c->value);
    } else {
      appendUtf8(out, c->value);
    }
  }
  return out;
}

std::optional<char32_t> unquoteRune(std::string_view text) {
  if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') return std::nullopt;
  std::string_view body = text.substr(1, text.size() - 2);
  if (body[0] == '\n') return std::nullopt;
  size_t i = 0;
  auto c = unquoteChar(body, i, '\'');
  if (!c || i != body.size()) return std::nullopt;
  return c->value;
}

Value makeFromLiteral(std::string_view text, LiteralKind kind) {
  try {
    switch (kind) {
      case LiteralKind::Int: {
        auto v = parseInt(text);
        return v ? makeInt(std::move(*v)) : Value();
      }
      case LiteralKind::Float:
        return parseFloat(text, false);
      case LiteralKind::Imag: {
        if (text.empty() || text.back() != 'i') return Value();
        return makeImag(parseFloat(text.substr(0, text.size() - 1), true));
      }
      case LiteralKind::Rune: {
        auto r = unquoteRune(text);
        return r ? makeInt64(static_cast<int64_t>(*r)) : Value();
      }
      case LiteralKind::String: {
        auto s = unquoteString(text);
        return s ? makeString(std::move(*s)) : Value();
      }
    }
  } catch (const std::exception&) {  // defensive: Boost reports resource problems by exceptions
  }
  return Value();
}

}  // namespace vo::constant
