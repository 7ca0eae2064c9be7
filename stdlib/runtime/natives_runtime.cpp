// runtime's natives that make sense before goroutines exist: GC, GOMAXPROCS, NumCPU, NumGoroutine, Gosched,
// KeepAlive, Version, GOROOT.
#include "runtime-core/runtime.h"
#include "stdlib/native_table.h"

namespace vo::stdlib {
namespace {

void gc(rt::NativeContext&, uint64_t*) { rt::gcCollect(); }
void gomaxprocs(rt::NativeContext&, uint64_t* s) { s[0] = 1; }  // func GOMAXPROCS(n int) int: slots prev, n
void numCPU(rt::NativeContext&, uint64_t* s) { s[0] = 1; }
void numGoroutine(rt::NativeContext&, uint64_t* s) { s[0] = 1; }
void nothing(rt::NativeContext&, uint64_t*) {}
void version(rt::NativeContext&, uint64_t* s) { setString(s, newString("go1.19")); }
void goroot(rt::NativeContext&, uint64_t* s) { setString(s, newString("/usr/lib/go-1.19")); }

const NativeEntry kRuntimeNatives[] = {
    {"runtime.GC", gc},
    {"runtime.GOMAXPROCS", gomaxprocs},
    {"runtime.GOROOT", goroot},
    {"runtime.Gosched", nothing},
    {"runtime.KeepAlive", nothing},
    {"runtime.NumCPU", numCPU},
    {"runtime.NumGoroutine", numGoroutine},
    {"runtime.Version", version},
};

}  // namespace

std::span<const NativeEntry> runtimeNatives() { return kRuntimeNatives; }

}  // namespace vo::stdlib
