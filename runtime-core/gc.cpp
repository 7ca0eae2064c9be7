// The collector: precise marking from roots with an explicit mark stack, then sweeping every span (gc_heap.h).
#include <chrono>
#include <cstring>

#include "runtime-core/gc_heap.h"

namespace vo::rt {

namespace gc {

namespace {

constexpr int kPoison = 0xDB;  // fills freed objects under VO_GC_STRESS

struct Gray {
  Span* span;
  uint32_t index;
};

class Marker final : public GcMarker {
 public:
  explicit Marker(Heap& h) : h_(h) {}

  void markPointer(const void* p) override { markAddr(reinterpret_cast<uintptr_t>(p)); }

  void markValue(const TypeDesc* t, const void* addr) override {
    if (t == nullptr || !t->hasPointers()) return;
    scanOps(rtInfo(t), reinterpret_cast<uintptr_t>(addr));
  }

  void markSlots(const SlotKind* kinds, const uint64_t* slots, size_t n) override {
    for (size_t i = 0; i < n; i++) {
      switch (kinds[i]) {
        case SlotKind::Ptr: markAddr(slots[i]); break;
        case SlotKind::IfaceData:
          if (i > 0 && kinds[i - 1] == SlotKind::IfaceType) {
            markIfaceData(reinterpret_cast<const void*>(slots[i - 1]), slots[i]);
          } else {
            markAddr(slots[i]);  // no type word beside it: treat conservatively (marking never frees)
          }
          break;
        default: break;
      }
    }
  }

  /// Marks until the mark stack is empty. Objects go from the stack through a small FIFO before they are scanned,
  /// and each is prefetched (its words and its type word) as it enters: by the time it is scanned its cache lines
  /// have arrived (the prefetch-on-grey queue of Cher, Hosking and Vijaykumar, "Software prefetching for
  /// mark-sweep garbage collection", ASPLOS 2004). Marking a large live heap is otherwise one cache miss per object.
  void drain() {
    constexpr uint32_t kQueue = 8;
    Gray queue[kQueue];
    uint32_t head = 0, n = 0;
    for (;;) {
      while (n < kQueue && !stack_.empty()) {
        Gray g = stack_.back();
        stack_.pop_back();
        __builtin_prefetch(reinterpret_cast<const void*>(g.span->objectAt(g.index)));
        __builtin_prefetch(&g.span->info[g.index]);
        queue[(head + n) % kQueue] = g;
        ++n;
      }
      if (n == 0) return;
      Gray g = queue[head];
      head = (head + 1) % kQueue;
      --n;
      scanObject(g.span, g.index);
    }
  }

  uint64_t liveBytes() const { return live_; }

  /// Marks what the object at `p` (start of a heap object) refers to, but not the object itself.
  void markContents(uintptr_t p) {
    Span* s = h_.spanOf(p);
    if (s == nullptr || s->noscan) return;
    uint32_t i = s->indexOf(p);
    if (i < s->nelems && s->isAllocated(i)) scanObject(s, i);
  }

  bool isMarked(uintptr_t p) const {
    Span* s = h_.spanOf(p);
    if (s == nullptr) return true;
    uint32_t i = s->indexOf(p);
    return i >= s->nelems || s->isMarked(i);
  }

 private:
  void markAddr(uintptr_t p) {
    Span* s = h_.spanOf(p);
    if (s == nullptr) return;
    uint32_t i = s->indexOf(p);
    if (i >= s->nelems) return;
    uint64_t bit = uint64_t{1} << (i & 63);
    if (!(s->allocBits[i >> 6] & bit) || (s->markBits[i >> 6] & bit)) return;
    s->markBits[i >> 6] |= bit;
    live_ += s->sizeClass != 0 ? s->elemSize : uint64_t{s->npages} * kPageSize;
    if (!s->noscan) stack_.push_back({s, i});
  }

  void markIfaceData(const void* typeWord, uint64_t data) {
    const TypeDesc* t = typeOfTypeWord(typeWord);
    if (t == nullptr) return;
    if (!t->direct() || t->hasPointers()) markAddr(data);
  }

  void scanOps(const TypeRtInfo& info, uintptr_t base) {
    for (const PtrOp& op : info.ptrOps) {
      uintptr_t a = base + op.offset;
      switch (op.kind) {
        case PtrOp::Kind::Ptr: markAddr(*reinterpret_cast<const uintptr_t*>(a)); break;
        case PtrOp::Kind::EmptyIface:
        case PtrOp::Kind::Iface: {
          const auto* w = reinterpret_cast<const uintptr_t*>(a);
          markIfaceData(reinterpret_cast<const void*>(w[0]), w[1]);
          break;
        }
        case PtrOp::Kind::Array:
          for (uint64_t k = 0; k < op.count; k++) scanOps(*op.elem, a + k * op.stride);
          break;
      }
    }
  }

  void scanObject(Span* s, uint32_t i) {
    uintptr_t word = s->info[i];
    uintptr_t obj = s->objectAt(i);
    uint64_t bytes = s->sizeClass != 0 ? s->elemSize : s->largeBytes;
    switch (word & kInfoTagMask) {
      case kInfoValue: {
        const auto* t = reinterpret_cast<const TypeDesc*>(word & ~uintptr_t{kInfoTagMask});
        scanOps(rtInfo(t), obj);
        break;
      }
      case kInfoArray: {
        const auto* t = reinterpret_cast<const TypeDesc*>(word & ~uintptr_t{kInfoTagMask});
        const TypeRtInfo& info = rtInfo(t);
        uint64_t n = bytes / t->size;
        if (info.ptrOps.size() == 1 && info.ptrOps[0].kind == PtrOp::Kind::Ptr && info.ptrOps[0].offset == 0) {
          uint64_t stride = t->size;  // one pointer per element (pointers, strings, slices, maps)
          for (uint64_t k = 0; k < n; k++) markAddr(*reinterpret_cast<const uintptr_t*>(obj + k * stride));
        } else {
          for (uint64_t k = 0; k < n; k++) scanOps(info, obj + k * t->size);
        }
        break;
      }
      case kInfoClosure: {
        const auto* c = reinterpret_cast<const Closure*>(obj);
        uint64_t n = c->numCaptures;
        uint64_t room = (bytes - sizeof(Closure)) / sizeof(void*);
        if (n > room) n = room;
        for (uint64_t k = 0; k < n; k++) markAddr(reinterpret_cast<uintptr_t>(c->captures[k]));
        break;
      }
      default: break;
    }
  }

  Heap& h_;
  std::vector<Gray> stack_;
  uint64_t live_ = 0;
};

}  // namespace

void Heap::collect() {
  if (collecting) return;
  collecting = true;
  auto start = std::chrono::steady_clock::now();
  Marker m(*this);
  for (RootScanner* r : roots) {
    r->scanRoots(m);
    m.drain();
  }
  for (const void* const* pin : pins) m.markPointer(*pin);
  for (const GcFinalizer& f : readyFinalizers) {
    m.markPointer(f.object);
    m.markPointer(f.fn);
  }
  for (const auto& [obj, f] : finalizers) {
    m.markContents(obj);
    m.markPointer(f.fn);
  }
  m.drain();
  if (!finalizers.empty()) {
    for (auto it = finalizers.begin(); it != finalizers.end();) {
      if (m.isMarked(it->first)) {
        ++it;
        continue;
      }
      m.markPointer(reinterpret_cast<const void*>(it->first));  // resurrected for its finalizer
      readyFinalizers.push_back(it->second);
      it = finalizers.erase(it);
    }
    m.drain();
  }
  sweep();
  stats.collections++;
  stats.liveBytes = m.liveBytes();
  auto pause = static_cast<uint64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count());
  auto end = static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                       std::chrono::system_clock::now().time_since_epoch())
                                       .count());
  stats.pauseTotalNs += pause;
  stats.lastGcUnixNs = end;
  stats.pauseNs[(stats.collections - 1) % 256] = pause;
  stats.pauseEndNs[(stats.collections - 1) % 256] = end;
  setTrigger();
  collecting = false;
}

void Heap::setTrigger() {
  if (gcPercent < 0) {
    nextTrigger = UINT64_MAX;
    return;
  }
  auto pct = static_cast<uint64_t>(gcPercent);
  uint64_t minimum = kMinTrigger / 100 * pct;
  uint64_t goal = stats.liveBytes + stats.liveBytes / 100 * pct;
  nextTrigger = goal > minimum ? goal : minimum;
}

void Heap::sweep() {
  for (auto& perClass : partial) {
    perClass[0].clear();
    perClass[1].clear();
  }
  size_t kept = 0;
  for (size_t si = 0; si < spans.size(); si++) {
    Span* s = spans[si];
    if (s->sizeClass == 0) {
      if (!(s->markBits[0] & 1)) {
        if (stress) std::memset(reinterpret_cast<void*>(s->start), kPoison, s->largeBytes);
        stats.freeCount++;
        releaseSpan(s);
        continue;
      }
      s->markBits[0] = 0;
      spans[kept++] = s;
      continue;
    }
    uint32_t words = (s->bump + 63) / 64;
    for (uint32_t w = 0; w < words; w++) {
      uint64_t dead = s->allocBits[w] & ~s->markBits[w];
      s->markBits[w] = 0;
      if (dead == 0) continue;
      s->allocBits[w] &= ~dead;
      stats.freeCount += static_cast<uint64_t>(__builtin_popcountll(dead));
      while (dead != 0) {
        uint32_t i = w * 64 + static_cast<uint32_t>(__builtin_ctzll(dead));
        dead &= dead - 1;
        void* p = reinterpret_cast<void*>(s->objectAt(i));
        if (stress) std::memset(p, kPoison, s->elemSize);  // a missing root shows up as garbage at once
        *static_cast<void**>(p) = s->freeList;
        s->freeList = p;
        if (s->info != nullptr) s->info[i] = 0;
        s->nfree++;
      }
    }
    bool isCurrent = current[s->sizeClass][s->noscan] == s;
    if (s->nfree == s->nelems && !isCurrent) {
      releaseSpan(s);
      continue;
    }
    if (s->nfree > 0 && !isCurrent) partial[s->sizeClass][s->noscan].push_back(s);
    spans[kept++] = s;
  }
  spans.resize(kept);
}

}  // namespace gc

void gcCollect() {
  gc::Heap& h = gc::heap();
  if (!h.collecting) h.stats.forcedCollections++;
  h.collect();
}

int32_t gcPercent() { return gc::heap().gcPercent; }

int32_t gcSetPercent(int32_t percent) {
  gc::Heap& h = gc::heap();
  int32_t old = h.gcPercent;
  h.gcPercent = percent < 0 ? -1 : percent;
  h.setTrigger();
  return old;
}

bool gcSetFinalizer(const GcFinalizer& f) {
  gc::Heap& h = gc::heap();
  if (f.object == nullptr || gcObjectStart(f.object) != f.object) return false;
  h.finalizers[reinterpret_cast<uintptr_t>(f.object)] = f;
  return true;
}

void gcClearFinalizer(const void* object) { gc::heap().finalizers.erase(reinterpret_cast<uintptr_t>(object)); }

bool gcHasReadyFinalizers() { return !gc::heap().readyFinalizers.empty(); }

std::vector<GcFinalizer> gcTakeFinalizers() {
  std::vector<GcFinalizer> out;
  out.swap(gc::heap().readyFinalizers);
  return out;
}

}  // namespace vo::rt
