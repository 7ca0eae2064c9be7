// unicode's and unicode/utf8's natives: category tests, case mapping and SimpleFold from tables generated from
// Go 1.19 (scripts/gen_unicode_tables.go), and UTF-8 decoding and encoding (stdlib/text/utf8.h).
#include <algorithm>
#include <iterator>
#include <span>
#include <cstring>

#include "runtime-core/panic.h"
#include "stdlib/native_table.h"
#include "stdlib/strconv/strconv_core.h"
#include "stdlib/text/utf8.h"
#include "stdlib/unicode/unicode_case.h"

namespace vo::stdlib {
namespace unicode {
namespace {

struct RuneRange {
  int32_t lo, hi;
};
struct CaseRangeRow {
  int32_t lo, hi, delta[3];
};
struct FoldPair {
  int32_t r, fold;
};
/// unicode.Range16 and unicode.Range32 as Go lays them out (3 x uint16: 6 bytes; 3 x uint32: 12 bytes).
struct Range16Row {
  uint16_t lo, hi, stride;
};
struct Range32Row {
  uint32_t lo, hi, stride;
};
static_assert(sizeof(Range16Row) == 6 && sizeof(Range32Row) == 12);
/// One of Go's RangeTables: its R16 and R32 rows and LatinOffset.
struct GoRangeTable {
  std::span<const Range16Row> r16;
  std::span<const Range32Row> r32;
  int64_t latinOffset;
};

#include "stdlib/unicode/unicode_tables.inc"
#include "stdlib/unicode/range_tables.inc"

template <size_t N>
bool in(const RuneRange (&table)[N], int32_t r) {
  auto it = std::upper_bound(std::begin(table), std::end(table), r,
                             [](int32_t v, const RuneRange& rr) { return v < rr.lo; });
  return it != std::begin(table) && r <= (it - 1)->hi;
}

constexpr int32_t kUpperLower = utf8::kMaxRune + 1;

}  // namespace

int32_t to(int caseKind, int32_t r) {
  if (caseKind < 0 || caseKind > 2) return utf8::kRuneError;
  auto it = std::upper_bound(std::begin(kCaseRanges), std::end(kCaseRanges), r,
                             [](int32_t v, const CaseRangeRow& c) { return v < c.lo; });
  if (it == std::begin(kCaseRanges)) return r;
  const CaseRangeRow& cr = *(it - 1);
  if (r > cr.hi) return r;
  int32_t delta = cr.delta[caseKind];
  if (delta > utf8::kMaxRune && delta == kUpperLower) return cr.lo + (((r - cr.lo) & ~1) | (caseKind & 1));
  return r + delta;
}

int32_t toUpper(int32_t r) {
  if (r < 0x80) return r >= 'a' && r <= 'z' ? r - ('a' - 'A') : r;
  return to(0, r);
}

int32_t toLower(int32_t r) {
  if (r < 0x80) return r >= 'A' && r <= 'Z' ? r + ('a' - 'A') : r;
  return to(1, r);
}

int32_t toTitle(int32_t r) {
  if (r < 0x80) return r >= 'a' && r <= 'z' ? r - ('a' - 'A') : r;
  return to(2, r);
}

int32_t simpleFold(int32_t r) {
  if (r < 0 || r > utf8::kMaxRune) return r;
  auto it = std::lower_bound(std::begin(kSimpleFold), std::end(kSimpleFold), r,
                             [](const FoldPair& p, int32_t v) { return p.r < v; });
  return it != std::end(kSimpleFold) && it->r == r ? it->fold : r;
}

bool isSpace(int32_t r) {
  if (r < 0x100) return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
  return in(kSpace, r);
}
bool isLetter(int32_t r) { return in(kLetter, r); }
bool isDigit(int32_t r) { return r < 0x80 ? r >= '0' && r <= '9' : in(kDigit, r); }
bool isUpper(int32_t r) { return r < 0x80 ? r >= 'A' && r <= 'Z' : in(kUpper, r); }
bool isLower(int32_t r) { return r < 0x80 ? r >= 'a' && r <= 'z' : in(kLower, r); }

namespace {

template <bool (*Pred)(int32_t)>
void runePred(rt::NativeContext&, uint64_t* s) {  // func IsX(r rune) bool: slots ok, r
  s[0] = Pred(static_cast<int32_t>(s[1]));
}
template <int32_t (*Fn)(int32_t)>
void runeMap(rt::NativeContext&, uint64_t* s) {  // func ToX(r rune) rune: slots out, r
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(Fn(static_cast<int32_t>(s[1]))));
}
bool isNumber(int32_t r) { return in(kNumber, r); }
bool isTitle(int32_t r) { return in(kTitle, r); }
bool isMark(int32_t r) { return in(kMark, r); }
bool isPunct(int32_t r) { return in(kPunct, r); }
bool isSymbol(int32_t r) { return in(kSymbol, r); }
bool isControl(int32_t r) { return r >= 0 && r < 0x100 && in(kControl, r); }
bool isGraphic(int32_t r) { return strconv::isGraphic(r); }
bool isPrint(int32_t r) { return strconv::isPrint(r); }

const GoRangeTable* goTable(int64_t id) {
  return id >= 0 && static_cast<size_t>(id) < std::size(kGoTables) ? &kGoTables[id] : nullptr;
}

// func tableShape(id int) (n16, n32, latinOffset int): slots n16, n32, latinOffset, id
void tableShape(rt::NativeContext&, uint64_t* s) {
  const GoRangeTable* t = goTable(static_cast<int64_t>(s[3]));
  s[0] = t ? t->r16.size() : 0;
  s[1] = t ? t->r32.size() : 0;
  s[2] = static_cast<uint64_t>(t ? t->latinOffset : 0);
}

// func tableFill(id int, r16 []Range16, r32 []Range32): slots id, r16(3), r32(3); copies min(len) rows of each.
void tableFill(rt::NativeContext&, uint64_t* s) {
  const GoRangeTable* t = goTable(static_cast<int64_t>(s[0]));
  if (!t) return;
  rt::Slice r16 = slotSlice(s + 1), r32 = slotSlice(s + 4);
  size_t n16 = std::min(t->r16.size(), static_cast<size_t>(r16.len));
  size_t n32 = std::min(t->r32.size(), static_cast<size_t>(r32.len));
  if (n16) std::memcpy(r16.ptr, t->r16.data(), n16 * sizeof(Range16Row));
  if (n32) std::memcpy(r32.ptr, t->r32.data(), n32 * sizeof(Range32Row));
}

/// unicode.RangeTable as Go lays it out: R16 []Range16 @0, R32 []Range32 @24, LatinOffset int @48.
struct RangeTableMem {
  rt::Slice r16, r32;
  int64_t latinOffset;
};

constexpr size_t kLinearMax = 18;  // letter.go's linearMax

/// Go 1.19's is16/is32 (letter.go) over a table's own rows; a zero Stride divides by zero as in Go.
template <typename Row, typename U>
bool isIn(const Row* ranges, size_t n, U r, bool linear) {
  auto hit = [&](const Row& g) {
    if (g.stride == 1) return true;
    if (g.stride == 0) throw rt::RuntimeError{"integer divide by zero"};
    return static_cast<U>(r - g.lo) % g.stride == 0;
  };
  if (n <= kLinearMax || linear) {
    for (size_t i = 0; i < n; ++i) {
      if (r < ranges[i].lo) return false;
      if (r <= ranges[i].hi) return hit(ranges[i]);
    }
    return false;
  }
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    const Row& g = ranges[m];
    if (g.lo <= r && r <= g.hi) return hit(g);
    if (r < g.lo)
      hi = m;
    else
      lo = m + 1;
  }
  return false;
}

// func Is(rangeTab *RangeTable, r rune) bool: slots ok, rangeTab, r. Go's Is on the table's current rows.
void isNative(rt::NativeContext&, uint64_t* s) {
  const auto* t = reinterpret_cast<const RangeTableMem*>(s[1]);
  if (t == nullptr) throw rt::RuntimeError{"invalid memory address or nil pointer dereference"};
  auto r = static_cast<int32_t>(s[2]);
  const auto* r16 = static_cast<const Range16Row*>(t->r16.ptr);
  const auto* r32 = static_cast<const Range32Row*>(t->r32.ptr);
  auto n16 = static_cast<size_t>(t->r16.len), n32 = static_cast<size_t>(t->r32.len);
  if (n16 > 0 && static_cast<uint32_t>(r) <= r16[n16 - 1].hi) {
    auto c = static_cast<uint16_t>(r);
    s[0] = isIn(r16, n16, c, c <= 0xFF);
    return;
  }
  if (n32 > 0 && r >= static_cast<int32_t>(r32[0].lo)) {
    s[0] = isIn(r32, n32, static_cast<uint32_t>(r), false);
    return;
  }
  s[0] = 0;
}

void toNative(rt::NativeContext&, uint64_t* s) {  // func To(_case int, r rune) rune: slots out, case, r
  auto c = static_cast<int64_t>(s[1]);
  s[0] = static_cast<uint64_t>(
      static_cast<int64_t>(c < 0 || c > 2 ? utf8::kRuneError : to(static_cast<int>(c), static_cast<int32_t>(s[2]))));
}

// ---- unicode/utf8 --------------------------------------------------------------------------------------------

std::string_view bytesOf(const rt::Slice& b) { return {static_cast<const char*>(b.ptr), static_cast<size_t>(b.len)}; }

void decode(std::string_view s, uint64_t* out) {
  if (s.empty()) {
    out[0] = utf8::kRuneError;
    out[1] = 0;
    return;
  }
  int w;
  out[0] = static_cast<uint64_t>(utf8::decodeRune(s, 0, &w));
  out[1] = static_cast<uint64_t>(w);
}

void decodeLast(std::string_view s, uint64_t* out) {
  if (s.empty()) {
    out[0] = utf8::kRuneError;
    out[1] = 0;
    return;
  }
  size_t end = s.size();
  size_t start = end - 1;
  if (static_cast<uint8_t>(s[start]) < 0x80) {
    out[0] = static_cast<uint8_t>(s[start]);
    out[1] = 1;
    return;
  }
  size_t lim = end >= 4 ? end - 4 : 0;
  while (start > lim && (static_cast<uint8_t>(s[start]) & 0xC0) == 0x80) --start;
  int w;
  int32_t r = utf8::decodeRune(s.substr(0, end), start, &w);
  if (start + static_cast<size_t>(w) != end) {
    out[0] = utf8::kRuneError;
    out[1] = 1;
    return;
  }
  out[0] = static_cast<uint64_t>(r);
  out[1] = static_cast<uint64_t>(w);
}

// func DecodeRune(p []byte) (r rune, size int): slots r, size, p(3)
void decodeRuneB(rt::NativeContext&, uint64_t* s) { decode(bytesOf(slotSlice(s + 2)), s); }
void decodeRuneS(rt::NativeContext&, uint64_t* s) { decode(slotString(s + 2).view(), s); }
void decodeLastRuneB(rt::NativeContext&, uint64_t* s) { decodeLast(bytesOf(slotSlice(s + 2)), s); }
void decodeLastRuneS(rt::NativeContext&, uint64_t* s) { decodeLast(slotString(s + 2).view(), s); }

// Go 1.19's utf8.FullRune: true when p holds a whole encoding, or enough of a bad one to decode as RuneError
// width 1 (an invalid first byte, or a second/third byte outside its accepted range).
bool fullRune(std::string_view p) {
  size_t n = p.size();
  if (n == 0) return false;
  auto c = static_cast<uint8_t>(p[0]);
  if (c < 0xC2 || c > 0xF4) return true;  // ASCII, a continuation byte or an invalid first byte: width 1
  size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (n >= need) return true;
  uint8_t lo = 0x80, hi = 0xBF;  // Go's acceptRanges for the second byte
  if (c == 0xE0) lo = 0xA0;
  if (c == 0xED) hi = 0x9F;
  if (c == 0xF0) lo = 0x90;
  if (c == 0xF4) hi = 0x8F;
  if (n > 1 && (static_cast<uint8_t>(p[1]) < lo || hi < static_cast<uint8_t>(p[1]))) return true;
  if (n > 2 && (static_cast<uint8_t>(p[2]) < 0x80 || 0xBF < static_cast<uint8_t>(p[2]))) return true;
  return false;
}
void fullRuneB(rt::NativeContext&, uint64_t* s) { s[0] = fullRune(bytesOf(slotSlice(s + 1))); }
void fullRuneS(rt::NativeContext&, uint64_t* s) { s[0] = fullRune(slotString(s + 1).view()); }

void runeLen(rt::NativeContext&, uint64_t* s) {  // func RuneLen(r rune) int
  auto r = static_cast<int64_t>(s[1]);
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(!utf8::validRune(r) ? -1 : utf8::runeLen(r)));
}

// func EncodeRune(p []byte, r rune) int: slots n, p(3), r — when p is too short, panics as Go's code does: with
// the boundsError of its first access past the end, the encoding's last index (p[0], _ = p[1], p[2] or p[3]).
void encodeRune(rt::NativeContext&, uint64_t* s) {
  rt::Slice p = slotSlice(s + 1);
  std::string enc;
  utf8::appendRune(enc, static_cast<int32_t>(s[4]));
  if (p.len < static_cast<int64_t>(enc.size())) {
    rt::throwBoundsError({.x = static_cast<int64_t>(enc.size()) - 1, .y = p.len, .isSigned = true, .code = 0});
  }
  std::memcpy(p.ptr, enc.data(), enc.size());
  s[0] = enc.size();
}

void runeCountB(rt::NativeContext&, uint64_t* s) { s[0] = utf8::runeCount(bytesOf(slotSlice(s + 1))); }
void runeCountS(rt::NativeContext&, uint64_t* s) { s[0] = utf8::runeCount(slotString(s + 1).view()); }
void runeStart(rt::NativeContext&, uint64_t* s) { s[0] = (s[1] & 0xC0) != 0x80; }

bool valid(std::string_view v) {
  for (size_t i = 0; i < v.size();) {
    if (static_cast<uint8_t>(v[i]) < 0x80) {
      ++i;
      continue;
    }
    int w;
    if (utf8::decodeRune(v, i, &w) == utf8::kRuneError && w == 1) return false;
    i += w;
  }
  return true;
}
void validB(rt::NativeContext&, uint64_t* s) { s[0] = valid(bytesOf(slotSlice(s + 1))); }
void validS(rt::NativeContext&, uint64_t* s) { s[0] = valid(slotString(s + 1).view()); }
void validRune(rt::NativeContext&, uint64_t* s) { s[0] = utf8::validRune(static_cast<int32_t>(s[1])); }

const NativeEntry kUnicodeNatives[] = {
    {"unicode.Is", isNative},
    {"unicode.IsControl", runePred<isControl>},
    {"unicode.IsDigit", runePred<isDigit>},
    {"unicode.IsGraphic", runePred<isGraphic>},
    {"unicode.IsLetter", runePred<isLetter>},
    {"unicode.IsLower", runePred<isLower>},
    {"unicode.IsMark", runePred<isMark>},
    {"unicode.IsNumber", runePred<isNumber>},
    {"unicode.IsPrint", runePred<isPrint>},
    {"unicode.IsPunct", runePred<isPunct>},
    {"unicode.IsSpace", runePred<isSpace>},
    {"unicode.IsSymbol", runePred<isSymbol>},
    {"unicode.IsTitle", runePred<isTitle>},
    {"unicode.IsUpper", runePred<isUpper>},
    {"unicode.SimpleFold", runeMap<simpleFold>},
    {"unicode.To", toNative},
    {"unicode.tableFill", tableFill},
    {"unicode.tableShape", tableShape},
    {"unicode.ToLower", runeMap<toLower>},
    {"unicode.ToTitle", runeMap<toTitle>},
    {"unicode.ToUpper", runeMap<toUpper>},
    {"unicode/utf8.DecodeLastRune", decodeLastRuneB},
    {"unicode/utf8.DecodeLastRuneInString", decodeLastRuneS},
    {"unicode/utf8.DecodeRune", decodeRuneB},
    {"unicode/utf8.DecodeRuneInString", decodeRuneS},
    {"unicode/utf8.EncodeRune", encodeRune},
    {"unicode/utf8.FullRune", fullRuneB},
    {"unicode/utf8.FullRuneInString", fullRuneS},
    {"unicode/utf8.RuneCount", runeCountB},
    {"unicode/utf8.RuneCountInString", runeCountS},
    {"unicode/utf8.RuneLen", runeLen},
    {"unicode/utf8.RuneStart", runeStart},
    {"unicode/utf8.Valid", validB},
    {"unicode/utf8.ValidRune", validRune},
    {"unicode/utf8.ValidString", validS},
};

}  // namespace
}  // namespace unicode

std::span<const NativeEntry> unicodeNatives() { return unicode::kUnicodeNatives; }

}  // namespace vo::stdlib
