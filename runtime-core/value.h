// Go's memory layout of the built-in value shapes (DESIGN.md invariant 3), as C++ structs.
#pragma once

#include <cstdint>
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
