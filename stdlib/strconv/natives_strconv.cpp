// strconv's natives: the digit work behind the Vo-written functions of strconv_impl.vo, and the quoting functions.
#include <bit>
#include <cstring>

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

// func formatBits(u uint64, base int, neg bool) string: slots s(2), u, base, neg
void formatBits(rt::NativeContext&, uint64_t* slots) {
  char buf[strconv::kFormatUintBytes];
  int i = strconv::formatUint(buf, slots[2], clampInt(slots[3]), slots[4] != 0);
  setString(slots, newString(std::string_view(buf + i, static_cast<size_t>(strconv::kFormatUintBytes - i))));
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
    {"strconv.IsGraphic", isGraphic},
    {"strconv.IsPrint", isPrint},
    {"strconv.Quote", quote<false, false>},
    {"strconv.QuoteRune", quoteRune<false, false>},
    {"strconv.QuoteRuneToASCII", quoteRune<true, false>},
    {"strconv.QuoteRuneToGraphic", quoteRune<false, true>},
    {"strconv.QuoteToASCII", quote<true, false>},
    {"strconv.QuoteToGraphic", quote<false, true>},
    {"strconv.formatBits", formatBits},
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
