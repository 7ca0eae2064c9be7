// strconv's natives: the digit work behind the Vo-written functions of strconv_impl.vo, and the quoting functions.
#include <bit>
#include <cstring>

#include "runtime-core/runtime.h"
#include "stdlib/native_table.h"
#include "stdlib/strconv/strconv_core.h"

namespace vo::stdlib {
namespace {

using strconv::ParseErrorKind;

int64_t codeOf(ParseErrorKind k) {
  switch (k) {
    case ParseErrorKind::Ok: return 0;
    case ParseErrorKind::Syntax: return 1;
    case ParseErrorKind::Range: return 2;
    case ParseErrorKind::BadBase: return 3;
    case ParseErrorKind::BadBitSize: return 4;
  }
  return 1;
}

int clampInt(uint64_t slot) {
  auto v = static_cast<int64_t>(slot);
  return v > (1 << 30) ? (1 << 30) : v < -(1 << 30) ? -(1 << 30) : static_cast<int>(v);
}

// func parseInt(s string, base int, bitSize int) (int64, int): slots v, code, s(2), base, bitSize
void parseInt(rt::NativeContext&, uint64_t* slots) {
  int64_t v;
  ParseErrorKind k = strconv::parseInt(slotString(slots + 2).view(), clampInt(slots[4]), clampInt(slots[5]), &v);
  slots[0] = static_cast<uint64_t>(v);
  slots[1] = static_cast<uint64_t>(codeOf(k));
}

void parseUint(rt::NativeContext&, uint64_t* slots) {
  uint64_t v;
  ParseErrorKind k = strconv::parseUint(slotString(slots + 2).view(), clampInt(slots[4]), clampInt(slots[5]), &v);
  slots[0] = v;
  slots[1] = static_cast<uint64_t>(codeOf(k));
}

// func parseFloat(s string, bitSize int) (float64, int): slots f, code, s(2), bitSize
void parseFloat(rt::NativeContext&, uint64_t* slots) {
  double v;
  ParseErrorKind k = strconv::parseFloat(slotString(slots + 2).view(), clampInt(slots[4]), &v);
  slots[0] = std::bit_cast<uint64_t>(v);
  slots[1] = static_cast<uint64_t>(codeOf(k));
}

// func parseFloatPrefix(s string, bitSize int) (float64, int, int): slots f, n, code, s(2), bitSize
void parseFloatPrefix(rt::NativeContext&, uint64_t* slots) {
  double v;
  size_t n;
  ParseErrorKind k = strconv::parseFloatPrefix(slotString(slots + 3).view(), clampInt(slots[5]), &v, &n);
  slots[0] = std::bit_cast<uint64_t>(v);
  slots[1] = static_cast<uint64_t>(n);
  slots[2] = static_cast<uint64_t>(codeOf(k));
}

// func formatFloat(f float64, fmt byte, prec, bitSize int) string: slots s(2), f, fmt, prec, bitSize
void formatFloat(rt::NativeContext&, uint64_t* slots) {
  std::string out;
  strconv::appendFloat(out, std::bit_cast<double>(slots[2]), static_cast<char>(slots[3]), clampInt(slots[4]),
                       clampInt(slots[5]));
  setString(slots, newString(out));
}

// `u` in decimal with a leading '-' when `negative`, as a new string written with one or two 8-byte stores when it
// has at most 16 bytes. The digits are gathered in a register, the leftmost in the lowest byte: a string whose
// bytes were stored one or two at a time and that is read back at once with wider loads (the concatenation,
// comparison or hash that usually follows) stalls store-to-load forwarding for about 20 cycles per load.
rt::String decimalString(uint64_t u, bool negative) {
  int n = strconv::decimalLen(u) + (negative ? 1 : 0);
  if (n > 16) {
    char buf[strconv::kFormatUintBytes];
    int i = strconv::formatUint(buf, u, 10, negative);
    return newString(std::string_view(buf + i, static_cast<size_t>(strconv::kFormatUintBytes - i)));
  }
  auto pair = [](unsigned r) {
    uint16_t p;
    std::memcpy(&p, strconv::kDigitPairs + 2 * r, 2);
    return p;
  };
  if (n <= 8) {
    // One word: the same gathering without 128-bit shifts (u < 10^8 here).
    auto v = static_cast<uint32_t>(u);
    uint64_t w = 0;
    if (v >= 10000) {
      uint32_t q = v / 10000, r = v - q * 10000, hi = r / 100, lo = r - hi * 100;
      w = uint64_t{pair(lo)} << 16 | pair(hi);
      v = q;
    }
    if (v >= 100) {
      uint32_t q = v / 100;
      w = w << 16 | pair(v - q * 100);
      v = q;
    }
    w = v >= 10 ? w << 16 | pair(v) : w << 8 | ('0' + v);
    if (negative) w = w << 8 | '-';
    auto* p = static_cast<uint8_t*>(rt::gcAllocBytes(8));
    std::memcpy(p, &w, 8);
    return rt::String{p, n};
  }
  unsigned __int128 acc = 0;
  while (u >= 10000) {
    uint64_t q = u / 10000;
    auto r = static_cast<unsigned>(u - q * 10000);
    unsigned hi = r / 100, lo = r - hi * 100;
    acc = acc << 32 | (uint32_t{pair(lo)} << 16 | pair(hi));
    u = q;
  }
  if (u >= 100) {
    auto q = static_cast<unsigned>(u / 100);
    acc = acc << 16 | pair(static_cast<unsigned>(u) - q * 100);
    u = q;
  }
  acc = u >= 10 ? acc << 16 | pair(static_cast<unsigned>(u)) : acc << 8 | ('0' + u);
  if (negative) acc = acc << 8 | '-';
  // Size classes are multiples of 8 bytes: asking for the rounded size costs nothing and covers the stores.
  auto* p = static_cast<uint8_t*>(rt::gcAllocBytes(n > 8 ? 16 : 8));
  if (n > 8) {
    std::memcpy(p, &acc, 16);
  } else {
    auto w = static_cast<uint64_t>(acc);
    std::memcpy(p, &w, 8);
  }
  return rt::String{p, n};
}

rt::String formatString(uint64_t u, int base, bool negative) {
  if (base == 10) return decimalString(u, negative);
  char buf[strconv::kFormatUintBytes];
  int i = strconv::formatUint(buf, u, base, negative);
  return newString(std::string_view(buf + i, static_cast<size_t>(strconv::kFormatUintBytes - i)));
}

int checkedBase(rt::NativeContext& ctx, uint64_t slot) {
  auto base = static_cast<int64_t>(slot);
  if (base < 2 || base > 36) panicString(ctx, "strconv: illegal AppendInt/FormatInt base");
  return static_cast<int>(base);
}

uint64_t magnitude(int64_t v) { return v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v); }

// func Itoa(i int) string: slots s(2), i
void itoa(rt::NativeContext&, uint64_t* slots) {
  auto v = static_cast<int64_t>(slots[2]);
  setString(slots, decimalString(magnitude(v), v < 0));
}

// func FormatInt(i int64, base int) string: slots s(2), i, base
void formatInt(rt::NativeContext& ctx, uint64_t* slots) {
  auto v = static_cast<int64_t>(slots[2]);
  setString(slots, formatString(magnitude(v), checkedBase(ctx, slots[3]), v < 0));
}

// func FormatUint(i uint64, base int) string: slots s(2), i, base
void formatUint(rt::NativeContext& ctx, uint64_t* slots) {
  setString(slots, formatString(slots[2], checkedBase(ctx, slots[3]), false));
}

// func unquote(s string) (string, bool): slots out(2), ok, s(2)
void unquote(rt::NativeContext&, uint64_t* slots) {
  std::string out;
  bool ok = strconv::unquote(slotString(slots + 3).view(), &out);
  setString(slots, ok ? newString(out) : rt::String{});
  slots[2] = ok;
}

template <bool Ascii, bool Graphic>
void quote(rt::NativeContext&, uint64_t* slots) {  // func Quote(s string) string: slots out(2), s(2)
  std::string out;
  strconv::appendQuote(out, slotString(slots + 2).view(), Ascii, Graphic);
  setString(slots, newString(out));
}

template <bool Ascii, bool Graphic>
void quoteRune(rt::NativeContext&, uint64_t* slots) {  // func QuoteRune(r rune) string: slots out(2), r
  std::string out;
  strconv::appendQuoteRune(out, static_cast<int32_t>(slots[2]), Ascii, Graphic);
  setString(slots, newString(out));
}

void canBackquote(rt::NativeContext&, uint64_t* slots) {  // slots ok, s(2)
  slots[0] = strconv::canBackquote(slotString(slots + 1).view());
}

void isPrint(rt::NativeContext&, uint64_t* slots) { slots[0] = strconv::isPrint(static_cast<int32_t>(slots[1])); }
void isGraphic(rt::NativeContext&, uint64_t* slots) {
  slots[0] = strconv::isGraphic(static_cast<int32_t>(slots[1]));
}

const NativeEntry kStrconvNatives[] = {
    {"strconv.CanBackquote", canBackquote},
    {"strconv.FormatInt", formatInt},
    {"strconv.FormatUint", formatUint},
    {"strconv.IsGraphic", isGraphic},
    {"strconv.IsPrint", isPrint},
    {"strconv.Itoa", itoa},
    {"strconv.Quote", quote<false, false>},
    {"strconv.QuoteRune", quoteRune<false, false>},
    {"strconv.QuoteRuneToASCII", quoteRune<true, false>},
    {"strconv.QuoteRuneToGraphic", quoteRune<false, true>},
    {"strconv.QuoteToASCII", quote<true, false>},
    {"strconv.QuoteToGraphic", quote<false, true>},
    {"strconv.formatFloat", formatFloat},
    {"strconv.parseFloat", parseFloat},
    {"strconv.parseFloatPrefix", parseFloatPrefix},
    {"strconv.parseInt", parseInt},
    {"strconv.parseUint", parseUint},
    {"strconv.unquote", unquote},
};

}  // namespace

std::span<const NativeEntry> strconvNatives() { return kStrconvNatives; }

}  // namespace vo::stdlib
