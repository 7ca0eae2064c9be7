// The GC heap, first form: every object comes from mimalloc (zeroed) and nothing is collected yet. The real
// size-class heap with mark and sweep replaces this file (DESIGN.md invariant 5); the API stays.
#include <mimalloc.h>

#include <cstdlib>
#include <cstring>
#include <vector>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "runtime-core/type_info.h"

namespace vo::rt {

namespace {

struct HeapState {
  std::vector<RootScanner*> roots;
  std::vector<const void*> pins;
  GcStats stats;
  bool stress = false;
  HeapState() {
    const char* e = std::getenv("VO_GC_STRESS");
    stress = e != nullptr && std::strcmp(e, "1") == 0;
  }
};

HeapState& heap() {
  static HeapState h;
  return h;
}

alignas(16) uint64_t zeroBase[2];

void* rawAlloc(uint64_t bytes) {
  if (bytes == 0) return zeroBase;
  HeapState& h = heap();
  if (h.stress) gcCollect();
  void* p = mi_zalloc_aligned(bytes, 16);
  if (p == nullptr) throw FatalError{"runtime: out of memory"};
  h.stats.allocCount++;
  h.stats.allocBytes += bytes;
  h.stats.liveBytes += bytes;
  h.stats.heapBytes += bytes;
  return p;
}

}  // namespace

void* gcAlloc(const TypeDesc* t) { return rawAlloc(t->size); }

void* gcAllocArray(const TypeDesc* elem, uint64_t n) {
  if (elem->size != 0 && n > (uint64_t{1} << 48) / elem->size) throw FatalError{"runtime: out of memory"};
  return rawAlloc(elem->size * n);
}

void* gcAllocBytes(uint64_t bytes) { return rawAlloc(bytes); }

Closure* gcAllocClosure(uint32_t func, uint32_t numCaptures) {
  auto* c = static_cast<Closure*>(rawAlloc(sizeof(Closure) + sizeof(void*) * numCaptures));
  c->func = func;
  c->numCaptures = numCaptures;
  return c;
}

void gcAddRoots(RootScanner* r) { heap().roots.push_back(r); }

void gcRemoveRoots(RootScanner* r) {
  auto& v = heap().roots;
  for (size_t i = 0; i < v.size(); i++) {
    if (v[i] == r) {
      v.erase(v.begin() + static_cast<ptrdiff_t>(i));
      return;
    }
  }
}

void gcCollect() { heap().stats.collections++; }

bool gcStress() { return heap().stress; }

GcStats gcStats() { return heap().stats; }

void* gcObjectStart(const void*) { return nullptr; }

GcRoot::GcRoot(const void* slot, int) { heap().pins.push_back(slot); }
GcRoot::~GcRoot() { heap().pins.pop_back(); }

}  // namespace vo::rt
