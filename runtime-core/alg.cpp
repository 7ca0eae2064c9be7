// Equality and hashing of Go values in memory (Go runtime alg.go): IEEE floats (+0 == -0, NaN != NaN and hashes
// randomly), bytewise strings, interfaces by dynamic type then value, structs field-wise skipping blank fields.
#include <cstring>

#include "runtime-core/alg_internal.h"
#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "runtime-core/type_info.h"

namespace vo::rt {

namespace {

inline uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

constexpr uint64_t kP0 = 0xa0761d6478bd642full, kP1 = 0xe7037ed1a0b428dbull, kP2 = 0x8ebc6af09c88c6e3ull;

inline uint64_t read64(const uint8_t* p) { uint64_t v; std::memcpy(&v, p, 8); return v; }
inline uint64_t read32(const uint8_t* p) { uint32_t v; std::memcpy(&v, p, 4); return v; }

uint64_t nanCounter = 0x9e3779b97f4a7c15ull;

[[noreturn]] void unhashable(const TypeDesc* t) { throwRuntimeError("hash of unhashable type " + t->name); }
[[noreturn]] void uncomparable(const TypeDesc* t) { throwRuntimeError("comparing uncomparable type " + t->name); }

uint64_t hashF64(double d, uint64_t seed) {
  if (d == 0) d = 0;  // +0 and -0 hash alike
  if (d != d) return mix(seed ^ (nanCounter += kP0), kP1);  // NaN: random, never found again
  uint64_t b;
  std::memcpy(&b, &d, 8);
  return hashWord(b, seed);
}

}  // namespace

uint64_t hashBytes(const void* data, uint64_t len, uint64_t seed) {
  const auto* p = static_cast<const uint8_t*>(data);
  seed ^= kP0;
  uint64_t a, b;
  if (len <= 16) {
    unsigned __int128 v = loadShortBytes(p, len);  // aligned words: see there
    a = static_cast<uint64_t>(v);
    b = static_cast<uint64_t>(v >> 64);
  } else {
    uint64_t i = len;
    while (i > 16) {
      seed = mix(read64(p) ^ kP1, read64(p + 8) ^ seed);
      p += 16;
      i -= 16;
    }
    a = read64(p + i - 16);
    b = read64(p + i - 8);
  }
  return mix(kP1 ^ len, mix(a ^ kP1, b ^ seed));
}


uint64_t hashString(String s, uint64_t seed) { return hashBytes(s.ptr, static_cast<uint64_t>(s.len), seed); }

bool ifaceEqual(const TypeDesc* ifaceType, Iface a, Iface b) {
  (void)ifaceType;
  // Compare dynamic types, not type words, so that an empty and a non-empty interface holding the same value are
  // equal too (itabs are unique per pair, so equal words always mean equal types).
  const TypeDesc* t;
  if (a.tab == b.tab) {
    if (a.tab == nullptr) return true;
    t = typeOfTypeWord(a.tab);
  } else {
    t = typeOfTypeWord(a.tab);
    if (t != typeOfTypeWord(b.tab)) return false;
    if (t == nullptr) return true;
  }
  if (t->direct()) return valuesEqual(t, &a.data, &b.data);
  return valuesEqual(t, a.data, b.data);
}

bool valuesEqual(const TypeDesc* t, const void* a, const void* b) {
  const TypeRtInfo& info = rtInfo(t);
  switch (info.alg) {
    case AlgKind::Mem: return std::memcmp(a, b, t->size) == 0;
    case AlgKind::Float32: return *static_cast<const float*>(a) == *static_cast<const float*>(b);
    case AlgKind::Float64: return *static_cast<const double*>(a) == *static_cast<const double*>(b);
    case AlgKind::Complex64: {
      const auto* x = static_cast<const float*>(a);
      const auto* y = static_cast<const float*>(b);
      return x[0] == y[0] && x[1] == y[1];
    }
    case AlgKind::Complex128: {
      const auto* x = static_cast<const double*>(a);
      const auto* y = static_cast<const double*>(b);
      return x[0] == y[0] && x[1] == y[1];
    }
    case AlgKind::String: {
      const auto* x = static_cast<const String*>(a);
      const auto* y = static_cast<const String*>(b);
      return stringsEqual(*x, *y);
    }
    case AlgKind::EmptyIface:
    case AlgKind::Iface:
      return ifaceEqual(t, *static_cast<const Iface*>(a), *static_cast<const Iface*>(b));
    case AlgKind::Array: {
      const auto* x = static_cast<const uint8_t*>(a);
      const auto* y = static_cast<const uint8_t*>(b);
      uint64_t es = t->elem->size;
      for (int64_t i = 0; i < t->len; i++) {
        if (!valuesEqual(t->elem, x + i * es, y + i * es)) return false;
      }
      return true;
    }
    case AlgKind::Struct: {
      const auto* x = static_cast<const uint8_t*>(a);
      const auto* y = static_cast<const uint8_t*>(b);
      for (const StructField& f : t->fields) {
        if (f.name == "_") continue;
        if (!valuesEqual(f.type, x + f.offset, y + f.offset)) return false;
      }
      return true;
    }
    case AlgKind::Uncomparable: uncomparable(t);
  }
  return false;
}

uint64_t ifaceHash(Iface v, uint64_t seed) {
  if (v.tab == nullptr) return hashWord(0, seed);
  const TypeDesc* t = typeOfTypeWord(v.tab);
  if (rtInfo(t).alg == AlgKind::Uncomparable) unhashable(t);
  uint64_t h = hashWord(reinterpret_cast<uintptr_t>(t), seed);
  return valueHash(t, t->direct() ? static_cast<const void*>(&v.data) : v.data, h);
}

uint64_t valueHash(const TypeDesc* t, const void* mem, uint64_t seed) {
  const TypeRtInfo& info = rtInfo(t);
  switch (info.alg) {
    case AlgKind::Mem:
      switch (t->size) {
        case 8: return hashWord(read64(static_cast<const uint8_t*>(mem)), seed);
        case 4: return hashWord(read32(static_cast<const uint8_t*>(mem)), seed);
        case 1: return hashWord(*static_cast<const uint8_t*>(mem), seed);
        default: return hashBytes(mem, t->size, seed);
      }
    case AlgKind::Float32: return hashF64(*static_cast<const float*>(mem), seed);
    case AlgKind::Float64: return hashF64(*static_cast<const double*>(mem), seed);
    case AlgKind::Complex64: {
      const auto* x = static_cast<const float*>(mem);
      return hashF64(x[1], hashF64(x[0], seed));
    }
    case AlgKind::Complex128: {
      const auto* x = static_cast<const double*>(mem);
      return hashF64(x[1], hashF64(x[0], seed));
    }
    case AlgKind::String: return hashString(*static_cast<const String*>(mem), seed);
    case AlgKind::EmptyIface:
    case AlgKind::Iface: return ifaceHash(*static_cast<const Iface*>(mem), seed);
    case AlgKind::Array: {
      const auto* x = static_cast<const uint8_t*>(mem);
      uint64_t h = seed;
      for (int64_t i = 0; i < t->len; i++) h = valueHash(t->elem, x + i * t->elem->size, h);
      return h;
    }
    case AlgKind::Struct: {
      const auto* x = static_cast<const uint8_t*>(mem);
      uint64_t h = seed;
      for (const StructField& f : t->fields) {
        if (f.name == "_") continue;
        h = valueHash(f.type, x + f.offset, h);
      }
      return h;
    }
    case AlgKind::Uncomparable: unhashable(t);
  }
  return 0;
}

}  // namespace vo::rt
