// The GC heap's internals (runtime-private; executors use runtime.h): size-class spans in one reserved address
// range, a flat page map, per-object type words, mark and sweep.
//
// Design (DESIGN.md invariant 5; Go's runtime/mheap.go, mcentral.go, mgcmark.go, simplified to one OS thread and a
// stop-the-world collector):
//
// * Arena. One large range of address space is reserved at start-up (mmap PROT_NONE, kArenaBytes) and committed
//   from its low end in chunks (mprotect) as the heap grows. Every GC object lies inside it, so "is this a heap
//   address" is a range check and the page map below is a flat array indexed by (addr - base) / 8 KiB.
// * Pages and spans. The arena is cut into 8 KiB pages. A span is a run of pages serving either one size class
//   (Go 1.19's 67 classes, 8 B .. 32 KiB, with Go's pages-per-span) or one large object (> 32 KiB, rounded up to
//   whole pages, exactly Go's roundupsize, so append's cap growth matches gc). Free page runs live in a page heap
//   (best fit by size, coalesced by address). pageMap[page] is the span owning a page (nullptr when free), so any
//   interior pointer (substring, subslice, &s.f, &a[i]) finds its span in O(1) and its object by dividing the
//   offset by the class size (a multiply by a precomputed reciprocal, as Go's divMagic).
// * Scan and noscan spans. Each class has separate spans for pointer-free objects (string bytes, []int backing
//   arrays) and objects with pointers, like Go's spanClass. A scan span keeps one type word per object:
//   TypeDesc* | tag, tag = value of that type, array of that element type (count = object bytes / elem size;
//   the tail beyond the requested count is zero and harmless), or closure (func index word, then capture
//   pointers). Marking reads it to scan the object precisely through the type's pointer map (type_info.h):
//   pointers, the ptr word of strings and slices, and interface data words whose dynamic type (read through the
//   DescTag of the type word, type_desc.h) is not Direct or is pointer-shaped.
// * Allocation bits and mark bits per span, one bit per object. markPointer ignores addresses outside the arena,
//   in free pages, past the last object of a span, and objects whose alloc bit is clear: a stale pointer to a
//   freed slot never resurrects it.
// * Allocation: per class and scan-ness a current span; pop its free list (slots freed by sweeping) or bump its
//   never-used index; clear the object (fresh arena pages are already zero). Large objects take pages directly.
// * Collection: stop the world (one thread), mark from roots (registered RootScanners: VM frames by slot kind,
//   globals by type, runtime-held values; GcRoot pins of C++ locals) with an explicit mark stack (no recursion
//   over the object graph), then sweep every span: unmarked allocated objects return to the span's free list,
//   empty spans and dead large objects return their pages to the page heap (freed spans of 256 KiB or more go
//   back to the OS with madvise DONTNEED and read as zero when reused). Trigger: Go's GOGC (default 100): the
//   next collection happens when the live bytes after the last one have grown by GOGC percent, with a minimum
//   of 4 MiB * GOGC/100 (Go's heapMinimum), never with GOGC=off or a negative SetGCPercent. VO_GC_STRESS=1
//   collects before every allocation (unless automatic collection is off) and fills freed objects with 0xDB
//   bytes, so a missing root shows up at once.
//   Objects allocated while a collection runs (by a root scanner) are allocated black.
// * Finalizers (runtime.SetFinalizer, Go's mfinal.go rules): after the roots, the contents of every object with a
//   finalizer are marked (not the object itself) together with the finalizer's func value; after marking, each
//   such object still unmarked is marked (resurrected), its finalizer moves to the ready queue (roots until taken,
//   gcTakeFinalizers) and is forgotten, so the object dies in a later cycle once nothing refers to it.
// * Not moving, not generational, not incremental yet; writeBarrier (runtime.h) is the hook an incremental
//   collector would use. Everything that is not a GC object (spans, page heap tables, itabs) lives in mimalloc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

#include "runtime-core/runtime.h"
#include "runtime-core/type_info.h"

namespace vo::rt::gc {

inline constexpr uint64_t kArenaBytes = uint64_t{64} << 30;  ///< address space reserved when possible (not committed)
/// The smallest reservation accepted when the address space is limited (`ulimit -v`, valgrind): the arena is
/// halved from kArenaBytes until a reservation succeeds.
inline constexpr uint64_t kMinArenaBytes = uint64_t{256} << 20;
inline constexpr uint64_t kCommitChunk = uint64_t{16} << 20;
inline constexpr uint64_t kMinTrigger = uint64_t{4} << 20;   ///< no collection before 4 MiB live (GOGC minimum)
inline constexpr uint32_t kMaxObjectsPerSpan = 1024;         ///< 8-byte class, one page
inline constexpr uint64_t kHugePageHintBytes = uint64_t{4} << 20;  ///< large objects this big ask for huge pages
inline constexpr uint64_t kScavengeBytes = uint64_t{256} << 10;  ///< freed spans this big are returned to the OS

/// Tag in the low bits of a scan span's per-object type word.
enum InfoTag : uintptr_t {
  kInfoNone = 0,     ///< free slot
  kInfoValue = 1,    ///< one value of the TypeDesc
  kInfoArray = 2,    ///< elements of the TypeDesc filling the object
  kInfoClosure = 3,  ///< a Closure (captures are pointers)
  kInfoTagMask = 7,
};

struct Span {
  uintptr_t start = 0;
  uint32_t npages = 0;
  uint8_t sizeClass = 0;  ///< 0: one large object
  bool noscan = false;
  bool needZero = false;  ///< slots at index >= bump may hold old bytes (pages were used before)
  uint32_t elemSize = 0;  ///< bytes per object (large: whole pages)
  uint32_t nelems = 0;
  uint32_t divMagic = 0;  ///< offset * divMagic >> 32 == offset / elemSize for offsets inside the span
  uint32_t bump = 0;      ///< slots at index >= bump were never handed out since the span was created
  uint32_t nfree = 0;     ///< free slots (free list + never used)
  uint64_t largeBytes = 0;  ///< large objects: the requested size
  void* freeList = nullptr; ///< intrusive list through free slots below `bump`
  uintptr_t* info = nullptr;  ///< scan spans: per-object type word (InfoTag)
  uint64_t allocBits[kMaxObjectsPerSpan / 64] = {};
  uint64_t markBits[kMaxObjectsPerSpan / 64] = {};

  uintptr_t end() const { return start + uint64_t{npages} * kPageSize; }
  uint32_t indexOf(uintptr_t p) const {
    return sizeClass == 0 ? 0 : static_cast<uint32_t>(((p - start) * uint64_t{divMagic}) >> 32);
  }
  uintptr_t objectAt(uint32_t i) const { return start + uint64_t{i} * elemSize; }
  bool isAllocated(uint32_t i) const { return (allocBits[i >> 6] >> (i & 63)) & 1; }
  bool isMarked(uint32_t i) const { return (markBits[i >> 6] >> (i & 63)) & 1; }
};

/// A free run of pages in the page heap.
struct FreeRun {
  uint64_t npages = 0;
  bool zeroed = false;  ///< never handed out since the arena was committed
};

/// The whole heap state (one per process).
struct Heap {
  uintptr_t base = 0;       ///< arena start (kPageSize aligned)
  uintptr_t committed = 0;  ///< arena bytes committed
  uintptr_t used = 0;       ///< arena bytes ever handed to spans (the bump end)
  uint64_t arenaBytes = 0;  ///< address space reserved for the arena: kArenaBytes, or less when that failed
  Span** pageMap = nullptr; ///< arenaBytes / kPageSize entries

  std::map<uintptr_t, FreeRun> freeByAddr;
  std::multimap<uint64_t, uintptr_t> freeBySize;

  std::vector<Span*> spans;                         ///< every in-use span
  Span* current[kNumSizeClasses][2] = {};           ///< allocation span per class and noscan flag
  std::vector<Span*> partial[kNumSizeClasses][2];   ///< spans with free slots

  std::vector<RootScanner*> roots;
  std::vector<const void* const*> pins;
  std::unordered_map<uintptr_t, GcFinalizer> finalizers;  ///< by object start
  std::vector<GcFinalizer> readyFinalizers;               ///< queued by collections, roots until taken
  GcStats stats;
  uint64_t nextTrigger = kMinTrigger;
  /// Go's GOGC (runtime/debug.SetGCPercent): the next collection starts when the live heap has grown by this
  /// percentage since the last one (minimum kMinTrigger * gcPercent / 100); negative: no automatic collection.
  /// Initialised from the GOGC environment variable ("off" = -1), default 100.
  int32_t gcPercent = 100;
  bool stress = false;
  bool collecting = false;

  Heap();
  /// Sets nextTrigger from the live bytes after a collection and gcPercent (Go's gcControllerState.commit).
  void setTrigger();
  /// The span owning heap address `p`, or nullptr (outside the arena or a free page).
  Span* spanOf(uintptr_t p) const {
    uintptr_t off = p - base;
    if (off >= used) return nullptr;
    return pageMap[off / kPageSize];
  }
  /// Pages for a new span (from the page heap or the arena's end); sets `zeroed` when they are fresh.
  uintptr_t allocPages(uint64_t npages, bool* zeroed);
  /// Returns pages to the page heap, coalescing neighbours; `zeroed` when their contents are known zero.
  void freePages(uintptr_t start, uint64_t npages, bool zeroed);
  Span* newSpan(int sizeClass, bool noscan, uint64_t largeBytes);
  void releaseSpan(Span* s);
  /// Allocates an object of `bytes` (> 0) with type word `info` (kInfoNone for noscan).
  void* alloc(uint64_t bytes, uintptr_t info);
  void* allocSmall(int cls, bool noscan, uintptr_t info);
  void* allocLarge(uint64_t bytes, uintptr_t info);
  Span* refill(int cls, bool noscan);
  void collect();
  void sweep();
};

extern Heap* gHeap;
Heap& initHeap();
/// The process heap (created on first use).
inline Heap& heap() { return gHeap != nullptr ? *gHeap : initHeap(); }

}  // namespace vo::rt::gc
