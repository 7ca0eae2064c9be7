// Builds TypeRtInfo (pointer maps, equality strategy) from TypeDescs, and Go's size-class table.
#include "runtime-core/type_info.h"

#include <cassert>
#include <memory>
#include <mutex>

namespace vo::rt {

// Copied from Go 1.19 runtime/sizeclasses.go (class_to_size, class_to_allocnpages).
const uint16_t kClassToSize[kNumSizeClasses] = {
    0,    8,    16,   24,   32,   48,   64,   80,    96,    112,   128,   144,   160,   176,   192,   208,   224,
    240,  256,  288,  320,  352,  384,  416,  448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,
    1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072,  3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,
    8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768};
const uint8_t kClassToPages[kNumSizeClasses] = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                                                1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3,
                                                2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4};

namespace {

// size -> class for sizes in 8-byte steps up to 1024 and 128-byte steps above (Go's size_to_class8/128).
struct ClassLookup {
  uint8_t small[1024 / 8 + 1];
  uint8_t large[(kMaxSmallSize - 1024) / 128 + 1];
  ClassLookup() {
    int c = 1;
    for (uint64_t i = 0; i <= 1024 / 8; i++) {
      uint64_t size = i * 8;
      while (kClassToSize[c] < size) c++;
      small[i] = static_cast<uint8_t>(i == 0 ? 1 : c);
    }
    c = 1;
    for (uint64_t i = 0; i <= (kMaxSmallSize - 1024) / 128; i++) {
      uint64_t size = 1024 + i * 128;
      while (kClassToSize[c] < size) c++;
      large[i] = static_cast<uint8_t>(c);
    }
  }
};
const ClassLookup kLookup;

}  // namespace

int sizeToClass(uint64_t size) {
  if (size <= 1024) return kLookup.small[(size + 7) / 8];
  return kLookup.large[(size - 1024 + 127) / 128];
}

uint64_t roundUpSize(uint64_t size) {
  if (size <= kMaxSmallSize) return size == 0 ? 0 : kClassToSize[sizeToClass(size)];
  if (size + kPageSize < size) return size;
  return (size + kPageSize - 1) & ~(kPageSize - 1);
}

namespace {

std::vector<std::unique_ptr<TypeRtInfo>>& infoStore() {
  static std::vector<std::unique_ptr<TypeRtInfo>> store;
  return store;
}

// Appends the pointer ops of a value of type `t` placed at `base` to `ops`.
void addPtrOps(const TypeDesc* t, uint32_t base, std::vector<PtrOp>& ops) {
  if (!t->hasPointers()) return;
  switch (t->kind) {
    case Kind::Pointer: case Kind::Map: case Kind::Chan: case Kind::Func: case Kind::UnsafePointer:
    case Kind::String: case Kind::Slice:
      ops.push_back({PtrOp::Kind::Ptr, base, 0, 0, nullptr});
      return;
    case Kind::Interface:
      ops.push_back({t->imethods.empty() ? PtrOp::Kind::EmptyIface : PtrOp::Kind::Iface, base, 0, 0, nullptr});
      return;
    case Kind::Struct:
      for (const StructField& f : t->fields) addPtrOps(f.type, base + f.offset, ops);
      return;
    case Kind::Array: {
      if (t->len <= 0 || t->elem == nullptr) return;
      if (t->len <= 4) {
        for (int64_t i = 0; i < t->len; i++) addPtrOps(t->elem, base + static_cast<uint32_t>(i * t->elem->size), ops);
        return;
      }
      ops.push_back({PtrOp::Kind::Array, base, static_cast<uint64_t>(t->len), t->elem->size, &rtInfo(t->elem)});
      return;
    }
    default:
      return;
  }
}

AlgKind algOf(const TypeDesc* t, bool& mightPanic) {
  switch (t->kind) {
    case Kind::Float32: return AlgKind::Float32;
    case Kind::Float64: return AlgKind::Float64;
    case Kind::Complex64: return AlgKind::Complex64;
    case Kind::Complex128: return AlgKind::Complex128;
    case Kind::String: return AlgKind::String;
    case Kind::Interface:
      mightPanic = true;
      return t->imethods.empty() ? AlgKind::EmptyIface : AlgKind::Iface;
    case Kind::Slice: case Kind::Func: case Kind::Map: return AlgKind::Uncomparable;
    case Kind::Array: {
      if (t->elem == nullptr) return AlgKind::Mem;
      const TypeRtInfo& e = rtInfo(t->elem);
      mightPanic = e.hashMightPanic;
      if (e.alg == AlgKind::Uncomparable) return AlgKind::Uncomparable;
      return e.alg == AlgKind::Mem ? AlgKind::Mem : AlgKind::Array;
    }
    case Kind::Struct: {
      bool allMem = true;
      uint64_t sum = 0;
      for (const StructField& f : t->fields) {
        const TypeRtInfo& fi = rtInfo(f.type);
        if (fi.alg == AlgKind::Uncomparable) return AlgKind::Uncomparable;
        if (fi.hashMightPanic) mightPanic = true;
        if (fi.alg != AlgKind::Mem || f.name == "_") allMem = false;
        sum += f.type->size;
      }
      return allMem && sum == t->size ? AlgKind::Mem : AlgKind::Struct;
    }
    default: return AlgKind::Mem;
  }
}

}  // namespace

const TypeRtInfo& buildRtInfo(const TypeDesc* t) {
  if (t->rtInfo != nullptr) return *t->rtInfo;
  auto info = std::make_unique<TypeRtInfo>();
  info->type = t;
  addPtrOps(t, 0, info->ptrOps);
  info->alg = algOf(t, info->hashMightPanic);
  bool same = t->size == 8 * uint64_t{t->numSlots()} && t->size > 0;
  for (size_t i = 0; same && i < t->slots.size(); i++) {
    const SlotLayout& s = t->slots[i];
    same = s.offset == 8 * i && s.width == 8 && !s.isFloat32;
  }
  info->slotsAreMemory = same;
  t->rtInfo = info.get();
  infoStore().push_back(std::move(info));
  return *t->rtInfo;
}

}  // namespace vo::rt
