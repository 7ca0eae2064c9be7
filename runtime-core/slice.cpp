// Slices (Go 1.19 runtime/slice.go): make with Go's range errors, append growth exactly as growslice (so cap()
// after append matches gc), copy.
#include <cstring>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "runtime-core/type_info.h"

namespace vo::rt {

namespace {

constexpr uint64_t kMaxAlloc = uint64_t{1} << 48;  // Go's maxAlloc on linux/amd64

void* allocElems(const TypeDesc* elem, uint64_t n) {
  if (!elem->hasPointers()) return gcAllocBytes(elem->size * n);
  return gcAllocArray(elem, n);
}

}  // namespace

Slice makeSlice(const TypeDesc* elem, int64_t len, int64_t cap) {
  uint64_t es = elem->size;
  auto tooBig = [&](int64_t n) {
    return n < 0 || (es != 0 && static_cast<uint64_t>(n) > kMaxAlloc / es);
  };
  if (tooBig(cap) || len < 0 || len > cap) {
    if (tooBig(len)) throwRuntimeError("makeslice: len out of range");
    throwRuntimeError("makeslice: cap out of range");
  }
  void* p = allocElems(elem, static_cast<uint64_t>(cap));
  return {p, len, cap};
}

// Go 1.19 growslice; `newLen` is growslice's `cap` argument (the length append needs).
Slice growSlice(const TypeDesc* elem, Slice s, int64_t newLen) {
  if (newLen < 0) throwRuntimeError("growslice: cap out of range");  // the length overflowed
  if (newLen <= s.cap) {
    s.len = newLen;
    return s;
  }
  uint64_t es = elem->size;
  if (es == 0) return {gcAllocBytes(0), newLen, newLen};

  int64_t newcap = s.cap;
  int64_t doublecap = newcap + newcap;
  if (newLen > doublecap) {
    newcap = newLen;
  } else {
    constexpr int64_t kThreshold = 256;
    if (s.cap < kThreshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < newLen) newcap += (newcap + 3 * kThreshold) / 4;
      if (newcap <= 0) newcap = newLen;
    }
  }
  uint64_t ucap = static_cast<uint64_t>(newcap);
  if (ucap > kMaxAlloc / es) throwRuntimeError("growslice: cap out of range");
  uint64_t capmem = roundUpSize(ucap * es);
  if (capmem > kMaxAlloc) throwRuntimeError("growslice: cap out of range");
  newcap = static_cast<int64_t>(capmem / es);

  void* p = allocElems(elem, static_cast<uint64_t>(newcap));
  if (s.len > 0) std::memcpy(p, s.ptr, static_cast<size_t>(s.len) * es);
  return {p, newLen, newcap};
}

int64_t sliceCopy(const TypeDesc* elem, Slice dst, const void* src, int64_t srcLen) {
  int64_t n = dst.len < srcLen ? dst.len : srcLen;
  if (n <= 0 || dst.ptr == src) return n < 0 ? 0 : n;
  std::memmove(dst.ptr, src, static_cast<size_t>(n) * elem->size);
  return n;
}

}  // namespace vo::rt
