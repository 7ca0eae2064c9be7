// runtime's natives: GC, GOMAXPROCS, NumCPU, NumGoroutine, Gosched, KeepAlive, Version, GOROOT, ReadMemStats,
// stack introspection; and runtime/debug's (SetGCPercent, FreeOSMemory, the Set* knobs, GC statistics).
#include <sched.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include <string>

#include "runtime-core/panic.h"
#include "runtime-core/runtime.h"
#include "runtime-core/sched.h"
#include "stdlib/fmt/printer.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

// Finalizers run where Go's finalizer goroutine would get the processor: after GC and at Gosched.
void gc(rt::NativeContext& ctx, uint64_t*) {
  rt::gcCollect();
  rt::runFinalizers(ctx);
}
void gosched(rt::NativeContext& ctx, uint64_t*) {
  rt::runFinalizers(ctx);
  if (rt::getg()) rt::gosched();
}
// func SetFinalizer(obj any, finalizer any): slots obj (2), finalizer (2)
void setFinalizer(rt::NativeContext&, uint64_t* s) {
  rt::setFinalizer(rt::Iface{reinterpret_cast<const void*>(s[0]), reinterpret_cast<void*>(s[1])},
                   rt::Iface{reinterpret_cast<const void*>(s[2]), reinterpret_cast<void*>(s[3])});
}
// Go's getproccount (runtime/os_linux.go): the CPUs in the process's affinity mask.
int64_t procCount() {
  static const int64_t n = [] {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0) return int64_t{1};
    int c = CPU_COUNT(&set);
    return c > 0 ? int64_t{c} : int64_t{1};
  }();
  return n;
}
// Go's schedinit: GOMAXPROCS from the environment when it is a positive number, else the CPU count. The VM
// runs goroutines on one thread whatever the setting; the value is kept and reported as Go does.
int64_t gMaxProcs = [] {
  if (const char* e = std::getenv("GOMAXPROCS"); e != nullptr && *e != '\0') {
    char* end = nullptr;
    long v = std::strtol(e, &end, 10);
    if (*end == '\0' && v > 0 && v <= INT32_MAX) return static_cast<int64_t>(v);
  }
  return procCount();
}();
// func GOMAXPROCS(n int) int: slots prev, n. n < 1 only reports the setting.
void gomaxprocs(rt::NativeContext&, uint64_t* s) {
  int64_t prev = gMaxProcs;
  auto n = static_cast<int64_t>(s[1]);
  if (n > 0) gMaxProcs = n;
  s[0] = static_cast<uint64_t>(prev);
}
void numCPU(rt::NativeContext&, uint64_t* s) { s[0] = static_cast<uint64_t>(procCount()); }
void numCgoCall(rt::NativeContext&, uint64_t* s) { s[0] = 0; }
void goexit(rt::NativeContext&, uint64_t*) { throw rt::GoexitException{}; }
void numGoroutine(rt::NativeContext&, uint64_t* s) {
  s[0] = rt::getg() ? static_cast<uint64_t>(rt::numGoroutine()) : 1;
}
void nothing(rt::NativeContext&, uint64_t*) {}
// func ReadMemStats(m *MemStats): slots m. Fills the fields the GC heap can answer (Go amd64 offsets of
// runtime.MemStats, checked against unsafe.Offsetof); the others stay as they were.
void readMemStats(rt::NativeContext&, uint64_t* s) {
  auto* m = reinterpret_cast<char*>(s[0]);
  if (m == nullptr) throw rt::RuntimeError{"invalid memory address or nil pointer dereference"};
  const rt::GcStats st = rt::gcStats();
  auto put = [&](size_t off, uint64_t v) { std::memcpy(m + off, &v, 8); };
  uint64_t objects = st.allocCount >= st.freeCount ? st.allocCount - st.freeCount : 0;
  put(0, st.liveBytes);          // Alloc
  put(8, st.allocBytes);         // TotalAlloc
  put(16, st.heapBytes);         // Sys
  put(32, st.allocCount);        // Mallocs
  put(40, st.freeCount);         // Frees
  put(48, st.liveBytes);         // HeapAlloc
  put(56, st.heapBytes);         // HeapSys
  put(64, st.heapBytes > st.liveBytes ? st.heapBytes - st.liveBytes : 0);  // HeapIdle
  put(72, st.liveBytes);         // HeapInuse
  put(88, objects);              // HeapObjects
  int32_t pct = rt::gcPercent();
  put(168, pct < 0 ? UINT64_MAX : st.liveBytes + st.liveBytes / 100 * static_cast<uint64_t>(pct));  // NextGC
  put(176, st.lastGcUnixNs);     // LastGC
  put(184, st.pauseTotalNs);     // PauseTotalNs
  std::memcpy(m + 192, st.pauseNs, sizeof st.pauseNs);        // PauseNs
  std::memcpy(m + 2240, st.pauseEndNs, sizeof st.pauseEndNs);  // PauseEnd
  auto numGC = static_cast<uint32_t>(st.collections);
  std::memcpy(m + 4288, &numGC, 4);  // NumGC
  auto forced = static_cast<uint32_t>(st.forcedCollections);
  std::memcpy(m + 4292, &forced, 4);  // NumForcedGC
  m[4304] = 1;                        // EnableGC
}

// ---- runtime/debug (stdlib/runtime/debug/debug_impl.vo) ---------------------------------------------------------

// Go's defaults (runtime/proc.go, runtime/mgcpacer.go): maxstacksize 1e9 on 64-bit, 10000 threads, no limit.
int64_t gMaxStack = 1000000000;
int64_t gMaxThreads = 10000;
int64_t gMemoryLimit = INT64_MAX;
bool gPanicOnFault = false;

// func setGCPercent(int32) int32: slots old, new
void setGCPercent(rt::NativeContext&, uint64_t* s) {
  auto in = static_cast<int32_t>(static_cast<int64_t>(s[1]));
  s[0] = static_cast<uint64_t>(static_cast<int64_t>(rt::gcSetPercent(in)));
}
// func freeOSMemory(): a forced collection (freed spans of 256 KiB or more go back to the OS as they are swept).
void freeOSMemory(rt::NativeContext& ctx, uint64_t*) {
  rt::gcCollect();
  rt::runFinalizers(ctx);
}
// func setMaxStack(int) int / setMaxThreads(int) int / setMemoryLimit(int64) int64: slots old, new
void setMaxStack(rt::NativeContext&, uint64_t* s) {
  int64_t old = gMaxStack;
  gMaxStack = static_cast<int64_t>(s[1]);
  s[0] = static_cast<uint64_t>(old);
}
void setMaxThreads(rt::NativeContext&, uint64_t* s) {
  int64_t old = gMaxThreads;
  auto in = static_cast<int64_t>(s[1]);
  gMaxThreads = in > 0x7fffffff ? 0x7fffffff : in;
  s[0] = static_cast<uint64_t>(old);
}
void setMemoryLimit(rt::NativeContext&, uint64_t* s) {
  int64_t old = gMemoryLimit;
  auto in = static_cast<int64_t>(s[1]);
  if (in >= 0) gMemoryLimit = in;  // a negative input only reports the current limit
  s[0] = static_cast<uint64_t>(old);
}
// func setPanicOnFault(bool) bool: slots old, new
void setPanicOnFault(rt::NativeContext&, uint64_t* s) {
  bool old = gPanicOnFault;
  gPanicOnFault = s[1] != 0;
  s[0] = old ? 1 : 0;
}
// func gcStats() (numGC, lastGC, pauseTotal int64): slots numGC, lastGC, pauseTotal
void debugGCStats(rt::NativeContext&, uint64_t* s) {
  const rt::GcStats st = rt::gcStats();
  s[0] = st.collections;
  s[1] = st.lastGcUnixNs;
  s[2] = st.pauseTotalNs;
}
// func gcPause(i int) (pause, end int64): the i-th most recent collection's pause and end time (i < min(NumGC, 256))
void debugGCPause(rt::NativeContext&, uint64_t* s) {
  const rt::GcStats st = rt::gcStats();
  auto i = static_cast<uint64_t>(s[2]);
  size_t j = static_cast<size_t>((st.collections - 1 - i) % 256);
  s[0] = st.pauseNs[j];
  s[1] = st.pauseEndNs[j];
}

// ---- stack introspection (callers_impl.vo) over NativeContext::callerPC / describePC / goroutineTrace ---------

// func callerPC(skip int) uintptr: slots pc, skip
void callerPC(rt::NativeContext& ctx, uint64_t* s) {
  auto skip = static_cast<int64_t>(s[1]);
  s[0] = skip < 0 ? 0 : ctx.callerPC(static_cast<size_t>(skip));
}

// func funcInfo(pc uintptr) (name, file string, line int, ok bool): slots name(2), file(2), line, ok, pc
void funcInfo(rt::NativeContext& ctx, uint64_t* s) {
  std::string function, file;
  int line = 0;
  bool ok = s[6] != 0 && ctx.describePC(s[6], &function, &file, &line);
  setString(s, rt::String{});
  setString(s + 2, rt::String{});
  s[4] = 0;
  s[5] = 0;
  if (!ok) return;
  rt::String name = newString(function);
  rt::GcRoot pin(&name.ptr);
  rt::String f = newString(file);
  setString(s, name);
  setString(s + 2, f);
  s[4] = static_cast<uint64_t>(static_cast<int64_t>(line));
  s[5] = 1;
}

// func stackText() string: slots text(2)
void stackText(rt::NativeContext& ctx, uint64_t* s) { setString(s, newString(ctx.goroutineTrace())); }

// func Breakpoint(): Go executes a breakpoint trap, which ends the program (SIGTRAP) when no debugger is attached.
void breakpoint(rt::NativeContext&, uint64_t*) { throw rt::FatalError{"breakpoint trap"}; }

// ---- Vo's assert (assert_impl.vo) ------------------------------------------------------------------------------

// func assertMessage(args []any) string: slots result(2), args(3). "assertion failed", then ": " and the arguments
// as fmt.Sprintln formats them, without its newline.
void assertMessage(rt::NativeContext& ctx, uint64_t* s) {
  rt::Slice a = slotSlice(s + 2);
  std::string text = "assertion failed";
  if (a.len > 0) {
    fmt::Printer p(&ctx);
    p.doPrintln(static_cast<const rt::Iface*>(a.ptr), a.len);
    if (!p.buf.empty() && p.buf.back() == '\n') p.buf.pop_back();
    text += ": " + p.buf;
  }
  setString(s, newString(text));
}

void version(rt::NativeContext&, uint64_t* s) { setString(s, newString("go1.19")); }
void goroot(rt::NativeContext&, uint64_t* s) { setString(s, newString("/usr/lib/go-1.19")); }

const NativeEntry kRuntimeNatives[] = {
    {"runtime.Breakpoint", breakpoint},
    {"runtime.assertMessage", assertMessage},
    {"runtime.callerPC", callerPC},
    {"runtime/debug.freeOSMemory", freeOSMemory},
    {"runtime/debug.gcPause", debugGCPause},
    {"runtime/debug.gcStats", debugGCStats},
    {"runtime/debug.setGCPercent", setGCPercent},
    {"runtime/debug.setMaxStack", setMaxStack},
    {"runtime/debug.setMaxThreads", setMaxThreads},
    {"runtime/debug.setMemoryLimit", setMemoryLimit},
    {"runtime/debug.setPanicOnFault", setPanicOnFault},
    {"runtime.funcInfo", funcInfo},
    {"runtime.stackText", stackText},
    {"runtime.GC", gc},
    {"runtime.GOMAXPROCS", gomaxprocs},
    {"runtime.GOROOT", goroot},
    {"runtime.Gosched", gosched},
    {"runtime.Goexit", goexit},
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
