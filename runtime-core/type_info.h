// Runtime-private facts derived from a TypeDesc once and cached in TypeDesc::rtInfo: the GC pointer map used for
// precise marking, and the equality/hash strategy. Internal to runtime-core (not part of the executor contract).
#pragma once

#include <cstdint>
#include <vector>

#include "runtime-core/type_desc.h"

namespace vo::rt {

/// One step of a pointer map: where a value of some type holds GC pointers.
struct PtrOp {
  enum class Kind : uint8_t {
    Ptr,         ///< one pointer word at `offset` (pointers, maps, chans, funcs, a string's or slice's ptr word)
    EmptyIface,  ///< an empty interface at `offset`: type word TypeDesc*, data word a pointer per its type
    Iface,       ///< a non-empty interface at `offset`: type word Itab*
    Array,       ///< `count` elements of `stride` bytes starting at `offset`, each scanned with `elem`
  };
  Kind kind = Kind::Ptr;
  uint32_t offset = 0;
  uint64_t count = 0;
  uint64_t stride = 0;
  const struct TypeRtInfo* elem = nullptr;
};

/// How to hash/compare a value quickly (alg.cpp).
enum class AlgKind : uint8_t {
  Mem,         ///< equality is memcmp of `size` bytes (integers, pointers, no padding, no blank fields)
  Float32, Float64, Complex64, Complex128,
  String,
  EmptyIface, Iface,
  Array, Struct,  ///< element/field-wise
  Uncomparable,   ///< slices, maps, funcs (and structs/arrays containing them)
};

/// Cached per TypeDesc (TypeDesc::rtInfo); built on first use, never freed.
struct TypeRtInfo {
  const TypeDesc* type = nullptr;
  std::vector<PtrOp> ptrOps;  ///< empty when the type holds no GC pointers
  AlgKind alg = AlgKind::Mem;
  bool hashMightPanic = false;  ///< contains an interface (hashing may meet an unhashable dynamic type)
  bool slotsAreMemory = false;  ///< runtime.h slotsAreMemory()
};

/// Builds and caches the info of `t` (rtInfo's slow path).
const TypeRtInfo& buildRtInfo(const TypeDesc* t);
/// The cached info of `t` (built on first call).
inline const TypeRtInfo& rtInfo(const TypeDesc* t) { return t->rtInfo != nullptr ? *t->rtInfo : buildRtInfo(t); }

/// Go 1.19 size classes (runtime/sizeclasses.go): class 0 is "large"; classes 1..67 are 8 .. 32768 bytes.
inline constexpr int kNumSizeClasses = 68;
inline constexpr uint64_t kMaxSmallSize = 32768;
inline constexpr uint64_t kPageSize = 8192;
extern const uint16_t kClassToSize[kNumSizeClasses];
extern const uint8_t kClassToPages[kNumSizeClasses];
/// The size class of a small allocation of `size` bytes (1 <= size <= kMaxSmallSize).
int sizeToClass(uint64_t size);
/// Go's roundupsize (runtime/msize.go): the bytes malloc really hands out for a request of `size` bytes.
uint64_t roundUpSize(uint64_t size);

}  // namespace vo::rt
