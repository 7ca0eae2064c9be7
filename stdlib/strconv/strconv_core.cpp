// Go's strconv formatting and parsing (ftoa.go, itoa.go, atoi.go, atof.go) over C++ strings. Digit generation
// uses std::to_chars (shortest round-trip and exactly rounded fixed precision, like Go's Ryu and big-decimal
// paths); the layout around the digits is a port of Go's fmtE / fmtF / formatDigits / fmtB / fmtX.
#include "stdlib/strconv/strconv_core.h"

#include <algorithm>
#include <cerrno>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace vo::stdlib::strconv {
namespace {

/// A decimal digit string with the decimal point at `dp` (Go's decimalSlice), trailing zeros trimmed; zero has
/// no digits and dp 0.
struct Digits {
  char d[800];
  int nd = 0;
  int dp = 0;
};

/// Parses std::to_chars scientific output "d[.ddd]e±XX" of a finite, non-negative value into `out`.
void parseScientific(const char* s, const char* end, Digits* out) {
  out->nd = 0;
  const char* p = s;
  for (; p < end && *p != 'e'; ++p) {
    if (*p >= '0' && *p <= '9') out->d[out->nd++] = *p;
  }
  int exp = 0;
  if (p < end) std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), end, exp);
  while (out->nd > 0 && out->d[out->nd - 1] == '0') --out->nd;
  int lead = 0;
  while (lead < out->nd && out->d[lead] == '0') ++lead;
  if (lead == out->nd) {
    out->nd = 0;
    out->dp = 0;
    return;
  }
  out->dp = exp + 1;
}

/// Digits of |v|: shortest (nsig < 0) or rounded to nsig significant digits.
void digitsOf(double v, int bitSize, int nsig, Digits* out) {
  char buf[900];
  std::to_chars_result r;
  double a = std::fabs(v);
  if (nsig < 0) {
    r = bitSize == 32 ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(a), std::chars_format::scientific)
                      : std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
  } else {
    r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific, std::max(nsig - 1, 0));
  }
  parseScientific(buf, r.ptr, out);
}

void fmtE(std::string& dst, bool neg, const Digits& d, int prec, char fmt) {
  if (neg) dst += '-';
  dst += d.nd != 0 ? d.d[0] : '0';
  if (prec > 0) {
    dst += '.';
    int i = 1;
    int m = std::min(d.nd, prec + 1);
    if (i < m) {
      dst.append(d.d + i, m - i);
      i = m;
    }
    for (; i <= prec; ++i) dst += '0';
  }
  dst += fmt;
  int exp = d.nd == 0 ? 0 : d.dp - 1;
  dst += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp < 10) {
    dst += '0';
    dst += static_cast<char>('0' + exp);
  } else if (exp < 100) {
    dst += static_cast<char>('0' + exp / 10);
    dst += static_cast<char>('0' + exp % 10);
  } else {
    dst += static_cast<char>('0' + exp / 100);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  }
}

void fmtF(std::string& dst, bool neg, const Digits& d, int prec) {
  if (neg) dst += '-';
  if (d.dp > 0) {
    int m = std::min(d.nd, d.dp);
    dst.append(d.d, m);
    for (; m < d.dp; ++m) dst += '0';
  } else {
    dst += '0';
  }
  if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; ++i) {
      int j = d.dp + i;
      dst += (0 <= j && j < d.nd) ? d.d[j] : '0';
    }
  }
}

void formatDigits(std::string& dst, bool shortest, bool neg, const Digits& digs, int prec, char fmt) {
  switch (fmt) {
    case 'e':
    case 'E':
      fmtE(dst, neg, digs, prec, fmt);
      return;
    case 'f':
      fmtF(dst, neg, digs, prec);
      return;
    case 'g':
    case 'G': {
      int eprec = prec;
      if (eprec > digs.nd && digs.nd >= digs.dp) eprec = digs.nd;
      if (shortest) eprec = 6;
      int exp = digs.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > digs.nd) prec = digs.nd;
        fmtE(dst, neg, digs, prec - 1, static_cast<char>(fmt + 'e' - 'g'));
        return;
      }
      if (prec > digs.dp) prec = digs.nd;
      fmtF(dst, neg, digs, std::max(prec - digs.dp, 0));
      return;
    }
  }
  dst += '%';
  dst += fmt;
}

struct FloatBits {
  bool neg;
  uint64_t mant;
  int exp;
  int mantbits;
};

FloatBits decompose(double v, int bitSize, bool* special) {
  FloatBits fb{};
  *special = false;
  uint64_t bits;
  int expbits, bias;
  if (bitSize == 32) {
    float f = static_cast<float>(v);
    uint32_t b32;
    std::memcpy(&b32, &f, 4);
    bits = b32;
    fb.mantbits = 23;
    expbits = 8;
    bias = -127;
  } else {
    std::memcpy(&bits, &v, 8);
    fb.mantbits = 52;
    expbits = 11;
    bias = -1023;
  }
  fb.neg = (bits >> (expbits + fb.mantbits)) != 0;
  int exp = static_cast<int>(bits >> fb.mantbits) & ((1 << expbits) - 1);
  fb.mant = bits & ((uint64_t{1} << fb.mantbits) - 1);
  if (exp == (1 << expbits) - 1) {
    *special = true;
    return fb;
  }
  if (exp == 0) {
    exp++;
  } else {
    fb.mant |= uint64_t{1} << fb.mantbits;
  }
  fb.exp = exp + bias;
  return fb;
}

void fmtB(std::string& dst, const FloatBits& f) {
  if (f.neg) dst += '-';
  appendUint(dst, f.mant, 10);
  dst += 'p';
  int exp = f.exp - f.mantbits;
  if (exp >= 0) dst += '+';
  appendInt(dst, exp, 10);
}

void fmtX(std::string& dst, int prec, char fmt, FloatBits f) {
  uint64_t mant = f.mant;
  int exp = f.exp;
  if (mant == 0) exp = 0;
  mant <<= 60 - f.mantbits;
  while (mant != 0 && (mant & (uint64_t{1} << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = static_cast<unsigned>(prec * 4);
    uint64_t extra = (mant << shift) & ((uint64_t{1} << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t{1} << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t{1} << 61)) {
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (f.neg) dst += '-';
  dst += '0';
  dst += fmt;
  dst += static_cast<char>('0' + ((mant >> 60) & 1));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    dst += '.';
    while (mant != 0) {
      dst += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  } else if (prec > 0) {
    dst += '.';
    for (int i = 0; i < prec; ++i) {
      dst += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  }
  dst += fmt == 'X' ? 'P' : 'p';
  dst += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp < 100) {
    dst += static_cast<char>('0' + exp / 10);
    dst += static_cast<char>('0' + exp % 10);
  } else if (exp < 1000) {
    dst += static_cast<char>('0' + exp / 100);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  } else {
    dst += static_cast<char>('0' + exp / 1000);
    dst += static_cast<char>('0' + exp / 100 % 10);
    dst += static_cast<char>('0' + exp / 10 % 10);
    dst += static_cast<char>('0' + exp % 10);
  }
}

char lower(char c) { return static_cast<char>(c | ('x' - 'X')); }

bool underscoreOK(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); ++i) {
    char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

}  // namespace

void appendFloat(std::string& out, double v, char fmt, int prec, int bitSize) {
  if (bitSize != 32) bitSize = 64;
  bool special;
  FloatBits fb = decompose(v, bitSize, &special);
  if (special) {
    out += std::isnan(v) ? "NaN" : fb.neg ? "-Inf" : "+Inf";
    return;
  }
  if (fmt == 'b') {
    fmtB(out, fb);
    return;
  }
  if (fmt == 'x' || fmt == 'X') {
    fmtX(out, prec, fmt, fb);
    return;
  }
  if (bitSize == 32) v = static_cast<float>(v);
  static thread_local Digits digs;
  bool shortest = prec < 0;
  if (shortest) {
    digitsOf(v, bitSize, -1, &digs);
    switch (fmt) {
      case 'e':
      case 'E':
        prec = std::max(digs.nd - 1, 0);
        break;
      case 'f':
        prec = std::max(digs.nd - digs.dp, 0);
        break;
      case 'g':
      case 'G':
        prec = digs.nd;
        break;
    }
  } else if (fmt == 'f') {
    // Round at the decimal position: std::to_chars fixed gives exactly Go's digits.
    char buf[1200];
    auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, std::min(prec, 1100));
    out.append(buf, r.ptr);
    for (int i = 1100; i < prec; ++i) out += '0';
    return;
  } else {
    int digits = prec;
    switch (fmt) {
      case 'e':
      case 'E':
        digits++;
        break;
      case 'g':
      case 'G':
        if (prec == 0) prec = 1;
        digits = prec;
        break;
      default:
        digits = 1;
    }
    digitsOf(v, bitSize, std::min(digits, 780), &digs);
  }
  formatDigits(out, shortest, fb.neg, digs, prec, fmt);
}

int decimalLen(uint64_t u) {
  int n = 1;
  while (u >= 10000) {
    u /= 10000;
    n += 4;
  }
  if (u >= 100) {
    u /= 100;
    n += 2;
  }
  return u >= 10 ? n + 1 : n;
}

char* formatDecimal(char* end, uint64_t u) {
  // Divisions by constants (multiplications). Four digits per step keep the chain of dependent multiplications
  // half as long as two per step; the two pairs of a step are independent.
  while (u >= 10000) {
    uint64_t q = u / 10000;
    auto r = static_cast<unsigned>(u - q * 10000);
    unsigned hi = r / 100, lo = r - hi * 100;
    *--end = kDigitPairs[2 * lo + 1];
    *--end = kDigitPairs[2 * lo];
    *--end = kDigitPairs[2 * hi + 1];
    *--end = kDigitPairs[2 * hi];
    u = q;
  }
  if (u >= 100) {
    auto q = static_cast<unsigned>(u / 100);
    auto r = static_cast<unsigned>(u) - q * 100;
    *--end = kDigitPairs[2 * r + 1];
    *--end = kDigitPairs[2 * r];
    u = q;
  }
  auto r = static_cast<unsigned>(u);
  *--end = kDigitPairs[2 * r + 1];
  if (r >= 10) *--end = kDigitPairs[2 * r];
  return end;
}

int formatUint(char (&buf)[kFormatUintBytes], uint64_t u, int base, bool negative) {
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  int i = kFormatUintBytes;
  if (base < 2 || base > 36) base = 10;
  if (base == 10) {
    i = static_cast<int>(formatDecimal(buf + kFormatUintBytes, u) - buf);
  } else if ((base & (base - 1)) == 0) {
    const unsigned shift = static_cast<unsigned>(__builtin_ctz(static_cast<unsigned>(base)));
    const uint64_t mask = static_cast<uint64_t>(base) - 1;
    do {
      buf[--i] = kDigits[u & mask];
      u >>= shift;
    } while (u != 0);
  } else {
    const auto b = static_cast<uint64_t>(base);
    do {
      buf[--i] = kDigits[u % b];
      u /= b;
    } while (u != 0);
  }
  if (negative) buf[--i] = '-';
  return i;
}

void appendUint(std::string& out, uint64_t u, int base, bool negative) {
  char buf[kFormatUintBytes];
  int i = formatUint(buf, u, base, negative);
  out.append(buf + i, static_cast<size_t>(kFormatUintBytes - i));
}

ParseErrorKind parseUint(std::string_view s, int base, int bitSize, uint64_t* out) {
  *out = 0;
  if (s.empty()) return ParseErrorKind::Syntax;
  bool base0 = base == 0;
  std::string_view s0 = s;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && lower(s[1]) == 'b') {
        base = 2;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'o') {
        base = 8;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'x') {
        base = 16;
        s.remove_prefix(2);
      } else {
        base = 8;
        s.remove_prefix(1);
      }
    }
  } else if (base < 2 || base > 36) {
    return ParseErrorKind::BadBase;
  }
  if (bitSize == 0) {
    bitSize = 64;
  } else if (bitSize < 0 || bitSize > 64) {
    return ParseErrorKind::BadBitSize;
  }
  uint64_t cutoff = UINT64_MAX / static_cast<uint64_t>(base) + 1;
  uint64_t maxVal = bitSize == 64 ? UINT64_MAX : (uint64_t{1} << bitSize) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    int d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (lower(c) >= 'a' && lower(c) <= 'z') {
      d = lower(c) - 'a' + 10;
    } else {
      return ParseErrorKind::Syntax;
    }
    if (d >= base) return ParseErrorKind::Syntax;
    if (n >= cutoff) {
      *out = maxVal;
      return ParseErrorKind::Range;
    }
    n *= static_cast<uint64_t>(base);
    uint64_t n1 = n + static_cast<uint64_t>(d);
    if (n1 < n || n1 > maxVal) {
      *out = maxVal;
      return ParseErrorKind::Range;
    }
    n = n1;
  }
  if (underscores && !underscoreOK(s0)) return ParseErrorKind::Syntax;
  *out = n;
  return ParseErrorKind::Ok;
}

ParseErrorKind parseInt(std::string_view s, int base, int bitSize, int64_t* out) {
  *out = 0;
  if (s.empty()) return ParseErrorKind::Syntax;
  bool neg = false;
  if (s[0] == '+') {
    s.remove_prefix(1);
  } else if (s[0] == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  // Go's Atoi fast path (atoi.go): base 10, 64 bits and 1 to 18 digits cannot overflow. Anything else (a
  // non-digit included) takes the general path below, which produces the error.
  if (base == 10 && (bitSize == 0 || bitSize == 64) && !s.empty() && s.size() < 19) {
    int64_t n = 0;
    size_t i = 0;
    for (; i < s.size(); ++i) {
      auto d = static_cast<unsigned>(static_cast<unsigned char>(s[i]) - '0');
      if (d > 9) break;
      n = n * 10 + static_cast<int64_t>(d);
    }
    if (i == s.size()) {
      *out = neg ? -n : n;
      return ParseErrorKind::Ok;
    }
  }
  uint64_t un;
  ParseErrorKind err = parseUint(s, base, bitSize, &un);
  if (err != ParseErrorKind::Ok && err != ParseErrorKind::Range) return err;
  if (bitSize == 0) bitSize = 64;
  uint64_t cutoff = uint64_t{1} << (bitSize - 1);
  if (!neg && un >= cutoff) {
    *out = static_cast<int64_t>(cutoff - 1);
    return ParseErrorKind::Range;
  }
  if (neg && un > cutoff) {
    *out = -static_cast<int64_t>(cutoff - 1) - 1;
    return ParseErrorKind::Range;
  }
  *out = neg ? static_cast<int64_t>(0 - un) : static_cast<int64_t>(un);
  return ParseErrorKind::Ok;
}

ParseErrorKind parseBool(std::string_view s, bool* out) {
  *out = false;
  if (s == "1" || s == "t" || s == "T" || s == "TRUE" || s == "true" || s == "True") {
    *out = true;
    return ParseErrorKind::Ok;
  }
  if (s == "0" || s == "f" || s == "F" || s == "FALSE" || s == "false" || s == "False") return ParseErrorKind::Ok;
  return ParseErrorKind::Syntax;
}

namespace {

bool equalFold(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

/// Checks Go's float syntax (atof.go readFloat) and produces a plain string strtod reads the same way.
bool normaliseFloat(std::string_view s, std::string* plain) {
  size_t i = 0;
  plain->clear();
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) plain->push_back(s[i++]);
  bool hex = false;
  bool underscores = false;
  if (i + 2 <= s.size() && s[i] == '0' && lower(s[i + 1]) == 'x') {
    hex = true;
    *plain += "0x";
    i += 2;
  }
  bool sawdot = false, sawdigits = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawdot) return false;
      sawdot = true;
      *plain += c;
      continue;
    }
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      sawdigits = true;
      *plain += c;
      continue;
    }
    break;
  }
  if (!sawdigits) return false;
  if (i < s.size() && lower(s[i]) == (hex ? 'p' : 'e')) {
    *plain += s[i++];
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) *plain += s[i++];
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); ++i) {
      if (s[i] == '_') {
        underscores = true;
        continue;
      }
      *plain += s[i];
    }
  } else if (hex) {
    return false;  // hexadecimal mantissa requires a 'p' exponent
  }
  if (i != s.size()) return false;
  if (underscores && !underscoreOK(s)) return false;
  // underscoreOK accepts them only after a base prefix ("0x"); decimal floats with '_' are syntax errors in Go
  // unless prefixed, which underscoreOK already checks.
  return true;
}

}  // namespace

namespace {

/// atof.go special: the length of a leading "inf" or "infinity" (optionally signed, any case) or "nan" (unsigned),
/// with its value in *out; 0 when s does not start with one.
size_t specialPrefix(std::string_view s, double* out) {
  if (s.empty()) return 0;
  size_t nsign = 0;
  double sign = 1;
  if (s[0] == '+' || s[0] == '-') {
    sign = s[0] == '-' ? -1 : 1;
    nsign = 1;
    s.remove_prefix(1);
  } else if (lower(s[0]) == 'n') {
    if (s.size() >= 3 && equalFold(s.substr(0, 3), "nan")) {
      *out = std::bit_cast<double>(uint64_t{0x7FF8000000000001});  // math.NaN()
      return 3;
    }
    return 0;
  } else if (lower(s[0]) != 'i') {
    return 0;
  }
  constexpr std::string_view kInfinity = "infinity";
  size_t n = 0;
  while (n < s.size() && n < kInfinity.size() && lower(s[n]) == kInfinity[n]) ++n;
  if (n > 3 && n < 8) n = 3;  // anything between "inf" and "infinity" consumes only "inf"
  if (n != 3 && n != 8) return 0;
  *out = sign * HUGE_VAL;
  return nsign + n;
}

/// atof.go readFloat's scan: the length of the longest prefix of s in Go's float syntax (decimal or hexadecimal
/// mantissa, exponent, underscores only where underscoreOK allows them), or false when no prefix is one.
bool readFloatPrefix(std::string_view s, size_t* n) {
  size_t i = 0;
  bool underscores = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  bool hex = false;
  if (i + 2 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x') {
    hex = true;
    i += 2;
  }
  bool sawdot = false, sawdigits = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      underscores = true;
    } else if (c == '.') {
      if (sawdot) break;
      sawdot = true;
    } else if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      sawdigits = true;
    } else {
      break;
    }
  }
  if (!sawdigits) return false;
  if (i < s.size() && lower(s[i]) == (hex ? 'p' : 'e')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); ++i) {
      if (s[i] == '_') underscores = true;
    }
  } else if (hex) {
    return false;  // a hexadecimal mantissa needs a 'p' exponent
  }
  if (underscores && !underscoreOK(s.substr(0, i))) return false;
  *n = i;
  return true;
}

}  // namespace

namespace {

/// atof.go readFloat + atofHex for a hexadecimal float `s` already checked by readFloatPrefix: the mantissa's
/// first 16 hex digits (the rest only as a sticky bit), the binary exponent, then rounding to nearest even with
/// two guard bits, denormalizing as needed. (glibc's strtof rounds hexadecimal subnormals wrongly, so the
/// hexadecimal forms do not go through strtod/strtof.)
ParseErrorKind parseHexFloat(std::string_view s, int bitSize, double* out) {
  const int mantbits = bitSize == 32 ? 23 : 52, expbits = bitSize == 32 ? 8 : 11, bias = bitSize == 32 ? -127 : -1023;
  size_t i = 0;
  bool neg = false;
  if (s[i] == '+' || s[i] == '-') neg = s[i++] == '-';
  i += 2;  // "0x"
  uint64_t mantissa = 0;
  int nd = 0, ndMant = 0, dp = 0;
  bool sawdot = false, trunc = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') continue;
    if (c == '.') {
      sawdot = true;
      dp = nd;
      continue;
    }
    int d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (lower(c) >= 'a' && lower(c) <= 'f') {
      d = lower(c) - 'a' + 10;
    } else {
      break;  // 'p'
    }
    if (d == 0 && nd == 0) {  // leading zeros
      dp--;
      continue;
    }
    nd++;
    if (ndMant < 16) {
      mantissa = mantissa * 16 + static_cast<uint64_t>(d);
      ndMant++;
    } else if (d != 0) {
      trunc = true;
    }
  }
  if (!sawdot) dp = nd;
  dp *= 4;
  ndMant *= 4;
  ++i;  // 'p'
  int esign = 1;
  if (s[i] == '+' || s[i] == '-') esign = s[i++] == '-' ? -1 : 1;
  int e = 0;
  for (; i < s.size(); ++i) {
    if (s[i] == '_') continue;
    if (e < 10000) e = e * 10 + (s[i] - '0');
  }
  dp += e * esign;
  int exp = mantissa != 0 ? dp - ndMant : 0;

  const int maxExp = (1 << expbits) + bias - 2, minExp = bias + 1;
  exp += mantbits;
  while (mantissa != 0 && (mantissa >> (mantbits + 2)) == 0) {
    mantissa <<= 1;
    exp--;
  }
  if (trunc) mantissa |= 1;
  while ((mantissa >> (1 + mantbits + 2)) != 0) {
    mantissa = mantissa >> 1 | (mantissa & 1);
    exp++;
  }
  while (mantissa > 1 && exp < minExp - 2) {
    mantissa = mantissa >> 1 | (mantissa & 1);
    exp++;
  }
  uint64_t round = mantissa & 3;
  mantissa >>= 2;
  round |= mantissa & 1;
  exp += 2;
  if (round == 3) {
    mantissa++;
    if (mantissa == uint64_t{1} << (1 + mantbits)) {
      mantissa >>= 1;
      exp++;
    }
  }
  if ((mantissa >> mantbits) == 0) exp = bias;  // denormal or zero
  ParseErrorKind kind = ParseErrorKind::Ok;
  if (exp > maxExp) {
    mantissa = uint64_t{1} << mantbits;
    exp = maxExp + 1;
    kind = ParseErrorKind::Range;
  }
  uint64_t bits = mantissa & ((uint64_t{1} << mantbits) - 1);
  bits |= static_cast<uint64_t>((exp - bias) & ((1 << expbits) - 1)) << mantbits;
  if (neg) bits |= uint64_t{1} << mantbits << expbits;
  *out = bitSize == 32 ? static_cast<double>(std::bit_cast<float>(static_cast<uint32_t>(bits)))
                       : std::bit_cast<double>(bits);
  return kind;
}

}  // namespace

ParseErrorKind parseFloatPrefix(std::string_view s, int bitSize, double* out, size_t* n) {
  *out = 0;
  *n = 0;
  if (size_t k = specialPrefix(s, out)) {
    *n = k;
    return ParseErrorKind::Ok;
  }
  if (!readFloatPrefix(s, n)) return ParseErrorKind::Syntax;
  size_t sign = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
  if (*n > sign + 2 && s[sign] == '0' && lower(s[sign + 1]) == 'x') {
    return parseHexFloat(s.substr(0, *n), bitSize == 32 ? 32 : 64, out);
  }
  std::string plain;
  if (!normaliseFloat(s.substr(0, *n), &plain)) return ParseErrorKind::Syntax;
  errno = 0;
  char* end = nullptr;
  if (bitSize == 32) {
    float f = std::strtof(plain.c_str(), &end);
    *out = f;
    if (errno == ERANGE && std::isinf(f)) return ParseErrorKind::Range;
  } else {
    double d = std::strtod(plain.c_str(), &end);
    *out = d;
    if (errno == ERANGE && std::isinf(d)) return ParseErrorKind::Range;
  }
  if (end != plain.c_str() + plain.size()) {
    *out = 0;
    return ParseErrorKind::Syntax;
  }
  return ParseErrorKind::Ok;
}

ParseErrorKind parseFloat(std::string_view s, int bitSize, double* out) {
  size_t n;
  ParseErrorKind k = parseFloatPrefix(s, bitSize, out, &n);
  if (n != s.size() && k != ParseErrorKind::Syntax) {  // atof.go ParseFloat: trailing bytes are a syntax error
    *out = 0;
    return ParseErrorKind::Syntax;
  }
  return k;
}

}  // namespace vo::stdlib::strconv
