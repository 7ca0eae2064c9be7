// runtime's natives that make sense before goroutines exist: GC, GOMAXPROCS, NumCPU, NumGoroutine, Gosched,
// KeepAlive, Version, GOROOT.
#include <cstring>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

// Finalizers run where Go's finalizer goroutine would get the processor: after GC and at Gosched.
void gc(rt::NativeContext& ctx, uint64_t*) {
  rt::gcCollect();
  rt::runFinalizers(ctx);
}
void gosched(rt::NativeContext& ctx, uint64_t*) { rt::runFinalizers(ctx); }
// func SetFinalizer(obj any, finalizer any): slots obj (2), finalizer (2)
void setFinalizer(rt::NativeContext&, uint64_t* s) {
  rt::setFinalizer(rt::Iface{reinterpret_cast<const void*>(s[0]), reinterpret_cast<void*>(s[1])},
                   rt::Iface{reinterpret_cast<const void*>(s[2]), reinterpret_cast<void*>(s[3])});
}
void gomaxprocs(rt::NativeContext&, uint64_t* s) { s[0] = 1; }  // func GOMAXPROCS(n int) int: slots prev, n
void numCPU(rt::NativeContext&, uint64_t* s) { s[0] = 1; }
void numCgoCall(rt::NativeContext&, uint64_t* s) { s[0] = 0; }
void numGoroutine(rt::NativeContext&, uint64_t* s) { s[0] = 1; }
void nothing(rt::NativeContext&, uint64_t*) {}
// func ReadMemStats(m *MemStats): slots m. Fills the fields the GC heap can answer (Go amd64 offsets of
// runtime.MemStats, checked against unsafe.Offsetof); the others stay as they were.
void readMemStats(rt::NativeContext&, uint64_t* s) {
  auto* m = reinterpret_cast<char*>(s[0]);
  if (m == nullptr) throw rt::RuntimeError{"invalid memory address or nil pointer dereference"};
  rt::GcStats st = rt::gcStats();
  auto put = [&](size_t off, uint64_t v) { std::memcpy(m + off, &v, 8); };
  put(0, st.liveBytes);          // Alloc
  put(8, st.allocBytes);         // TotalAlloc
  put(16, st.heapBytes);         // Sys
  put(32, st.allocCount);        // Mallocs
  put(48, st.liveBytes);         // HeapAlloc
  put(56, st.heapBytes);         // HeapSys
  put(72, st.liveBytes);         // HeapInuse
  put(168, 2 * st.liveBytes);    // NextGC (GOGC=100)
  auto numGC = static_cast<uint32_t>(st.collections);
  std::memcpy(m + 4288, &numGC, 4);  // NumGC
  m[4304] = 1;                       // EnableGC
}

void version(rt::NativeContext&, uint64_t* s) { setString(s, newString("go1.19")); }
void goroot(rt::NativeContext&, uint64_t* s) { setString(s, newString("/usr/lib/go-1.19")); }

const NativeEntry kRuntimeNatives[] = {
    {"runtime.GC", gc},
    {"runtime.GOMAXPROCS", gomaxprocs},
    {"runtime.GOROOT", goroot},
    {"runtime.Gosched", gosched},
    {"runtime.KeepAlive", nothing},
    {"runtime.LockOSThread", nothing},
    {"runtime.ReadMemStats", readMemStats},
    {"runtime.SetFinalizer", setFinalizer},
    {"runtime.UnlockOSThread", nothing},
    {"runtime.NumCPU", numCPU},
    {"runtime.NumCgoCall", numCgoCall},
    {"runtime.NumGoroutine", numGoroutine},
    {"runtime.Version", version},
};

}  // namespace

std::span<const NativeEntry> runtimeNatives() { return kRuntimeNatives; }

}  // namespace vo::stdlib
