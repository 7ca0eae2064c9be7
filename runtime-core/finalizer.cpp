// runtime.SetFinalizer's checks (Go runtime/mfinal.go texts) and running queued finalizers through an executor.
// The collector side (which objects are finalizable, resurrection, the queue) is in gc.cpp.
#include <vector>

#include "runtime-core/native.h"
#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"

namespace vo::rt {

namespace {

[[noreturn]] void fatal(std::string msg) { throw FatalError{"runtime.SetFinalizer: " + std::move(msg)}; }

uint32_t slotsOf(const std::vector<const TypeDesc*>& types) {
  uint32_t n = 0;
  for (const TypeDesc* t : types) n += t->numSlots();
  return n;
}

// Keeps finalizers that were taken from the queue alive until each has been called.
class PendingRoots final : public RootScanner {
 public:
  explicit PendingRoots(const std::vector<GcFinalizer>& list) : list_(list) { gcAddRoots(this); }
  ~PendingRoots() override { gcRemoveRoots(this); }
  void scanRoots(GcMarker& m) override {
    for (size_t i = next; i < list_.size(); i++) {
      m.markPointer(list_[i].object);
      m.markPointer(list_[i].fn);
    }
  }
  size_t next = 0;

 private:
  const std::vector<GcFinalizer>& list_;
};

}  // namespace

void setFinalizer(Iface obj, Iface finalizer) {
  const TypeDesc* ot = typeOfTypeWord(obj.tab);
  if (ot == nullptr) fatal("first argument is nil");
  if (ot->kind != Kind::Pointer) fatal("first argument is " + ot->name + ", not pointer");
  if (obj.data == nullptr) fatal("first argument is nil");
  if (ot->elem != nullptr && ot->elem->size == 0) return;  // zero-size objects share one address: ignored
  const TypeDesc* ft = typeOfTypeWord(finalizer.tab);
  if (ft == nullptr) {
    gcClearFinalizer(obj.data);
    return;
  }
  if (ft->kind != Kind::Func) fatal("second argument is " + ft->name + ", not a function");
  if (ft->params.size() != 1 || ft->variadic) fatal("cannot pass " + ot->name + " to finalizer " + ft->name);
  const TypeDesc* pt = ft->params[0];
  if (pt != ot && !(pt->kind == Kind::Interface && (pt->imethods.empty() || getItab(pt, ot) != nullptr))) {
    fatal("cannot pass " + ot->name + " to finalizer " + ft->name);
  }
  void* start = gcObjectStart(obj.data);
  if (start == nullptr) return;  // globals and other non-heap memory: never finalized (as Go's linker-allocated)
  if (start != obj.data) fatal("pointer not at beginning of allocated block");
  if (finalizer.data == nullptr) return;  // a nil func value of func type: Go's "nil func" finalizer is never run
  gcSetFinalizer({obj.data, static_cast<const Closure*>(finalizer.data), ot, ft});
}

void runFinalizers(NativeContext& ctx) {
  while (gcHasReadyFinalizers()) {
    std::vector<GcFinalizer> list = gcTakeFinalizers();
    PendingRoots roots(list);
    for (size_t i = 0; i < list.size(); i++) {
      const GcFinalizer& f = list[i];
      const TypeDesc* pt = f.fnType->params[0];
      uint32_t nres = slotsOf(f.fnType->results);
      std::vector<uint64_t> window(nres + pt->numSlots(), 0);
      if (pt->kind == Kind::Interface) {
        const void* tab = pt->imethods.empty() ? static_cast<const void*>(f.objType) : getItab(pt, f.objType);
        window[nres] = reinterpret_cast<uint64_t>(tab);
        window[nres + 1] = reinterpret_cast<uint64_t>(f.object);
      } else {
        window[nres] = reinterpret_cast<uint64_t>(f.object);
      }
      ctx.callClosure(f.fn, window.data(), window.size());
      roots.next = i + 1;
    }
  }
}

}  // namespace vo::rt
