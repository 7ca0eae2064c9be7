// The GC heap's allocation side: arena reservation, page heap, spans, size-class allocation and the public
// allocation API of runtime.h. Marking and sweeping are in gc.cpp; the design is described in gc_heap.h.
#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "runtime-core/gc_heap.h"
#include "runtime-core/panic.h"

namespace vo::rt {

namespace gc {

namespace {
[[noreturn]] void outOfMemory() { throw FatalError{"runtime: out of memory"}; }

// Clears a small object with inline stores (a memset call costs more than the stores for the common sizes).
inline void zeroObject(void* p, uint32_t bytes) {
  auto* w = static_cast<uint64_t*>(p);
  switch (bytes >> 3) {
    case 8: w[7] = 0; [[fallthrough]];
    case 7: w[6] = 0; [[fallthrough]];
    case 6: w[5] = 0; [[fallthrough]];
    case 5: w[4] = 0; [[fallthrough]];
    case 4: w[3] = 0; [[fallthrough]];
    case 3: w[2] = 0; [[fallthrough]];
    case 2: w[1] = 0; [[fallthrough]];
    case 1: w[0] = 0; break;
    default: std::memset(p, 0, bytes); break;
  }
}
}  // namespace

Heap::Heap() {
  const char* e = std::getenv("VO_GC_STRESS");
  stress = e != nullptr && std::strcmp(e, "1") == 0;
  // Go's readGOGC (runtime/mgcpacer.go): "off" disables automatic collection, a number sets the percentage.
  if (const char* g = std::getenv("GOGC"); g != nullptr && *g != '\0') {
    if (std::strcmp(g, "off") == 0) {
      gcPercent = -1;
    } else {
      char* end = nullptr;
      long v = std::strtol(g, &end, 10);
      if (*end == '\0') gcPercent = v < 0 ? -1 : static_cast<int32_t>(std::min<long>(v, INT32_MAX));
    }
  }
  setTrigger();
  // Reserve kArenaBytes, or the largest power-of-two fraction the process may map (`ulimit -v`, valgrind).
  void* arena = MAP_FAILED;
  for (arenaBytes = kArenaBytes; arena == MAP_FAILED && arenaBytes >= kMinArenaBytes; arenaBytes /= 2) {
    arena = mmap(nullptr, arenaBytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (arena != MAP_FAILED) break;
  }
  if (arena == MAP_FAILED) outOfMemory();
  base = reinterpret_cast<uintptr_t>(arena);  // mmap results are page (4 KiB) aligned; align spans to 8 KiB
  if (base % kPageSize != 0) {
    uintptr_t skip = kPageSize - base % kPageSize;
    base += skip;
  }
  size_t mapBytes = (arenaBytes / kPageSize) * sizeof(Span*);
  void* map = mmap(nullptr, mapBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (map == MAP_FAILED) outOfMemory();
  pageMap = static_cast<Span**>(map);
}

Heap* gHeap = nullptr;

Heap& initHeap() {
  if (gHeap == nullptr) gHeap = new Heap();  // never destroyed: static destructors of others may touch objects
  return *gHeap;
}

uintptr_t Heap::allocPages(uint64_t npages, bool* zeroed) {
  auto it = freeBySize.lower_bound(npages);
  if (it != freeBySize.end()) {
    uintptr_t start = it->second;
    freeBySize.erase(it);
    auto run = freeByAddr.find(start);
    FreeRun r = run->second;
    freeByAddr.erase(run);
    if (r.npages > npages) {
      uintptr_t rest = start + npages * kPageSize;
      freeByAddr[rest] = FreeRun{r.npages - npages, r.zeroed};
      freeBySize.emplace(r.npages - npages, rest);
    }
    *zeroed = r.zeroed;
    return start;
  }
  uint64_t bytes = npages * kPageSize;
  uint64_t arenaLimit = arenaBytes - kPageSize;  // the alignment skip may eat up to one page
  if (bytes > arenaLimit || used + bytes > arenaLimit) outOfMemory();
  if (used + bytes > committed) {
    uint64_t want = (used + bytes + kCommitChunk - 1) / kCommitChunk * kCommitChunk;
    if (want > arenaLimit) want = arenaLimit;
    if (mprotect(reinterpret_cast<void*>(base + committed), want - committed, PROT_READ | PROT_WRITE) != 0) {
      outOfMemory();
    }
    committed = want;
  }
  uintptr_t start = base + used;
  used += bytes;
  *zeroed = true;
  return start;
}

void Heap::freePages(uintptr_t start, uint64_t npages, bool zeroed) {
  auto removeBySize = [&](uint64_t n, uintptr_t s) {
    auto [lo, hi] = freeBySize.equal_range(n);
    for (auto i = lo; i != hi; ++i) {
      if (i->second == s) {
        freeBySize.erase(i);
        return;
      }
    }
  };
  auto next = freeByAddr.find(start + npages * kPageSize);
  if (next != freeByAddr.end()) {
    npages += next->second.npages;
    zeroed = zeroed && next->second.zeroed;
    removeBySize(next->second.npages, next->first);
    freeByAddr.erase(next);
  }
  auto after = freeByAddr.lower_bound(start);
  if (after != freeByAddr.begin()) {
    auto prev = std::prev(after);
    if (prev->first + prev->second.npages * kPageSize == start) {
      start = prev->first;
      npages += prev->second.npages;
      zeroed = zeroed && prev->second.zeroed;
      removeBySize(prev->second.npages, prev->first);
      freeByAddr.erase(prev);
    }
  }
  freeByAddr[start] = FreeRun{npages, zeroed};
  freeBySize.emplace(npages, start);
}

Span* Heap::newSpan(int sizeClass, bool noscan, uint64_t largeBytes) {
  uint64_t npages = sizeClass != 0 ? kClassToPages[sizeClass] : (largeBytes + kPageSize - 1) / kPageSize;
  bool zeroed = false;
  uintptr_t start = allocPages(npages, &zeroed);
  auto* s = new Span();
  s->start = start;
  s->npages = static_cast<uint32_t>(npages);
  s->sizeClass = static_cast<uint8_t>(sizeClass);
  s->noscan = noscan;
  s->needZero = !zeroed;
  if (sizeClass != 0) {
    s->elemSize = kClassToSize[sizeClass];
    s->nelems = static_cast<uint32_t>(npages * kPageSize / s->elemSize);
    s->divMagic = static_cast<uint32_t>(~uint32_t{0} / s->elemSize + 1);
  } else {
    s->elemSize = 0;  // unused for large spans (objects are found by span)
    s->nelems = 1;
    s->largeBytes = largeBytes;
  }
  s->nfree = s->nelems;
  if (!noscan) s->info = new uintptr_t[s->nelems]();
  uintptr_t first = (start - base) / kPageSize;
  for (uint64_t i = 0; i < npages; i++) pageMap[first + i] = s;
  spans.push_back(s);
  stats.heapBytes += npages * kPageSize;
  return s;
}

void Heap::releaseSpan(Span* s) {
  uintptr_t first = (s->start - base) / kPageSize;
  for (uint64_t i = 0; i < s->npages; i++) pageMap[first + i] = nullptr;
  uint64_t bytes = uint64_t{s->npages} * kPageSize;
  // Big runs go back to the OS (they read as zero afterwards); small ones stay resident for reuse.
  bool zeroed = bytes >= kScavengeBytes &&
                madvise(reinterpret_cast<void*>(s->start), bytes, MADV_DONTNEED) == 0;
  freePages(s->start, s->npages, zeroed);
  stats.heapBytes -= uint64_t{s->npages} * kPageSize;
  delete[] s->info;
  delete s;
}

Span* Heap::refill(int cls, bool noscan) {
  std::vector<Span*>& list = partial[cls][noscan];
  while (!list.empty()) {
    Span* s = list.back();
    list.pop_back();
    if (s->nfree > 0) return current[cls][noscan] = s;
  }
  return current[cls][noscan] = newSpan(cls, noscan, 0);
}

void* Heap::allocSmall(int cls, bool noscan, uintptr_t info) {
  Span* s = current[cls][noscan];
  if (s == nullptr || s->nfree == 0) s = refill(cls, noscan);
  uint32_t idx;
  void* p;
  if (s->freeList != nullptr) {
    p = s->freeList;
    s->freeList = *static_cast<void**>(p);
    idx = s->indexOf(reinterpret_cast<uintptr_t>(p));
    zeroObject(p, s->elemSize);
  } else {
    idx = s->bump++;
    p = reinterpret_cast<void*>(s->objectAt(idx));
    if (s->needZero) zeroObject(p, s->elemSize);
  }
  s->nfree--;
  s->allocBits[idx >> 6] |= uint64_t{1} << (idx & 63);
  if (collecting) [[unlikely]] s->markBits[idx >> 6] |= uint64_t{1} << (idx & 63);  // allocated black
  if (!noscan) s->info[idx] = info;
  stats.liveBytes += s->elemSize;
  stats.allocBytes += s->elemSize;
  return p;
}

void* Heap::allocLarge(uint64_t bytes, uintptr_t info) {
  Span* s = newSpan(0, info == kInfoNone, bytes);
  void* p = reinterpret_cast<void*>(s->start);
  // Big arrays (map tables, large slices) are accessed at random: back them with transparent huge pages where
  // the kernel allows it (THP "madvise" mode), so that random access does not miss the TLB at every step. A hint
  // only; its failure changes nothing.
  if (bytes >= kHugePageHintBytes) madvise(p, uint64_t{s->npages} * kPageSize, MADV_HUGEPAGE);
  if (s->needZero) std::memset(p, 0, bytes);
  s->bump = 1;
  s->nfree = 0;
  s->allocBits[0] = 1;
  if (collecting) [[unlikely]] s->markBits[0] = 1;
  if (s->info != nullptr) s->info[0] = info;
  uint64_t spanBytes = uint64_t{s->npages} * kPageSize;
  stats.liveBytes += spanBytes;
  stats.allocBytes += spanBytes;
  return p;
}

void* Heap::alloc(uint64_t bytes, uintptr_t info) {
  // Stress mode collects before every allocation, except while automatic collection is off (GOGC=off,
  // SetGCPercent(-1)): then only runtime.GC collects, as in Go.
  if ((stress && gcPercent >= 0) || stats.liveBytes + bytes >= nextTrigger) collect();
  stats.allocCount++;
  if (bytes <= kMaxSmallSize) return allocSmall(sizeToClass(bytes), info == kInfoNone, info);
  return allocLarge(bytes, info);
}

}  // namespace gc

namespace {

alignas(16) uint64_t zeroBase[2];  // the address of every zero-size allocation (Go's zerobase)

constexpr uint64_t kMaxAllocBytes = uint64_t{1} << 48;

}  // namespace

void* gcAlloc(const TypeDesc* t) {
  if (t->size == 0) return zeroBase;
  uintptr_t info = t->hasPointers() ? (reinterpret_cast<uintptr_t>(t) | gc::kInfoValue) : gc::kInfoNone;
  return gc::heap().alloc(t->size, info);
}

void* gcAllocArray(const TypeDesc* elem, uint64_t n) {
  if (elem->size == 0 || n == 0) return zeroBase;
  if (n > kMaxAllocBytes / elem->size) throw FatalError{"runtime: out of memory"};
  uintptr_t info = elem->hasPointers() ? (reinterpret_cast<uintptr_t>(elem) | gc::kInfoArray) : gc::kInfoNone;
  return gc::heap().alloc(elem->size * n, info);
}

void* gcAllocBytes(uint64_t bytes) {
  if (bytes == 0) return zeroBase;
  if (bytes > kMaxAllocBytes) throw FatalError{"runtime: out of memory"};
  return gc::heap().alloc(bytes, gc::kInfoNone);
}

Closure* gcAllocClosure(uint32_t func, uint32_t numCaptures) {
  auto* c = static_cast<Closure*>(
      gc::heap().alloc(sizeof(Closure) + sizeof(void*) * uint64_t{numCaptures}, gc::kInfoClosure));
  c->func = func;
  c->numCaptures = numCaptures;
  return c;
}

void gcAddRoots(RootScanner* r) { gc::heap().roots.push_back(r); }

void gcRemoveRoots(RootScanner* r) {
  auto& v = gc::heap().roots;
  for (size_t i = v.size(); i-- > 0;) {
    if (v[i] == r) {
      v.erase(v.begin() + static_cast<ptrdiff_t>(i));
      return;
    }
  }
}

bool gcStress() { return gc::heap().stress; }

GcStats gcStats() { return gc::heap().stats; }

void* gcObjectStart(const void* p) {
  gc::Heap& h = gc::heap();
  auto a = reinterpret_cast<uintptr_t>(p);
  gc::Span* s = h.spanOf(a);
  if (s == nullptr) return nullptr;
  uint32_t i = s->indexOf(a);
  if (i >= s->nelems || !s->isAllocated(i)) return nullptr;
  return reinterpret_cast<void*>(s->objectAt(i));
}

GcRoot::GcRoot(const void* slot, int) : slot_(slot) {
  gc::heap().pins.push_back(static_cast<const void* const*>(slot));
}

GcRoot::~GcRoot() {
  auto& pins = gc::heap().pins;
  for (size_t i = pins.size(); i-- > 0;) {
    if (pins[i] == slot_) {
      pins.erase(pins.begin() + static_cast<ptrdiff_t>(i));
      return;
    }
  }
}

}  // namespace vo::rt
