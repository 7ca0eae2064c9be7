// Strings (Go runtime string.go, unicode/utf8): concatenation with one allocation, conversions between strings,
// bytes and runes (invalid UTF-8 decodes to U+FFFD with width 1; invalid runes encode as "\uFFFD").
#include <algorithm>
#include <cstring>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "runtime-core/string_internal.h"
#include "runtime-core/type_info.h"

namespace vo::rt {

namespace {
constexpr int64_t kRuneError = 0xFFFD;

// One-byte strings for string(rune) of ASCII runes, without allocating (Go: staticuint64s).
struct AsciiTable {
  uint8_t bytes[128];
  AsciiTable() {
    for (int i = 0; i < 128; i++) bytes[i] = static_cast<uint8_t>(i);
  }
};
const AsciiTable kAscii;
}  // namespace

int encodeRune(uint8_t* p, int64_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
  if (r < 0x80) {
    p[0] = static_cast<uint8_t>(r);
    return 1;
  }
  if (r < 0x800) {
    p[0] = static_cast<uint8_t>(0xC0 | (r >> 6));
    p[1] = static_cast<uint8_t>(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    p[0] = static_cast<uint8_t>(0xE0 | (r >> 12));
    p[1] = static_cast<uint8_t>(0x80 | ((r >> 6) & 0x3F));
    p[2] = static_cast<uint8_t>(0x80 | (r & 0x3F));
    return 3;
  }
  p[0] = static_cast<uint8_t>(0xF0 | (r >> 18));
  p[1] = static_cast<uint8_t>(0x80 | ((r >> 12) & 0x3F));
  p[2] = static_cast<uint8_t>(0x80 | ((r >> 6) & 0x3F));
  p[3] = static_cast<uint8_t>(0x80 | (r & 0x3F));
  return 4;
}

int runeLen(int64_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return 3;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r < 0x10000) return 3;
  return 4;
}

// unicode/utf8.DecodeRune: returns the rune and its width; (RuneError, 1) for invalid input, (RuneError, 0) at
// the end.
int64_t decodeRuneAt(const uint8_t* p, int64_t n, int* width) {
  if (n <= 0) {
    *width = 0;
    return kRuneError;
  }
  uint8_t c0 = p[0];
  if (c0 < 0x80) {
    *width = 1;
    return c0;
  }
  *width = 1;
  if (c0 < 0xC2 || c0 > 0xF4) return kRuneError;
  if (c0 < 0xE0) {
    if (n < 2 || (p[1] & 0xC0) != 0x80) return kRuneError;
    *width = 2;
    return ((c0 & 0x1F) << 6) | (p[1] & 0x3F);
  }
  // Accepted ranges of the second byte (utf8 acceptRanges).
  uint8_t lo = 0x80, hi = 0xBF;
  if (c0 == 0xE0) lo = 0xA0;
  else if (c0 == 0xED) hi = 0x9F;
  else if (c0 == 0xF0) lo = 0x90;
  else if (c0 == 0xF4) hi = 0x8F;
  if (n < 2 || p[1] < lo || p[1] > hi) return kRuneError;
  if (c0 < 0xF0) {
    if (n < 3 || (p[2] & 0xC0) != 0x80) return kRuneError;
    *width = 3;
    return ((c0 & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  if (n < 4 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) return kRuneError;
  *width = 4;
  return ((c0 & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

String stringConcat(String a, String b) {
  if (a.len == 0) return b;
  if (b.len == 0) return a;
  int64_t n = a.len + b.len;
  if (n < 0) throwRuntimeError("string concatenation too long");
  if (n <= 16) {
    // Short results (keys, words, numbers with a prefix) are gathered in registers and written with one or two
    // aligned 8-byte stores, which the loads of the hash or comparison that usually follows at once can take from
    // the store buffer (loadShortBytes). Size classes are multiples of 8 bytes: the rounded size costs nothing.
    unsigned __int128 v = loadShortBytes(a.ptr, static_cast<size_t>(a.len)) |
                          loadShortBytes(b.ptr, static_cast<size_t>(b.len)) << (8 * a.len);
    auto* p = static_cast<uint8_t*>(gcAllocBytes(n > 8 ? 16 : 8));
    if (n > 8) {
      std::memcpy(p, &v, 16);
    } else {
      auto w = static_cast<uint64_t>(v);
      std::memcpy(p, &w, 8);
    }
    return {p, n};
  }
  auto* p = static_cast<uint8_t*>(gcAllocBytes(static_cast<uint64_t>(n)));
  std::memcpy(p, a.ptr, static_cast<size_t>(a.len));
  std::memcpy(p + a.len, b.ptr, static_cast<size_t>(b.len));
  return {p, n};
}

int stringCompare(String a, String b) {
  size_t n = static_cast<size_t>(std::min(a.len, b.len));
  if (n > 0 && a.ptr != b.ptr) {
    int c = std::memcmp(a.ptr, b.ptr, n);
    if (c != 0) return c < 0 ? -1 : 1;
  }
  return a.len < b.len ? -1 : (a.len > b.len ? 1 : 0);
}

String makeString(std::string_view bytes) {
  if (bytes.empty()) return {};
  auto* p = static_cast<uint8_t*>(gcAllocBytes(bytes.size()));
  std::memcpy(p, bytes.data(), bytes.size());
  return {p, static_cast<int64_t>(bytes.size())};
}

String stringFromBytes(Slice b) {
  return makeString({static_cast<const char*>(b.ptr), static_cast<size_t>(b.len)});
}

Slice bytesFromString(String s) {
  if (s.len == 0) {
    // []byte("") is a non-nil empty slice in Go.
    return {gcAllocBytes(0), 0, 0};
  }
  uint64_t cap = roundUpSize(static_cast<uint64_t>(s.len));
  auto* p = static_cast<uint8_t*>(gcAllocBytes(cap));
  std::memcpy(p, s.ptr, static_cast<size_t>(s.len));
  return {p, s.len, static_cast<int64_t>(cap)};
}

String stringFromRunes(Slice runes) {
  const auto* r = static_cast<const int32_t*>(runes.ptr);
  int64_t n = 0;
  for (int64_t i = 0; i < runes.len; i++) n += runeLen(r[i]);
  if (n == 0) return {};
  auto* p = static_cast<uint8_t*>(gcAllocBytes(static_cast<uint64_t>(n)));
  r = static_cast<const int32_t*>(runes.ptr);  // unchanged (non-moving GC); re-read for clarity
  int64_t o = 0;
  for (int64_t i = 0; i < runes.len; i++) o += encodeRune(p + o, r[i]);
  return {p, n};
}

Slice runesFromString(String s) {
  int64_t n = 0;
  for (int64_t i = 0; i < s.len;) {
    int w;
    decodeRuneAt(s.ptr + i, s.len - i, &w);
    i += w;
    n++;
  }
  uint64_t cap = roundUpSize(static_cast<uint64_t>(n) * 4) / 4;
  auto* out = static_cast<int32_t*>(gcAllocBytes(cap * 4));
  int64_t k = 0;
  for (int64_t i = 0; i < s.len;) {
    int w;
    out[k++] = static_cast<int32_t>(decodeRuneAt(s.ptr + i, s.len - i, &w));
    i += w;
  }
  return {out, n, static_cast<int64_t>(cap)};
}

String stringFromRune(int64_t r) {
  if (static_cast<int64_t>(static_cast<int32_t>(r)) != r) r = kRuneError;
  if (r >= 0 && r < 0x80) return {&kAscii.bytes[r], 1};
  uint8_t buf[4];
  int n = encodeRune(buf, r);
  return makeString({reinterpret_cast<const char*>(buf), static_cast<size_t>(n)});
}

void decodeRune(String s, int64_t i, int64_t* rune, int64_t* width) {
  int w;
  *rune = decodeRuneAt(s.ptr + i, s.len - i, &w);
  *width = w;
}

}  // namespace vo::rt
