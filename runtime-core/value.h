// Go's memory layout of the built-in value shapes (DESIGN.md invariant 3), as C++ structs.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "runtime-core/type_desc.h"

namespace vo::rt {

/// A string: {ptr, len}. `ptr` may point into the GC heap (possibly inside an object: substrings) or into
/// non-heap memory (Module constants). Bytes are immutable.
struct String {
  const uint8_t* ptr = nullptr;
  int64_t len = 0;
  std::string_view view() const { return {reinterpret_cast<const char*>(ptr), static_cast<size_t>(len)}; }
};

/// The `n` (at most 16) bytes at `p` as a little-endian number (byte i in bits 8i..8i+7), read as the aligned
/// 8-byte words that hold them. A short string is usually read right after it was written (the concatenation that
/// built a key, then its hash, then the comparison of a map probe); written with aligned 8-byte stores, as the
/// runtime's short-string producers do (stringConcat, strconv's integer formatting), such words are forwarded from
/// the store buffer, where unaligned or narrower loads that straddle two stores would wait until the stores reach
/// the cache (about 20 cycles, or a whole miss when the fresh line is not cached yet). The words may hold bytes
/// around the `n` (never another page: an aligned word does not cross one), which are masked off.
[[gnu::no_sanitize_address]] inline unsigned __int128 loadShortBytes(const uint8_t* p, size_t n) {
  if (n == 0) return 0;
  auto addr = reinterpret_cast<uintptr_t>(p);
  const auto* q = reinterpret_cast<const uint8_t*>(addr & ~uintptr_t{7});
  const unsigned shift = static_cast<unsigned>(addr & 7) * 8;
  const size_t end = (addr & 7) + n;  // bytes from q to the last byte
  uint64_t w0, w1 = 0, w2 = 0;
  std::memcpy(&w0, q, 8);
  if (end > 8) std::memcpy(&w1, q + 8, 8);
  if (end > 16) std::memcpy(&w2, q + 16, 8);
  unsigned __int128 v = (static_cast<unsigned __int128>(w1) << 64 | w0) >> shift;
  if (shift != 0) v |= static_cast<unsigned __int128>(w2) << (128 - shift);
  if (n < 16) v &= (static_cast<unsigned __int128>(1) << (8 * n)) - 1;
  return v;
}

/// True when the `n` bytes at `a` and at `b` are equal: memcmp, with the short lengths (up to 16 bytes: most keys
/// and words) compared inline (loadShortBytes), so that hot callers (string ==, map probes) neither call out nor
/// spill their registers.
inline bool bytesEqual(const uint8_t* a, const uint8_t* b, size_t n) {
  if (n <= 16) return loadShortBytes(a, n) == loadShortBytes(b, n);
  return a == b || std::memcmp(a, b, n) == 0;
}

/// Go's string ==.
inline bool stringsEqual(String x, String y) {
  return x.len == y.len && bytesEqual(x.ptr, y.ptr, static_cast<size_t>(x.len));
}

/// A slice: {ptr, len, cap}; `ptr` may point inside an object (subslices).
struct Slice {
  void* ptr = nullptr;
  int64_t len = 0;
  int64_t cap = 0;
};

/// An interface value: {type word, data word}. The type word is a `const TypeDesc*` for empty interfaces and a
/// `const Itab*` otherwise (0 for nil). The data word holds the value itself when the dynamic type is Direct,
/// otherwise a pointer to a boxed copy (never shared with a variable: boxes are immutable). A Direct value sits in
/// the data word in its Go memory representation: the word's first `size` bytes are the value's bytes (an int8 -1
/// is byte 0xFF, a float32 its 4 IEEE bytes, a pointer the pointer); equality and hashing read only those bytes,
/// so the remaining bytes are don't-care (zero when built by makeIface). ifaceValuePtr gives `&data` for them.
struct Iface {
  const void* tab = nullptr;
  void* data = nullptr;
};

/// A func value points to a Closure: the function's index and the captured variables' boxes (each a pointer to
/// a heap cell holding the variable). Closures without captures for plain functions are static (not GC heap).
struct Closure {
  uint32_t func = 0;
  uint32_t numCaptures = 0;
  void* captures[];  // NOLINT: flexible array member, numCaptures entries (GC pointers)
};

}  // namespace vo::rt
