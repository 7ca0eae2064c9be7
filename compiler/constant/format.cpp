// Printing constants as gc does in messages (go/constant String and ExactString), Go quoting (strconv.Quote) and
// the UTF-8 helpers shared with literal.cpp.
#include <cinttypes>
#include <cmath>
#include <cstdio>

#include "compiler/constant/constant.h"
#include "compiler/constant/rep.h"

namespace vo::constant {

namespace {

/// Approximates unicode.IsPrint for code points >= U+0080 (see `quote`).
bool isPrintNonAscii(char32_t r) {
  if (r <= 0xA0 || r == 0xAD) return false;  // C1 controls, no-break space, soft hyphen
  if ((r >= 0x600 && r <= 0x605) || r == 0x61C || r == 0x6DD || r == 0x70F || r == 0x1680 || r == 0x180E) {
    return false;
  }
  if ((r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) || (r >= 0x205F && r <= 0x206F)) return false;
  if (r == 0x3000 || r == 0xFEFF || (r >= 0xFFF9 && r <= 0xFFFB)) return false;
  if ((r >= 0xD800 && r <= 0xF8FF) || (r >= 0xFDD0 && r <= 0xFDEF) || (r & 0xFFFE) == 0xFFFE) return false;
  if ((r >= 0xE0000 && r <= 0xE007F) || r >= 0xF0000) return false;
  return true;
}

void appendHex(std::string& out, const char* prefix, uint32_t value, int digits) {
  static const char kHex[] = "0123456789abcdef";
  out += prefix;
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xF];
}

/// go/constant floatVal.String: %.6g of the float64 value when in range, otherwise an approximate decimal
/// mantissa and exponent computed from the binary exponent.
std::string floatString(const Value& x) {
  auto [d, exact] = float64Val(x);
  (void)exact;
  char buf[64];
  if ((sign(x) == 0) == (d == 0) && !std::isinf(d)) {
    std::snprintf(buf, sizeof buf, "%.6g", d);
    return buf;
  }
  BigFloat f = x.rep()->v.index() == detail::kRat ? ratToFloat(*payload<BigRat>(x)) : *payload<BigFloat>(x);
  int exp = 0;
  double m = frexp(f, &exp).convert_to<double>();  // 0.5 <= |m| < 1
  // f ~ m * 10^d with d = exp * log10(2); split d into an integer exponent e and a mantissa factor.
  constexpr double kLog10Of2 = 0.30102999566398119521373889472449302676818988146210854131;
  double dd = static_cast<double>(exp) * kLog10Of2;
  auto e = static_cast<int64_t>(dd);
  m *= std::pow(10.0, dd - static_cast<double>(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {  // %.6g rounds to 5 decimals: keep m*10 < 10 after rounding
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  std::snprintf(buf, sizeof buf, "%.6ge%+" PRId64, m, e);
  return buf;
}

/// big.Float.Text('p', 0): `-0x.<hex mantissa without trailing zeros>p<signed exponent>`.
std::string hexFloatString(const BigFloat& f) {
  if (f == 0) return "0";
  int exp = 0;
  BigFloat m = frexp(abs(f), &exp);  // 0.5 <= m < 1
  std::string hex = ldexp(m, kFloatPrecision).convert_to<BigInt>().str(0, std::ios_base::hex);
  hex.erase(hex.find_last_not_of('0') + 1);
  std::string out = f < 0 ? "-0x." : "0x.";
  out += hex;
  out += 'p';
  if (exp >= 0) out += '+';
  out += std::to_string(exp);
  return out;
}

std::string ratExactString(const BigRat& r) {
  if (denominator(r) == 1) return numerator(r).str();
  return numerator(r).str() + "/" + denominator(r).str();
}

}  // namespace

char32_t decodeRune(std::string_view s, size_t& size) {
  auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  auto cont = [&](size_t i) { return i < s.size() && (b(i) & 0xC0) == 0x80; };
  size = 1;
  unsigned char c = b(0);
  if (c < 0x80) return c;
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    size = 2;
    return (char32_t(c & 0x1F) << 6) | (b(1) & 0x3F);
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    char32_t r = (char32_t(c & 0x0F) << 12) | (char32_t(b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    if (r >= 0x800 && (r < 0xD800 || r > 0xDFFF)) {
      size = 3;
      return r;
    }
  } else if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    char32_t r =
        (char32_t(c & 0x07) << 18) | (char32_t(b(1) & 0x3F) << 12) | (char32_t(b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    if (r >= 0x10000 && r <= 0x10FFFF) {
      size = 4;
      return r;
    }
  }
  return 0xFFFD;
}

void appendUtf8(std::string& out, char32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

std::string quote(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    size_t size = 1;
    char32_t r = decodeRune(s.substr(i), size);
    if (r == 0xFFFD && size == 1) {  // invalid byte
      appendHex(out, "\\x", static_cast<unsigned char>(s[i]), 2);
      i += size;
      continue;
    }
    i += size;
    switch (r) {
      case '"':
        out += "\\\"";
        continue;
      case '\\':
        out += "\\\\";
        continue;
      case '\a':
        out += "\\a";
        continue;
      case '\b':
        out += "\\b";
        continue;
      case '\f':
        out += "\\f";
        continue;
      case '\n':
        out += "\\n";
        continue;
      case '\r':
        out += "\\r";
        continue;
      case '\t':
        out += "\\t";
        continue;
      case '\v':
        out += "\\v";
        continue;
      default:
        break;
    }
    if (r >= 0x20 && r < 0x7F) {
      out += static_cast<char>(r);
    } else if (r < 0x80) {
      appendHex(out, "\\x", r, 2);
    } else if (isPrintNonAscii(r)) {
      appendUtf8(out, r);
    } else if (r < 0x10000) {
      appendHex(out, "\\u", r, 4);
    } else {
      appendHex(out, "\\U", r, 8);
    }
  }
  out += '"';
  return out;
}

std::string Value::toString() const {
  if (!rep_) return "unknown";
  switch (rep_->v.index()) {
    case detail::kBool:
      return boolVal(*this) ? "true" : "false";
    case detail::kString: {
      constexpr size_t kMaxLen = 72;  // go/constant stringVal.String
      std::string q = quote(stringVal(*this));
      size_t runes = 0, cut = 0;
      for (size_t i = 0; i < q.size(); ++runes) {
        if (runes == kMaxLen - 3) cut = i;
        size_t size = 1;
        decodeRune(std::string_view(q).substr(i), size);
        i += size;
      }
      if (runes > kMaxLen) return q.substr(0, cut) + "...";
      return q;
    }
    case detail::kInt:
      return payload<BigInt>(*this)->str();
    case detail::kRat:
    case detail::kFloat:
      return floatString(*this);
    case detail::kComplex: {
      const auto& c = *payload<detail::ComplexParts>(*this);
      return "(" + c.re.toString() + " + " + c.im.toString() + "i)";
    }
    default:
      return "unknown";
  }
}

std::string Value::exactString() const {
  if (!rep_) return "unknown";
  switch (rep_->v.index()) {
    case detail::kString:
      return quote(stringVal(*this));
    case detail::kRat:
      return ratExactString(*payload<BigRat>(*this));
    case detail::kFloat:
      return hexFloatString(*payload<BigFloat>(*this));
    case detail::kComplex: {
      const auto& c = *payload<detail::ComplexParts>(*this);
      return "(" + c.re.exactString() + " + " + c.im.exactString() + "i)";
    }
    default:
      return toString();
  }
}

}  // namespace vo::constant
