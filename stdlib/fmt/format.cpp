// The low-level formatting of one operand (Go 1.19 fmt/format.go): padding, integers, strings, quoting, floats.
#include <algorithm>

#include "stdlib/fmt/printer.h"
#include "stdlib/strconv/strconv_core.h"
#include "stdlib/text/utf8.h"

namespace vo::stdlib::fmt {

namespace {
const char kLDigits[] = "0123456789abcdefx";
const char kUDigits[] = "0123456789ABCDEFX";
}  // namespace

void Printer::writePadding(int64_t n) {
  if (n <= 0) return;
  buf.append(static_cast<size_t>(n), f_.zero ? '0' : ' ');
}

void Printer::pad(std::string_view s) {
  if (!f_.widPresent || wid_ == 0) {
    buf += s;
    return;
  }
  int64_t width = wid_ - utf8::runeCount(s);
  if (!f_.minus) {
    writePadding(width);
    buf += s;
  } else {
    buf += s;
    writePadding(width);
  }
}

void Printer::fmtBoolean(bool v) { pad(v ? "true" : "false"); }

void Printer::fmtUnicode(uint64_t u) {
  std::string out;
  int64_t prec = 4;
  if (f_.precPresent && prec_ > 4) prec = prec_;
  // Built right to left as Go does.
  std::string rev;
  if (f_.sharp && u <= static_cast<uint64_t>(utf8::kMaxRune) && strconv::isPrint(static_cast<int32_t>(u))) {
    std::string ch;
    utf8::appendRune(ch, static_cast<int64_t>(u));
    out = " '" + ch + "'";
  }
  std::string hex;
  while (u >= 16) {
    hex += kUDigits[u & 0xF];
    prec--;
    u >>= 4;
  }
  hex += kUDigits[u];
  prec--;
  while (prec > 0) {
    hex += '0';
    prec--;
  }
  std::reverse(hex.begin(), hex.end());
  std::string s = "U+" + hex + out;
  bool oldZero = f_.zero;
  f_.zero = false;
  pad(s);
  f_.zero = oldZero;
}

void Printer::fmtInteger(uint64_t u, int base, bool isSigned, char32_t verb, const char* digits) {
  bool negative = isSigned && static_cast<int64_t>(u) < 0;
  if (negative) u = 0 - u;
  int64_t prec = 0;
  if (f_.precPresent) {
    prec = prec_;
    if (prec == 0 && u == 0) {
      bool oldZero = f_.zero;
      f_.zero = false;
      writePadding(wid_);
      f_.zero = oldZero;
      return;
    }
  } else if (f_.zero && f_.widPresent) {
    prec = wid_;
    if (negative || f_.plus || f_.space) prec--;
  }
  // Digits are produced in reverse, then the prefix, then everything is reversed.
  std::string r;
  switch (base) {
    case 10:
      while (u >= 10) {
        r += static_cast<char>('0' + u % 10);
        u /= 10;
      }
      break;
    case 16:
      while (u >= 16) {
        r += digits[u & 0xF];
        u >>= 4;
      }
      break;
    case 8:
      while (u >= 8) {
        r += static_cast<char>('0' + (u & 7));
        u >>= 3;
      }
      break;
    case 2:
      while (u >= 2) {
        r += static_cast<char>('0' + (u & 1));
        u >>= 1;
      }
      break;
  }
  r += digits[u];
  while (prec > static_cast<int64_t>(r.size())) r += '0';
  if (f_.sharp) {
    switch (base) {
      case 2:
        r += "b0";
        break;
      case 8:
        if (r.back() != '0') r += '0';
        break;
      case 16:
        r += digits[16];
        r += '0';
        break;
    }
  }
  if (verb == 'O') r += "o0";
  if (negative) {
    r += '-';
  } else if (f_.plus) {
    r += '+';
  } else if (f_.space) {
    r += ' ';
  }
  std::reverse(r.begin(), r.end());
  bool oldZero = f_.zero;
  f_.zero = false;
  pad(r);
  f_.zero = oldZero;
}

std::string_view Printer::truncate(std::string_view s) const {
  if (f_.precPresent) {
    int64_t n = prec_;
    for (size_t i = 0; i < s.size();) {
      n--;
      if (n < 0) return s.substr(0, i);
      int w = 1;
      if (static_cast<uint8_t>(s[i]) >= utf8::kRuneSelf) utf8::decodeRune(s, i, &w);
      i += w;
    }
  }
  return s;
}

void Printer::fmtS(std::string_view s) { pad(truncate(s)); }

void Printer::fmtSbx(std::string_view s, const char* digits) {
  int64_t length = static_cast<int64_t>(s.size());
  if (f_.precPresent && prec_ < length) length = prec_;
  int64_t width = 2 * length;
  if (width > 0) {
    if (f_.space) {
      if (f_.sharp) width *= 2;
      width += length - 1;
    } else if (f_.sharp) {
      width += 2;
    }
  } else {
    if (f_.widPresent) writePadding(wid_);
    return;
  }
  if (f_.widPresent && wid_ > width && !f_.minus) writePadding(wid_ - width);
  if (f_.sharp) {
    buf += '0';
    buf += digits[16];
  }
  for (int64_t i = 0; i < length; ++i) {
    if (f_.space && i > 0) {
      buf += ' ';
      if (f_.sharp) {
        buf += '0';
        buf += digits[16];
      }
    }
    uint8_t c = static_cast<uint8_t>(s[i]);
    buf += digits[c >> 4];
    buf += digits[c & 0xF];
  }
  if (f_.widPresent && wid_ > width && f_.minus) writePadding(wid_ - width);
}

void Printer::fmtQ(std::string_view s) {
  s = truncate(s);
  if (f_.sharp && strconv::canBackquote(s)) {
    std::string q = "`";
    q += s;
    q += '`';
    pad(q);
    return;
  }
  std::string q;
  strconv::appendQuote(q, s, f_.plus);
  pad(q);
}

void Printer::fmtC(uint64_t c) {
  int64_t r = c > static_cast<uint64_t>(utf8::kMaxRune) ? utf8::kRuneError : static_cast<int64_t>(c);
  std::string s;
  utf8::appendRune(s, r);
  pad(s);
}

void Printer::fmtQc(uint64_t c) {
  int64_t r = c > static_cast<uint64_t>(utf8::kMaxRune) ? utf8::kRuneError : static_cast<int64_t>(c);
  std::string s;
  strconv::appendQuoteRune(s, r, f_.plus);
  pad(s);
}

void Printer::fmtFloat(double v, int size, char32_t verb, int prec) {
  if (f_.precPresent) prec = static_cast<int>(std::min<int64_t>(prec_, 1 << 20));
  std::string num = "+";
  strconv::appendFloat(num, v, static_cast<char>(verb), prec, size);
  if (num[1] == '-' || num[1] == '+') {
    num.erase(0, 1);
  } else {
    num[0] = '+';
  }
  if (f_.space && num[0] == '+' && !f_.plus) num[0] = ' ';
  if (num[1] == 'I' || num[1] == 'N') {
    bool oldZero = f_.zero;
    f_.zero = false;
    if (num[1] == 'N' && !f_.space && !f_.plus) num.erase(0, 1);
    pad(num);
    f_.zero = oldZero;
    return;
  }
  if (f_.sharp && verb != 'b') {
    int digits = 0;
    switch (verb) {
      case 'v':
      case 'g':
      case 'G':
      case 'x':
        digits = prec;
        if (digits == -1) digits = 6;
    }
    std::string tail;
    bool hasDecimalPoint = false, sawNonzeroDigit = false;
    for (size_t i = 1; i < num.size(); ++i) {
      char c = num[i];
      if (c == '.') {
        hasDecimalPoint = true;
        continue;
      }
      if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.resize(i);
        break;
      }
      if (c != '0') sawNonzeroDigit = true;
      if (sawNonzeroDigit) digits--;
    }
    if (!hasDecimalPoint) {
      if (num.size() == 2 && num[1] == '0') digits--;
      num += '.';
    }
    while (digits > 0) {
      num += '0';
      digits--;
    }
    num += tail;
  }
  if (f_.plus || num[0] != '+') {
    if (f_.zero && f_.widPresent && wid_ > static_cast<int64_t>(num.size())) {
      buf += num[0];
      writePadding(wid_ - static_cast<int64_t>(num.size()));
      buf.append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

}  // namespace vo::stdlib::fmt
