// Goroutine stacks carved from large mappings (stack_pool.h).
#include "runtime-core/stack_pool.h"

#include <sys/mman.h>

#include <algorithm>
#include <new>
#include <vector>

namespace vo::rt {
namespace {

struct Pool {
  size_t stackBytes = kDefaultStackBytes;
  uintptr_t carveNext = 0;  ///< next uncarved stack in the current region
  uintptr_t carveEnd = 0;
  std::vector<StackSpan> freeList;
  size_t regions = 0, inUse = 0, reserved = 0;
};

Pool& pool() {
  static Pool* p = new Pool;  // never destroyed: fibers may still be live at exit
  return *p;
}

}  // namespace

void stackPoolSetStackBytes(size_t bytes) {
  Pool& p = pool();
  bytes = std::max<size_t>(bytes, size_t{16} << 10);
  bytes = (bytes + 4095) & ~size_t{4095};
  if (bytes == p.stackBytes) return;
  p.stackBytes = bytes;
  p.freeList.clear();  // other size: forget (leak) recycled stacks of the old size
  p.carveNext = p.carveEnd = 0;
}

size_t stackPoolStackBytes() { return pool().stackBytes; }

StackSpan stackAlloc() {
  Pool& p = pool();
  ++p.inUse;
  if (!p.freeList.empty()) {
    StackSpan s = p.freeList.back();
    p.freeList.pop_back();
    return s;
  }
  if (p.carveNext == p.carveEnd) {
    size_t bytes = p.stackBytes * kStacksPerRegion;
    void* m = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) {
      --p.inUse;
      throw std::bad_alloc();
    }
    p.carveNext = reinterpret_cast<uintptr_t>(m);
    p.carveEnd = p.carveNext + bytes;
    ++p.regions;
    p.reserved += bytes;
  }
  StackSpan s{p.carveNext, p.carveNext + p.stackBytes};
  p.carveNext += p.stackBytes;
  return s;
}

StackSpan stackAllocLarge(size_t bytes) {
  bytes = (std::max<size_t>(bytes, size_t{16} << 10) + 4095) & ~size_t{4095};
  void* m = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (m == MAP_FAILED) throw std::bad_alloc();
  ++pool().inUse;
  auto lo = reinterpret_cast<uintptr_t>(m);
  return StackSpan{lo, lo + bytes};
}

void stackFree(StackSpan s) {
  Pool& p = pool();
  --p.inUse;
  if (s.size() == p.stackBytes) {
    p.freeList.push_back(s);
  } else {
    munmap(reinterpret_cast<void*>(s.lo), s.size());
  }
}

StackPoolStats stackPoolStats() {
  Pool& p = pool();
  return {p.regions, p.inUse, p.freeList.size(), p.reserved};
}

}  // namespace vo::rt
